/**
 * The fetch client runtime, copied verbatim into every generated package (as `client-runtime.gen.ts`).
 * It depends only on the platform: `fetch`, `Request`/`Response`, `AbortController`, `URL`.
 *
 * Generated code describes each operation as data (`OperationSpec`); this module does the work:
 * serialisation, auth, retries, timeouts, hooks, pagination. It is type-checked and unit-tested as
 * ordinary code in specforge's own repository.
 */

/** How a body is encoded on the wire; `lines` (a request body only): JSON lines, one value per line. */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary' | 'lines';

/** How a value is written: a parameter's `style`/`explode`, or a form body property's `encoding`. */
export interface SerialStyle {
  readonly style: string;
  readonly explode: boolean;
  readonly allowReserved?: boolean;
  /** Serialised as JSON (`content: application/json`, or an encoding's `contentType`). */
  readonly json?: boolean;
}

/** One parameter of an operation, as the spec declares it. */
export interface ParamSpec extends SerialStyle {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  /** A query, header or cookie parameter the spec requires (path parameters always are). */
  readonly required?: boolean;
}

/**
 * How an operation pages (see the generator's pagination pass): a next link or a token found at a
 * path into the page body (`['links', 'next']`), the last item's id while a flag says more, or
 * counted pages and offsets that end at the first short page.
 */
export type PaginationSpec =
  /** The `rel="next"` URL of the response's `Link` header (RFC 8288: GitHub, Meraki, GitLab). */
  | { readonly kind: 'linkHeader'; readonly items?: string }
  | { readonly kind: 'nextLink'; readonly items: string; readonly next: readonly string[] }
  | ({
      readonly kind: 'token';
      readonly param: string;
      readonly next: readonly string[];
      readonly items?: string;
    } & PagingIn)
  | ({
      readonly kind: 'after';
      readonly param: string;
      /** Stripe's `ending_before`: when the caller gives it, paging walks back from there. */
      readonly before?: string;
      readonly more: string;
      readonly id: string;
      readonly items: string;
    } & PagingIn)
  | ({
      readonly kind: 'page';
      readonly page: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & PagingIn)
  | ({
      readonly kind: 'offset';
      readonly offset: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & PagingIn);

/** Paging fields are query parameters, or (`body`) fields of a POST search's JSON body. */
export interface PagingIn {
  readonly in?: 'body';
}

/** An operation, as data. */
export interface OperationSpec {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly params: readonly ParamSpec[];
  /** The request body, in the media type sent when the call names none. */
  readonly body?: BodySpec;
  /** The other media types the body may be sent as (the call's `contentType` picks one). */
  readonly bodies?: readonly BodySpec[];
  /**
   * OpenAPI 3.2's `querystring` parameter: `query` is the whole query string, written as form fields
   * (`form`: every key) or as one text (`text`: a string as it is, anything else as JSON), percent-encoded.
   */
  readonly querystring?: 'form' | 'text';
  /** Alternatives (any one suffices) of scheme sets (all needed). Empty: no auth. */
  readonly security: readonly (readonly string[])[];
  readonly pagination?: PaginationSpec;
  /**
   * A success response may stream server-sent events (`text/event-stream`): when one does, `data`
   * is an async iterable of events, each `data` parsed as JSON (`json`) or kept as text (`text`).
   * `lines`: it may stream JSON lines (NDJSON, JSON Lines, JSON text sequences), and `data` is an
   * async iterable of the parsed values.
   */
  readonly events?: 'json' | 'text' | 'lines';
  /** The response headers the spec declares, by status (`200`, `4XX`, `default`): read into `result.headers`. */
  readonly responseHeaders?: Readonly<Record<string, readonly HeaderSpec[]>>;
  /** The operation's own servers (an upload host, a data plane), when the spec names them. */
  readonly servers?: readonly ServerSpec[];
}

/** How a request body is written in one media type. */
export interface BodySpec {
  readonly mediaType: string;
  readonly kind: BodyKind;
  /** Body properties the spec's `encoding` says how to write (Stripe's deepObject, JSON parts). */
  readonly encoding?: Readonly<Record<string, SerialStyle>>;
}

/**
 * A declared response header: its name, what its text converts to (a string when `type` is
 * absent), `array` for a comma-separated list.
 */
export interface HeaderSpec {
  readonly name: string;
  readonly type?: 'number' | 'boolean';
  readonly array?: boolean;
  /** The spec requires it: `validate.response` reports it missing. */
  readonly required?: boolean;
}

/** A server, with its variables' defaults. */
export interface ServerSpec {
  readonly url: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** One server-sent event of a `text/event-stream` response. */
export interface ServerSentEvent<T> {
  readonly data: T;
  /** The `event:` field (the event type); absent for the default `message`. */
  readonly event?: string;
  readonly id?: string;
  /** The `retry:` field: the reconnection time the server asks for, in ms. */
  readonly retry?: number;
}

/** Server-sent event streams (`text/event-stream` responses). */
export interface EventStreamOptions {
  /**
   * When a GET stream ends or its connection breaks, open it again as a browser's `EventSource`
   * does: after the server's `retry:` time (else `retryMs`), with the last event `id` sent as
   * `Last-Event-ID` so the server can resume, and credentials resolved afresh. A 204 answer ends the
   * stream; another error status ends it with a `SpecforgeHttpError`. Default false: a stream that
   * ends on purpose would be replayed. Other methods never reconnect (a POST that streams, such as
   * a chat completion, would run again).
   */
  readonly reconnect?: boolean;
  /** Wait before reconnecting when the server sent no `retry:`. Default 3000 ms. */
  readonly retryMs?: number;
  /** Reconnections in a row without an event before giving up (the last failure is thrown). Default 10. */
  readonly maxReconnects?: number;
}

/** A security scheme, as data. */
export type SecuritySchemeSpec =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'other' };

/** A credential, or a function (sync or async) that returns one when a request is made. */
export type Credential<T> = T | (() => T | Promise<T>);
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** Retry policy. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. Default 2. */
  readonly retries?: number;
  /** First backoff delay; doubles each attempt, with full jitter. Default 250 ms. */
  readonly minDelayMs?: number;
  /**
   * Longest single wait. A server asking for longer (`Retry-After`, a rate-limit reset) gets no
   * retry: its response comes back at once. Default 30 s.
   */
  readonly maxDelayMs?: number;
  /** Give up when the next wait would end later than this after the first attempt. Default 60 s. */
  readonly maxElapsedMs?: number;
  /**
   * Also retry non-idempotent methods (POST, PATCH) on network errors and 5xx. Default false; a
   * request with an `Idempotency-Key` header is retried regardless (the server runs it once).
   */
  readonly retryNonIdempotent?: boolean;
}

/** What a hook sees of a request: credentials are already redacted. */
export interface RequestInfo {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attempt: number;
}

export interface Hooks {
  onRequest?(info: RequestInfo): void | Promise<void>;
  onResponse?(info: RequestInfo & { readonly status: number; readonly durationMs: number }): void | Promise<void>;
  onError?(info: RequestInfo & { readonly error: SpecforgeRequestError }): void | Promise<void>;
}

/** A validation problem (Standard Schema issue shape). */
export interface ValidationIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey>;
}
/**
 * A response that does not match the spec, given to `validate.onMismatch` (which lets it through)
 * instead of failing the call: to see an API drift from its spec without breaking on it.
 */
export interface ResponseMismatch {
  readonly operation: string;
  readonly method: string;
  /** The request's URL, credentials redacted. */
  readonly url: string;
  readonly status: number;
  /** What does not match: the body, the declared headers, or one event (or line) of a stream. */
  readonly part: 'body' | 'headers' | 'event';
  readonly issues: readonly ValidationIssue[];
}

/** A body validator: returns the issues, empty when valid. */
export type BodyValidator = (value: unknown, mode: 'strict' | 'lenient') => readonly ValidationIssue[];
/** Validators of one operation: its parameters by location and name, the request body, each response status. */
export interface OperationValidators {
  readonly params?: Readonly<Partial<Record<ParamSpec['in'], Readonly<Record<string, BodyValidator>>>>>;
  /** OpenAPI 3.2's `querystring` parameter: `query` checked whole. */
  readonly querystring?: BodyValidator;
  readonly request?: BodyValidator;
  /** The body's check in each other JSON media type it may be sent as (`contentType`). */
  readonly requests?: Readonly<Record<string, BodyValidator>>;
  readonly responses?: Readonly<Record<string, BodyValidator>>;
  /** Each event's data of event-stream responses, by status. */
  readonly events?: Readonly<Record<string, BodyValidator>>;
}

export interface ClientOptions<Auth> {
  /** Base URL. Default: the spec's first server, with `serverVariables` (or their defaults) filled in. */
  readonly baseUrl?: string;
  readonly serverVariables?: Readonly<Record<string, string>>;
  /**
   * Base URLs by client method. An operation whose spec names its own `servers` is sent to the first
   * of them; `baseUrl` moves it too when that server is on the document server's host (a variant
   * such as `/v4beta`), not when it is another host (an upload host, a data plane). Name an
   * operation here to send it elsewhere (a mock, a proxy).
   */
  readonly operationBaseUrls?: Readonly<Record<string, string>>;
  /** Credentials by security scheme name. */
  readonly auth?: Auth;
  /**
   * fetch's `credentials` mode. In a browser, scripts cannot set a `Cookie` header: a cookie security
   * scheme is met by the browser's own cookies instead (`'include'` sends them to another origin).
   */
  readonly credentials?: 'omit' | 'same-origin' | 'include';
  /** Your own fetch (tests, proxies, instrumentation). Default: `globalThis.fetch`. */
  readonly fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Time limit of each attempt. Default: none. */
  readonly timeoutMs?: number;
  /** Refuse response bodies larger than this many bytes. Default 64 MiB. */
  readonly maxResponseBytes?: number;
  /** Redirects followed per call (3xx with Location). Default 5; 0 returns the 3xx response. */
  readonly maxRedirects?: number;
  readonly retry?: RetryOptions;
  /**
   * Client-side pacing: attempts (retries included) start at most this many times a second, spaced
   * evenly, across all calls of this client. Clockify allows 50 a second; staying under a published
   * limit spares the 429s and their backoff. Default: no pacing.
   */
  readonly rateLimit?: { readonly requestsPerSecond: number };
  /**
   * Validate request bodies and parameters before sending (a bad one is refused without a request:
   * `['path', 'userId']` names a parameter) and response
   * bodies on arrival (a mismatch becomes an `error` naming the bad field). `'lenient'` lets unknown
   * properties and enum values through but still fails wrong types. `onMismatch` turns response
   * checks into monitoring: a mismatch is reported there and the response returned as it came.
   * Default: off.
   */
  readonly validate?: {
    readonly request?: boolean;
    readonly response?: boolean | 'strict' | 'lenient';
    readonly onMismatch?: (mismatch: ResponseMismatch) => void;
  };
  readonly events?: EventStreamOptions;
  readonly onRequest?: Hooks['onRequest'];
  readonly onResponse?: Hooks['onResponse'];
  readonly onError?: Hooks['onError'];
}

/** Per-call options. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  /** This call's time limit, instead of the client's; 0 turns it off. */
  readonly timeoutMs?: number;
  /** This call's retry policy, instead of the client's (`{ retries: 0 }`: no retry). */
  readonly retry?: RetryOptions;
}

/**
 * The options of a download (an operation whose success response is binary) read as a stream:
 * `data` is then the response's byte stream, unread, to read as it arrives. `maxResponseBytes`
 * and response validation do not apply to it, and `timeoutMs` covers the wait for the headers only.
 * Error bodies are read as usual.
 */
export interface StreamCallOptions extends CallOptions {
  readonly parseAs: 'stream';
}

/** The results of a call with `parseAs: 'stream'`: success bodies are byte streams. */
export type StreamedBodies<Responses> = {
  [S in keyof Responses]: S extends `2${string}` ? ReadableStream<Uint8Array> : Responses[S];
};

/**
 * What every call resolves to: `data` for success statuses, `error` otherwise, never both. `status`
 * narrows both. When the spec declares no error response, `error` is any JSON value (`{} | null`:
 * never `undefined`, so `result.error === undefined` always means success). `headers` holds the
 * response headers the spec declares for that status, typed (`ETag`, `X-RateLimit-Remaining`).
 */
export type ApiResult<Responses, ResponseHeaders = {}> =
  | {
      [S in keyof Responses]: S extends `2${string}`
        ? {
            readonly status: StatusOf<S>;
            readonly data: Responses[S];
            readonly error?: undefined;
            readonly response: Response;
            readonly headers: HeadersAt<ResponseHeaders, S>;
          }
        : {
            readonly status: StatusOf<S>;
            readonly data?: undefined;
            readonly error: Responses[S];
            readonly response: Response;
            readonly headers: HeadersAt<ResponseHeaders, S>;
          };
    }[keyof Responses]
  | (Exclude<keyof Responses, `2${string}`> extends never
      ? {
          readonly status: number;
          readonly data?: undefined;
          readonly error: {} | null;
          readonly response: Response;
          readonly headers: {};
        }
      : never);

type HeadersAt<H, S> = S extends keyof H ? H[S] : {};

type StatusOf<S> = S extends `${infer N extends number}` ? N : number;

/** Rejection of a call that got no usable HTTP response: network failure, timeout, abort, bad body. */
export class SpecforgeRequestError extends Error {
  override readonly name = 'SpecforgeRequestError';
  // Fields are declared, not parameter properties: the runtimes stay erasable TypeScript
  // (`erasableSyntaxOnly`), which type-stripping tools accept.
  readonly kind: 'network' | 'timeout' | 'aborted' | 'invalid-request' | 'invalid-response' | 'auth';
  readonly operation: string;
  /** The request URL with credentials redacted. */
  readonly url: string;
  readonly issues: readonly ValidationIssue[];
  constructor(
    message: string,
    kind: SpecforgeRequestError['kind'],
    operation: string,
    url: string,
    options?: { cause?: unknown; issues?: readonly ValidationIssue[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.operation = operation;
    this.url = url;
    this.issues = options?.issues ?? [];
  }
}

/** Thrown by the paginators when a page request gets an error response. */
export class SpecforgeHttpError extends Error {
  override readonly name = 'SpecforgeHttpError';
  readonly operation: string;
  readonly status: number;
  readonly error: unknown;
  constructor(operation: string, status: number, error: unknown) {
    super(`${operation}: HTTP ${status}`);
    this.operation = operation;
    this.status = status;
    this.error = error;
  }
}

/** The generated package's description of its API. */
export interface ApiSpec {
  readonly servers: readonly ServerSpec[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeSpec>>;
  readonly operations: Readonly<Record<string, OperationSpec>>;
  readonly validators?: Readonly<Record<string, OperationValidators>>;
  /** Response body transforms by operation and status (the `dates: 'Date'` option). */
  readonly transforms?: Readonly<Record<string, Readonly<Record<string, (body: any) => any>>>>;
  /** The same for each event's data of event-stream responses. */
  readonly eventTransforms?: Readonly<Record<string, Readonly<Record<string, (body: any) => any>>>>;
}

/** A call's parts, as the generated `…Request` types shape them. */
export interface RequestParts {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly cookies?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  /** Which of the body's media types to send it as (the spec's first choice when left out). */
  readonly contentType?: string;
}

type AnyResult = {
  status: number;
  data?: unknown;
  error?: unknown;
  response: Response;
  headers: Readonly<Record<string, unknown>>;
};
/** A request body; spelled through `RequestInit` so that Node's types (no DOM lib) have it too. */
type RequestBody = NonNullable<RequestInit['body']>;

// QUERY (OpenAPI 3.2, RFC 9110's safe, idempotent query with a body) is retried like GET.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE', 'QUERY']);

/** A page or a web worker: where `fetch` hides redirects (Node, Deno, Bun and edge runtimes do not). */
function inBrowser(): boolean {
  const g = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return typeof g.document === 'object' || typeof g.WorkerGlobalScope === 'function';
}
const REDACTED = '[redacted]';

/** The engine behind `createClient`: one `call` per operation, plus paginators. */
export function createEngine<Auth>(api: ApiSpec, options: ClientOptions<Auth> = {}) {
  const baseUrl = absoluteBase(options.baseUrl ?? serverUrl(api.servers[0], options.serverVariables)).replace(
    /\/+$/,
    '',
  );

  const specHost = hostOf(serverUrl(api.servers[0], options.serverVariables));

  /**
   * An operation's base URL: `operationBaseUrls` if it names one; else its own server, unless the
   * caller gave `baseUrl` and that server is on the document server's host (then it is a variant
   * of the server `baseUrl` replaces); else the client's base URL.
   */
  function baseFor(method: string, op: OperationSpec): string {
    const chosen = options.operationBaseUrls?.[method];
    if (chosen !== undefined) return operationBase(chosen);
    const own = op.servers?.[0] && serverUrl(op.servers[0], options.serverVariables);
    if (!own || (options.baseUrl !== undefined && hostOf(own) === specHost)) return baseUrl;
    return operationBase(own);
  }

  /** An operation's own base URL; a relative one (`/upload`) is relative to the client's. */
  function operationBase(url: string): string {
    const absolute = URL.canParse(url) || !URL.canParse(baseUrl) ? absoluteBase(url) : new URL(url, `${baseUrl}/`).href;
    return absolute.replace(/\/+$/, '');
  }

  const doFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;

  /**
   * The URL and headers of a request: path, query, header and cookie parameters, credentials (read
   * again on every call, so a credential function can refresh a token), the call's own headers.
   * Credentials end up in `secrets`, which errors and hooks redact.
   */
  async function prepare(
    op: OperationSpec,
    base: string,
    parts: RequestParts,
    callOptions: CallOptions,
    secrets: string[],
  ): Promise<{ url: URL; headers: Headers }> {
    if (!URL.canParse(base)) {
      throw new TypeError(
        `${op.id}: the base URL ${JSON.stringify(base || '/')} is not absolute; pass baseUrl to createClient`,
      );
    }
    const url = new URL(base + buildPath(op, parts.path ?? {}));
    appendQuery(url, op, parts.query);
    const headers = new Headers();
    // A header fetch refuses (trySet) is a request error naming it, before anything is sent.
    const setHeader = (name: string, value: string, what: string, target = headers) =>
      setOrRefuse(
        target,
        name,
        value,
        op,
        () => redactUrl(url, secrets),
        () => `${what} ${JSON.stringify(name)} cannot be sent: a header is Latin-1 text without line breaks`,
      );
    for (const [k, v] of Object.entries(options.headers ?? {})) setHeader(k, v, 'client header');
    for (const p of op.params) {
      const value = p.in === 'header' ? own(parts.headers, p.name) : undefined;
      if (value !== undefined && value !== null)
        setHeader(p.name, serializeSimple(value, p.explode, p.json), 'header parameter');
    }
    // An operation that takes an idempotency key (Svix, Adyen, Mastodon…) gets one per call, kept
    // across its retries, so the server runs a retried POST once; `send` then retries it safely.
    const keyParam = op.params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
    const randomUUID = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID;
    if (keyParam && !IDEMPOTENT.has(op.method) && !headers.has(keyParam.name) && randomUUID) {
      headers.set(keyParam.name, randomUUID.call((globalThis as { crypto?: unknown }).crypto));
    }
    const callHeaders = new Headers();
    for (const [k, v] of Object.entries(callOptions.headers ?? {})) setHeader(k, v, 'header', callHeaders);
    const cookies = op.params
      .filter((p) => p.in === 'cookie' && own(parts.cookies, p.name) !== undefined)
      .map((p) => `${p.name}=${encodeURIComponent(serializeSimple(own(parts.cookies, p.name), false, p.json))}`);
    const auth = await applyAuth(
      op,
      api.securitySchemes,
      (options.auth ?? {}) as Record<string, Credential<unknown>>,
      {
        headers,
        callHeaders,
        url,
        cookies,
        browserCookies: inBrowser() && options.credentials !== 'omit',
      },
      secrets,
    );
    if (auth) throw new SpecforgeRequestError(`${op.id}: ${auth}`, 'auth', op.id, redactUrl(url, secrets));
    if (cookies.length) headers.set('cookie', cookies.join('; '));
    callHeaders.forEach((v, k) => headers.set(k, v));
    if (!headers.has('accept'))
      headers.set(
        'accept',
        op.events === 'lines'
          ? 'application/x-ndjson, application/jsonl, application/json-seq, application/json;q=0.9, */*;q=0.8'
          : op.events
            ? 'text/event-stream, application/json;q=0.9, */*;q=0.8'
            : 'application/json, */*;q=0.8',
      );
    return { url, headers };
  }

  async function call(
    operationId: string,
    parts: RequestParts = {},
    callOptions: CallOptions = {},
  ): Promise<AnyResult> {
    const op = api.operations[operationId];
    if (!op) throw new TypeError(`unknown operation ${operationId}`);
    const validators = api.validators?.[operationId];
    const secrets: string[] = [];
    const base = baseFor(operationId, op);
    if (options.validate?.request) {
      const issues = parameterIssues(op, validators, parts);
      if (issues.length) {
        throw new SpecforgeRequestError(
          `${op.id}: invalid request parameters: ${describeIssues(issues)}`,
          'invalid-request',
          op.id,
          `${base}${op.path}`,
          { issues },
        );
      }
    }
    const { url, headers } = await prepare(op, base, parts, callOptions, secrets);

    let body: RequestBody | undefined;
    const chosen = bodySpecFor(op, parts.contentType, () => redactUrl(url, secrets));
    if (chosen && parts.body !== undefined) {
      const check =
        chosen === op.body
          ? validators?.request
          : (own(validators?.requests, chosen.mediaType) as BodyValidator | undefined);
      if (options.validate?.request && check) {
        const issues = check(parts.body, 'strict');
        if (issues.length) {
          throw new SpecforgeRequestError(
            `${op.id}: invalid request body: ${describeIssues(issues)}`,
            'invalid-request',
            op.id,
            redactUrl(url, secrets),
            { issues },
          );
        }
      }
      body = encodeBody(chosen, parts.body);
      // A media type fetch refuses in a header (a line break: the spec's text is data) is a request error.
      if (chosen.kind !== 'multipart')
        setOrRefuse(
          headers,
          'content-type',
          chosen.mediaType,
          op,
          () => redactUrl(url, secrets),
          () => `the media type ${JSON.stringify(chosen.mediaType)} cannot be sent as a Content-Type header`,
        );
    }
    const response = await send(op, url, headers, body, callOptions, secrets);
    // The declared headers are read once: their values for the result, their issues for validation.
    const declared = readHeaders(op, response);
    if (asksForStream(callOptions) && response.status >= 200 && response.status < 300) {
      const data = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
      return { status: response.status, data, response, headers: declared.values };
    }
    const mode = options.validate?.response;
    const strictness = mode === 'lenient' ? 'lenient' : 'strict';
    const onMismatch = options.validate?.onMismatch;
    const report = (part: ResponseMismatch['part'], issues: readonly ValidationIssue[]): void =>
      onMismatch?.({
        operation: op.id,
        method: op.method,
        url: redactUrl(url, secrets),
        status: response.status,
        part,
        issues,
      });
    const stream = op.events ? streamOf(response) : undefined;
    const lines = stream === 'lines' && op.events === 'lines';
    if (lines || stream === 'events') {
      // Each event (or line) is checked and transformed as it arrives; the stream is never read whole.
      const validator = mode ? pickByStatus(validators?.events, response.status) : undefined;
      const transform = pickByStatus(api.eventTransforms?.[operationId], response.status);
      const check = (data: unknown): unknown => {
        const issues = validator ? validator(data, strictness) : [];
        if (issues.length && onMismatch) report('event', issues);
        else if (issues.length) {
          throw new SpecforgeRequestError(
            `${op.id}: event does not match the spec: ${describeIssues(issues)}`,
            'invalid-response',
            op.id,
            redactUrl(url, secrets),
            { issues },
          );
        }
        return transform ? transform(data) : data;
      };
      const signal = callOptions.signal;
      const events: EventReading = {
        kind: op.events === 'text' ? 'text' : 'json',
        maxBytes,
        check,
        fail: (why) =>
          new SpecforgeRequestError(`${op.id}: ${why}`, 'invalid-response', op.id, redactUrl(url, secrets)),
        broken: (cause) =>
          new SpecforgeRequestError(
            `${op.id}: ${signal?.aborted ? 'aborted by the caller' : 'the event stream broke'}`,
            signal?.aborted ? 'aborted' : 'network',
            op.id,
            redactUrl(url, secrets),
            { cause: redactError(cause, secrets) },
          ),
      };
      const reconnect =
        options.events?.reconnect && op.method === 'GET' && !lines
          ? reconnection(op, base, parts, callOptions, secrets)
          : undefined;
      return {
        status: response.status,
        data: lines ? readLines(response, events) : eventStream(response, events, reconnect),
        response,
        headers: declared.values,
      };
    }
    const result: AnyResult = { ...(await readResult(op, response, url, secrets, maxBytes)), headers: declared.values };
    const transform = pickByStatus(api.transforms?.[operationId], response.status);
    if (mode && result.error === undefined) {
      const validator = pickByStatus(validators?.responses, response.status);
      const issues = validator ? validator(result.data, strictness) : [];
      const mismatch = issues.length
        ? { what: 'response body does', issues }
        : declared.issues.length
          ? { what: 'response headers do', issues: declared.issues }
          : undefined;
      if (onMismatch) {
        // Monitoring: every part that does not match is reported, and the response goes through.
        if (issues.length) report('body', issues);
        if (declared.issues.length) report('headers', declared.issues);
      } else if (mismatch) {
        return {
          status: response.status,
          error: {
            message: `${mismatch.what} not match the spec: ${describeIssues(mismatch.issues)}`,
            issues: mismatch.issues,
          },
          response,
          headers: result.headers,
        };
      }
    }
    if (transform && result.error === undefined) return { ...result, data: transform(result.data) };
    if (transform) return { ...result, error: transform(result.error) };
    return result;
  }

  const perSecond = options.rateLimit?.requestsPerSecond;
  if (perSecond !== undefined && !(perSecond > 0 && Number.isFinite(perSecond)))
    throw new TypeError(`rateLimit.requestsPerSecond must be a positive number, not ${perSecond}`);
  let nextStart = 0;
  /** How long the next attempt waits for its turn under `rateLimit` (0 without one). */
  function pace(): number {
    if (perSecond === undefined) return 0;
    const now = Date.now();
    const at = Math.max(now, nextStart);
    nextStart = at + 1000 / perSecond;
    return at - now;
  }

  /** Sends with timeout, retries, pacing and hooks. */
  async function send(
    op: OperationSpec,
    url: URL,
    headers: Headers,
    body: RequestBody | undefined,
    callOptions: CallOptions,
    secrets: string[],
  ): Promise<Response> {
    const signal = callOptions.signal;
    const retry = callOptions.retry ?? options.retry ?? {};
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs;
    const retries = retry.retries ?? 2;
    const started = Date.now();
    const shownUrl = redactUrl(url, secrets);
    const shownHeaders = redactHeaders(headers, secrets);
    // Waits of the client's own (pacing, backoff) end with the same error as an aborted fetch.
    const wait = (ms: number) =>
      sleep(ms, signal).catch((cause: unknown) => {
        throw new SpecforgeRequestError(`${op.id}: aborted by the caller`, 'aborted', op.id, shownUrl, { cause });
      });
    // A request the server will not run twice: an idempotent method, or one with an idempotency key.
    const safeToRepeat =
      IDEMPOTENT.has(op.method) || headers.has('idempotency-key') || retry.retryNonIdempotent === true;
    for (let attempt = 1; ; attempt++) {
      const turn = pace();
      if (turn > 0) await wait(turn);
      const info: RequestInfo = { operation: op.id, method: op.method, url: shownUrl, headers: shownHeaders, attempt };
      await options.onRequest?.(info);
      // An event stream may stay open for hours, and a streamed download is read after the call
      // returns: their time limit covers the wait for the response headers only. Other calls'
      // limit covers reading the body too.
      const limit = timeoutMs ? timeLimit(timeoutMs, op.events !== undefined || asksForStream(callOptions)) : undefined;
      const signals = [signal, limit?.signal].filter((s): s is AbortSignal => s !== undefined);
      const attemptSignal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
      const requestInit: RequestInit = { method: op.method, headers };
      if (options.credentials) requestInit.credentials = options.credentials;
      if (body !== undefined) requestInit.body = body;
      // A stream is sent as it is read (fetch needs `duplex: 'half'` for that), and only once.
      if (isStream(body)) (requestInit as RequestInit & { duplex?: 'half' }).duplex = 'half';
      if (attemptSignal) requestInit.signal = attemptSignal;
      let response: Response | undefined;
      let failure: SpecforgeRequestError | undefined;
      const t0 = Date.now();
      try {
        response = await fetchFollowing(url, requestInit, headers, secrets);
      } catch (error) {
        const kind = signal?.aborted ? 'aborted' : attemptSignal?.aborted ? 'timeout' : 'network';
        const what =
          kind === 'aborted'
            ? 'aborted by the caller'
            : kind === 'timeout'
              ? `timed out after ${timeoutMs} ms`
              : 'network error';
        failure = new SpecforgeRequestError(
          `${op.id}: ${what} calling ${op.method} ${shownUrl}`,
          kind,
          op.id,
          shownUrl,
          { cause: redactError(error, secrets) },
        );
      }
      limit?.headersArrived();
      if (response) await options.onResponse?.({ ...info, status: response.status, durationMs: Date.now() - t0 });
      else if (failure) await options.onError?.({ ...info, error: failure });

      const retryable = response
        ? response.status === 429 ||
          response.status === 503 ||
          rateLimited(response) ||
          (response.status >= 500 && safeToRepeat)
        : failure?.kind !== 'aborted' && safeToRepeat;
      if (attempt > retries || !retryable || isStream(body)) {
        if (response) return response;
        throw failure;
      }
      // A server that asks for a longer wait than `maxDelayMs` (a rate limit resetting in an hour) gets
      // its answer back to the caller now, rather than an early retry it would refuse again.
      const asked = response ? serverWait(response.headers) : null;
      if (response && asked !== null && asked > (retry.maxDelayMs ?? 30_000)) return response;
      const delay = nextDelay(attempt, retry, asked);
      if (Date.now() + delay - started > (retry.maxElapsedMs ?? 60_000)) {
        if (response) return response;
        throw failure;
      }
      await response?.body?.cancel().catch(() => undefined);
      await wait(delay);
    }
  }

  /**
   * How a GET event stream is opened again (ClientOptions.events.reconnect). Fresh credentials join
   * the call's `secrets`, so errors of the whole stream stay redacted.
   */
  function reconnection(
    op: OperationSpec,
    base: string,
    parts: RequestParts,
    callOptions: CallOptions,
    secrets: string[],
  ): Reconnection {
    return {
      retryMs: options.events?.retryMs ?? 3000,
      maxReconnects: options.events?.maxReconnects ?? 10,
      signal: callOptions.signal,
      async open(lastEventId) {
        const { url, headers } = await prepare(op, base, parts, callOptions, secrets);
        // The stream's own last ID wins over one the caller resumed from; an empty `id:` resets it,
        // and then none is sent (as EventSource does). Header values are bytes: the ID goes as UTF-8.
        if (lastEventId === '') headers.delete('last-event-id');
        else if (lastEventId !== undefined)
          headers.set(
            'last-event-id',
            Array.from(new TextEncoder().encode(lastEventId), (b) => String.fromCharCode(b)).join(''),
          );
        const response = await send(op, url, headers, undefined, callOptions, secrets);
        if (streamOf(response) === 'events') return response;
        if (response.status === 204) {
          await response.body?.cancel().catch(() => undefined);
          return undefined; // the server says the stream is over
        }
        const result = await readResult(op, response, url, secrets, maxBytes);
        throw new SpecforgeHttpError(op.id, response.status, result.error ?? result.data);
      },
    };
  }

  /**
   * Fetches with `redirect: 'manual'` and follows redirects here, because `fetch` forwards custom
   * headers (an API key, a session cookie) to whatever origin a redirect names. A redirect to
   * another origin is followed without any credential; 303 (and 301/302 after a POST) become GETs.
   */
  async function fetchFollowing(url: URL, init: RequestInit, headers: Headers, secrets: string[]): Promise<Response> {
    // A browser hides a redirect's target from scripts (`manual` gives an opaque status-0 answer),
    // so there the browser follows it, under its own rules: it drops `Authorization` when the
    // origin changes, and another origin sees other headers only through CORS.
    if (inBrowser()) return doFetch(new Request(url, { ...init, redirect: 'follow' }));
    let current = url;
    let currentInit: RequestInit = { ...init, redirect: 'manual' };
    for (let hop = 0; ; hop++) {
      const response = await doFetch(new Request(current, currentInit));
      if (response.type === 'opaqueredirect') {
        // A browser-like runtime `inBrowser` did not recognise: let it follow, when repeating is safe.
        if (IDEMPOTENT.has(String(currentInit.method)))
          return doFetch(new Request(current, { ...currentInit, redirect: 'follow' }));
        throw new TypeError('the server redirected, and this runtime hides where to: call the final URL');
      }
      const location = response.headers.get('location');
      if (
        response.status < 300 ||
        response.status > 399 ||
        response.status === 304 ||
        !location ||
        hop >= (options.maxRedirects ?? 5)
      )
        return response;
      // 307 and 308 send the body again: a stream, read once, cannot be.
      if (isStream(currentInit.body) && (response.status === 307 || response.status === 308)) return response;
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, current);
      const nextHeaders = new Headers(headers);
      if (next.origin !== url.origin) {
        const drop: string[] = [];
        nextHeaders.forEach((value, name) => {
          if (SENSITIVE_HEADERS.has(name) || secrets.some((secret) => secret && value.includes(secret)))
            drop.push(name);
        });
        for (const name of drop) nextHeaders.delete(name);
        const keys: string[] = [];
        next.searchParams.forEach((v, k) => {
          if (secrets.includes(v)) keys.push(k);
        });
        for (const k of keys) next.searchParams.delete(k);
      }
      const toGet =
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && currentInit.method === 'POST');
      currentInit = { ...currentInit, headers: nextHeaders, ...(toGet ? { method: 'GET', body: null } : {}) };
      if (toGet) nextHeaders.delete('content-type');
      current = next;
    }
  }

  /** Pages through an operation; yields whole pages' bodies. */
  async function* pages(
    operationId: string,
    parts: RequestParts = {},
    callOptions: CallOptions = {},
  ): AsyncGenerator<unknown> {
    const op = api.operations[operationId];
    const pagination = op?.pagination;
    if (!op || !pagination) throw new TypeError(`${operationId} does not page`);
    // The paging fields go in the query, or in the JSON body of a POST search.
    const inBody = pagination.kind !== 'nextLink' && pagination.kind !== 'linkHeader' && pagination.in === 'body';
    let query: Record<string, unknown> = { ...((inBody ? parts.body : parts.query) as Record<string, unknown>) };
    const fetchResult = async (q: Record<string, unknown>): Promise<AnyResult> => {
      const result = await call(operationId, inBody ? { ...parts, body: q } : { ...parts, query: q }, callOptions);
      if (result.error !== undefined) throw new SpecforgeHttpError(op.id, result.status, result.error);
      return result;
    };
    const fetchPage = async (q: Record<string, unknown>): Promise<unknown> => (await fetchResult(q)).data;
    if (pagination.kind === 'linkHeader') {
      for (;;) {
        const result = await fetchResult(query);
        yield result.data;
        const next = nextLinkOf(result.response.headers.get('link'));
        if (next === undefined || itemsOf(result.data, pagination.items).length === 0) return;
        // GitHub's links name the repository by id (`/repositories/1300192/issues?page=2`) where
        // the operation says `/repos/{owner}/{repo}/issues`: only the query is taken from them.
        query = nextLinkQuery(next, baseFor(operationId, op), op, query, { anyPath: true });
      }
    }
    if (pagination.kind === 'page' || pagination.kind === 'offset') {
      const counter = pagination.kind === 'page' ? pagination.page : pagination.offset;
      let at = Number(query[counter] ?? (pagination.kind === 'page' ? 1 : 0));
      const size = Number(query[pagination.size] ?? pagination.defaultSize);
      for (;;) {
        const page = await fetchPage({ ...query, [counter]: at, [pagination.size]: size });
        yield page;
        const items = itemsOf(page, pagination.items);
        if (items.length < size || items.length === 0) return;
        at += pagination.kind === 'page' ? 1 : items.length;
      }
    }
    if (pagination.kind === 'token' || pagination.kind === 'after') {
      // A token the server already gave would fetch a page again, and again: stop with an error.
      const seen = new Set<string>();
      for (;;) {
        const page = await fetchPage(query);
        yield page;
        let token: unknown;
        let param = pagination.param;
        if (pagination.kind === 'token') token = fieldAt(page, pagination.next);
        else if (fieldAt(page, [pagination.more]) === true) {
          // Stripe: `starting_after` the last item's id while `has_more`; backwards from an
          // `ending_before` the caller gave, `ending_before` the first item's.
          const items = itemsOf(page, pagination.items);
          const back = pagination.before !== undefined && query[pagination.before] !== undefined;
          if (back) param = pagination.before!;
          token = fieldAt(back ? items[0] : items[items.length - 1], [pagination.id]);
        }
        if ((typeof token !== 'string' && typeof token !== 'number') || token === '') return;
        if (seen.has(String(token))) {
          throw new SpecforgeRequestError(
            `${op.id}: the server gave the page token ${JSON.stringify(String(token).slice(0, 40))} twice; stopping instead of looping`,
            'invalid-response',
            op.id,
            baseFor(operationId, op),
          );
        }
        seen.add(String(token));
        query = { ...query, [param]: token };
      }
    }
    for (;;) {
      const page = await fetchPage(query);
      yield page;
      const next = fieldAt(page, pagination.next);
      if (typeof next !== 'string' || next === '' || itemsOf(page, pagination.items).length === 0) return;
      query = nextLinkQuery(next, baseFor(operationId, op), op, query);
    }
  }

  async function* items(
    operationId: string,
    parts: RequestParts = {},
    callOptions: CallOptions = {},
  ): AsyncGenerator<unknown> {
    const pagination = api.operations[operationId]?.pagination;
    for await (const page of pages(operationId, parts, callOptions)) yield* itemsOf(page, pagination?.items);
  }

  return { call, pages, items };
}

/**
 * Sets a header, or says it cannot: fetch refuses a value with a line break inside (header
 * injection) or a character past Latin-1. Callers name the header (or the credential) in their error.
 */
function trySet(headers: Headers, name: string, value: string): boolean {
  try {
    headers.set(name, value);
    return true;
  } catch {
    return false;
  }
}

/** Sets a header, or refuses the request before it is sent: an `invalid-request` error saying why. */
function setOrRefuse(
  headers: Headers,
  name: string,
  value: string,
  op: OperationSpec,
  where: () => string,
  why: () => string,
): void {
  if (!trySet(headers, name, value))
    throw new SpecforgeRequestError(`${op.id}: ${why()}`, 'invalid-request', op.id, where());
}

/** A request body that is a stream: sent as it is read, so it cannot be sent twice. */
function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

/** Whether a call asked for its success body as a stream (`StreamCallOptions`). */
function asksForStream(callOptions: CallOptions): boolean {
  return (callOptions as Partial<StreamCallOptions>).parseAs === 'stream';
}

/** The entry for a status: exact, then `4XX`-style, then `default`. */
function pickByStatus<T>(table: Readonly<Record<string, T>> | undefined, status: number): T | undefined {
  if (!table) return undefined;
  return table[String(status)] ?? table[`${String(status)[0]}XX`] ?? table['default'];
}

/**
 * The declared headers of a response, read once: `values` for `result.headers`, each converted to
 * its schema's type, and the `issues` `validate.response` reports. A header the server did not send
 * is absent from `values` (an issue when the spec requires it), and so is one whose text does not
 * convert (`abc` for a number: an issue), while `result.response.headers` keeps the text. Keys are
 * the spec's names, set as own properties, so a header called `__proto__` is data.
 */
function readHeaders(
  op: OperationSpec,
  response: Response,
): { values: Readonly<Record<string, unknown>>; issues: ValidationIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  for (const h of pickByStatus(op.responseHeaders, response.status) ?? []) {
    const text = response.headers.get(h.name);
    if (text === null) {
      if (h.required) issues.push({ message: missingHeader(response, h.name), path: ['headers', h.name] });
      continue;
    }
    const parts = h.array ? (text.trim() === '' ? [] : text.split(',').map((t) => t.trim())) : [text];
    const converted = parts.map((t) => headerValue(t, h.type));
    if (converted.includes(undefined)) {
      issues.push({
        message: `must be ${h.array ? `a list of ${h.type}s` : `a ${h.type}`}`,
        path: ['headers', h.name],
      });
      continue;
    }
    Object.defineProperty(values, h.name, {
      value: h.array ? converted : converted[0],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { values, issues };
}

/** Headers a browser shows of any cross-origin response (the Fetch standard's safelist). */
const CORS_SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);

/**
 * Why a required header is missing. A browser hides a cross-origin response's other headers unless
 * the server names them in Access-Control-Expose-Headers: sent or not, they read as absent, and
 * the fix is on the server, which the message says.
 */
function missingHeader(response: Response, name: string): string {
  if (response.type !== 'cors' || CORS_SAFELISTED.has(name.toLowerCase())) return 'is required';
  return 'is required (or hidden: a browser shows a cross-origin response header only if the server lists it in Access-Control-Expose-Headers)';
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A header's text (or one element of a list) as its type, or undefined when it is not one. */
function headerValue(text: string, type: HeaderSpec['type']): unknown {
  if (type === 'number') return NUMBER.test(text.trim()) ? Number(text) : undefined;
  if (type === 'boolean') return /^true$/i.test(text.trim()) ? true : /^false$/i.test(text.trim()) ? false : undefined;
  return text;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

/** A date-time string as a `Date`; anything else (including an unparseable string) unchanged. */
export function toDate(value: unknown): unknown {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/** The issues of the parameters (a required one left out, a given one that fails), each at `[location, name, …]`. */
function parameterIssues(
  op: OperationSpec,
  validators: OperationValidators | undefined,
  parts: RequestParts,
): ValidationIssue[] {
  const checks = validators?.params ?? {};
  const given = { path: parts.path, query: parts.query, header: parts.headers, cookie: parts.cookies };
  const out: ValidationIssue[] = [];
  if (validators?.querystring && parts.query !== undefined && parts.query !== null)
    for (const issue of validators.querystring(parts.query, 'strict'))
      out.push({ message: issue.message, path: ['query', ...(issue.path ?? [])] });
  for (const p of op.params) {
    const check = own(checks[p.in], p.name) as BodyValidator | undefined;
    const value = own(given[p.in], p.name);
    if ((value === undefined || value === null) && p.required)
      out.push({ message: 'is required', path: [p.in, p.name] });
    if (!check || value === undefined || value === null) continue;
    for (const issue of check(value, 'strict'))
      out.push({ message: issue.message, path: [p.in, p.name, ...(issue.path ?? [])] });
  }
  return out;
}

/**
 * A caller's value by a spec's name, own properties only: a parameter called `constructor` or
 * `toString` must not pick up Object.prototype's.
 */
function own(values: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  return values !== undefined && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

/** The value at a path of own properties (`['links', 'next']`), or undefined. */
function fieldAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) v = typeof v === 'object' && v !== null ? own(v as Record<string, unknown>, k) : undefined;
  return v;
}

/** The items array of a page: the body itself, or a field of it. */
function itemsOf(page: unknown, field: string | undefined): unknown[] {
  const items = field === undefined ? page : fieldAt(page, [field]);
  return Array.isArray(items) ? items : [];
}

/**
 * The query of a `@nextLink`. Only the link's query is used, and the request still goes to the
 * client's base URL: a link naming another host (a proxy's canonical name, or a hostile server)
 * never receives our credentials. A link outside the operation's path (unless `anyPath`: a `Link`
 * header may name the resource another way), or one that does not move forward, is refused rather
 * than followed in a loop.
 */
function nextLinkQuery(
  next: string,
  baseUrl: string,
  op: OperationSpec,
  previous: Record<string, unknown>,
  { anyPath = false }: { anyPath?: boolean } = {},
): Record<string, unknown> {
  const base = new URL(baseUrl);
  const link = new URL(next, base);
  // The link may carry the server's own base path (…/api/v1/users): compare the end.
  const expected = op.path
    .split(/\{[^}]+\}/)
    .map(escapeRegExp)
    .join('[^/]+');
  if (!anyPath && !new RegExp(`${expected}$`).test(link.pathname)) {
    throw new SpecforgeRequestError(
      `${op.id}: next-page link ${link.pathname} is not this operation's path; refusing to follow it`,
      'invalid-response',
      op.id,
      base.href,
    );
  }
  const query: Record<string, unknown> = {};
  for (const p of op.params)
    if (p.in === 'query' && previous[p.name] !== undefined && !link.searchParams.has(p.name))
      query[p.name] = previous[p.name];
  link.searchParams.forEach((v, k) => {
    query[k] = v;
  });
  const same =
    Object.keys(query).length === Object.keys(previous).length &&
    Object.keys(query).every((k) => String(query[k]) === String(previous[k]));
  if (same)
    throw new SpecforgeRequestError(
      `${op.id}: next-page link repeats the current page; stopping instead of looping`,
      'invalid-response',
      op.id,
      base.href,
    );
  return query;
}

/**
 * The target of the `rel="next"` link of an RFC 8288 `Link` header (`<…?page=2>; rel="next",
 * <…?page=9>; rel="last"`), or undefined. One pass over the text: URIs may hold commas and
 * semicolons, and quoted parameter values may hold anything, so it is not split on separators.
 */
export function nextLinkOf(header: string | null): string | undefined {
  if (!header) return undefined;
  let i = 0;
  const n = header.length;
  const skip = (chars: string) => {
    while (i < n && chars.includes(header[i]!)) i++;
  };
  while (i < n) {
    skip(' \t,');
    if (header[i] !== '<') return undefined;
    const end = header.indexOf('>', i);
    if (end < 0) return undefined;
    const target = header.slice(i + 1, end).trim();
    i = end + 1;
    let rel: string | undefined;
    for (;;) {
      skip(' \t');
      if (header[i] !== ';') break;
      i++;
      skip(' \t');
      const nameStart = i;
      while (i < n && !'=;,'.includes(header[i]!)) i++;
      const name = header.slice(nameStart, i).trim().toLowerCase();
      let value = '';
      if (header[i] === '=') {
        i++;
        skip(' \t');
        if (header[i] === '"') {
          for (i++; i < n && header[i] !== '"'; i++) value += header[i] === '\\' ? (header[++i] ?? '') : header[i];
          i++;
        } else {
          const valueStart = i;
          while (i < n && !';,'.includes(header[i]!)) i++;
          value = header.slice(valueStart, i).trim();
        }
      }
      // `rel` holds space-separated relation types, compared case-insensitively; the first `rel` counts.
      if (name === 'rel' && rel === undefined) rel = value;
    }
    if (rel?.toLowerCase().split(/\s+/).includes('next')) return target;
    skip(' \t');
    if (i < n && header[i] !== ',') return undefined;
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * GitHub's primary rate limit: a 403 (not a 429) with `x-ratelimit-remaining: 0`. It is a wait,
 * not a refusal: retried like a 429 when the reset comes within the retry budget.
 */
function rateLimited(response: Response): boolean {
  return response.status === 403 && response.headers.get('x-ratelimit-remaining')?.trim() === '0';
}

/**
 * How long the server asks to wait, in ms, or null: `Retry-After` (seconds or an HTTP date), else
 * the time until the limit resets, `RateLimit-Reset` (IETF draft: seconds) or `X-RateLimit-Reset`
 * (GitHub, Twitter: epoch seconds; others: seconds, told apart by size).
 */
export function serverWait(headers: Headers, now: number = Date.now()): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const ms = retryAfter.trim() !== '' && Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms)) return Math.max(ms, 0);
  }
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const value = headers.get(name)?.trim();
    const n = value ? Number(value) : Number.NaN;
    if (!Number.isFinite(n) || n < 0) continue;
    return Math.max(n > 1e9 ? n * 1000 - now : n * 1000, 0);
  }
  return null;
}

/** Backoff with full jitter, or the wait the server asks for (`serverWait`), capped by `maxDelayMs`. */
export function nextDelay(
  attempt: number,
  retry: RetryOptions,
  serverMs: number | null,
  random: () => number = Math.random,
): number {
  const max = retry.maxDelayMs ?? 30_000;
  if (serverMs !== null) return Math.min(serverMs, max);
  const ceiling = Math.min(max, (retry.minDelayMs ?? 250) * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/**
 * The time limit of one attempt. `headersOnly` (event streams) stops the clock when the response
 * headers arrive (or the attempt fails); otherwise reading the body is timed too.
 */
function timeLimit(ms: number, headersOnly: boolean): { signal: AbortSignal; headersArrived(): void } {
  if (!headersOnly) return { signal: AbortSignal.timeout(ms), headersArrived: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  return { signal: controller.signal, headersArrived: () => clearTimeout(timer) };
}

/** What a success response streams, by its content type: server-sent events, JSON lines, or nothing. */
function streamOf(response: Response): 'events' | 'lines' | undefined {
  if (response.status < 200 || response.status >= 300) return undefined;
  const type = (response.headers.get('content-type') ?? '').toLowerCase().split(';')[0]!.trim();
  return type === 'text/event-stream' ? 'events' : JSON_LINES.has(type) ? 'lines' : undefined;
}

const JSON_LINES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonl',
  'application/jsonlines',
  'application/x-jsonlines',
  'application/json-seq',
]);

/** How the events of one call are read: their data's kind, size limit, check, and errors. */
interface EventReading {
  readonly kind: 'json' | 'text';
  readonly maxBytes: number;
  /** Validates and transforms one event's data. */
  readonly check: (data: unknown) => unknown;
  /** A bad event (not JSON, too large). */
  readonly fail: (why: string) => Error;
  /** The connection broke while reading (kind `network`, or `aborted` by the caller). */
  readonly broken: (cause: unknown) => SpecforgeRequestError;
}

/** What outlives one connection of an event stream: the last event ID and the server's retry time. */
interface StreamState {
  lastEventId: string | undefined;
  retry: number | undefined;
}

/** Opens an event stream again: the new stream, or undefined when the server says it is over. */
interface Reconnection {
  readonly retryMs: number;
  readonly maxReconnects: number;
  readonly signal: AbortSignal | undefined;
  open(lastEventId: string | undefined): Promise<Response | undefined>;
}

/**
 * The events of a stream; with `reconnect`, across connections (EventSource's model): when one
 * ends or breaks, wait (the server's `retry:`, else `retryMs`) and open it again with the last event
 * ID. A bad event, an abort or an error status is not retried; `maxReconnects` reconnections in a
 * row without an event end it (with the last failure, if there was one).
 */
async function* eventStream(
  response: Response,
  reading: EventReading,
  reconnect: Reconnection | undefined,
): AsyncGenerator<ServerSentEvent<unknown>> {
  const state: StreamState = { lastEventId: undefined, retry: undefined };
  let failures = 0;
  let current: Response | undefined = response;
  while (current) {
    let lastFailure: SpecforgeRequestError | undefined;
    try {
      for await (const event of readEvents(current, reading, state)) {
        failures = 0;
        yield event;
      }
    } catch (error) {
      if (!reconnect || !(error instanceof SpecforgeRequestError && error.kind === 'network')) throw error;
      lastFailure = error;
    }
    if (!reconnect) return;
    current = undefined;
    while (!current) {
      if (++failures > reconnect.maxReconnects) {
        if (lastFailure) throw lastFailure;
        return;
      }
      await sleep(state.retry ?? reconnect.retryMs, reconnect.signal).catch((cause: unknown) => {
        throw reading.broken(cause);
      });
      try {
        current = await reconnect.open(state.lastEventId);
        if (!current) return;
      } catch (error) {
        if (!(error instanceof SpecforgeRequestError && error.kind === 'network')) throw error;
        lastFailure = error;
      }
    }
  }
}

/**
 * The events of a `text/event-stream` body as they arrive (the WHATWG server-sent events parsing
 * rules: `data:` lines joined by newlines, `event:`, `id:`, `retry:`, `:` comments, CR/LF/CRLF line
 * ends, a leading BOM; an unterminated last event is dropped). Each event's text is limited to
 * `maxBytes` characters. Leaving the loop early cancels the body. The last event ID and the retry
 * time are kept in `state`, which outlives the connection.
 */
async function* readEvents(
  response: Response,
  { kind, maxBytes, check, fail, broken }: EventReading,
  state: StreamState,
): AsyncGenerator<ServerSentEvent<unknown>> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let started = false;
  let data: string[] = [];
  let size = 0;
  let event: string | undefined;
  let id = state.lastEventId;
  let retry: number | undefined;
  try {
    for (;;) {
      const { value, done } = await reader.read().catch((cause: unknown) => {
        throw broken(cause);
      });
      // Only what arrived since the last pass is scanned (a CR left at the end is looked at again),
      // so a long event split over many chunks costs linear time.
      let i = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      if (done) {
        // At the end of the stream a final CR still ends its line; an unterminated event is dropped.
        if (i === buffer.length) return;
        buffer += '\n';
      } else buffer += value;
      if (!started && buffer.length) {
        started = true;
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      }
      let start = 0;
      for (; i < buffer.length; i++) {
        const c = buffer.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        if (c === 13 && i + 1 === buffer.length) break; // a CR at the chunk's end may be half of a CRLF
        const line = buffer.slice(start, i);
        if (c === 13 && buffer.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
        if (line === '') {
          state.lastEventId = id; // set at every dispatch, even of an event without data
          if (data.length) {
            const text = data.join('\n');
            let parsed: unknown = text;
            if (kind === 'json') {
              try {
                parsed = JSON.parse(text);
              } catch {
                throw fail('event data is not valid JSON');
              }
            }
            const out: { data: unknown; event?: string; id?: string; retry?: number } = { data: check(parsed) };
            if (event !== undefined) out.event = event;
            if (id !== undefined) out.id = id;
            if (retry !== undefined) out.retry = retry;
            yield out;
          }
          data = [];
          size = 0;
          event = undefined;
          retry = undefined;
          continue;
        }
        if (line.charCodeAt(0) === 58) continue; // `:` comment (keep-alive)
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let fieldValue = colon < 0 ? '' : line.slice(colon + 1);
        if (fieldValue.charCodeAt(0) === 32) fieldValue = fieldValue.slice(1);
        if (field === 'data') {
          data.push(fieldValue);
          size += fieldValue.length + 1;
        } else if (field === 'event') event = fieldValue;
        else if (field === 'id' && !fieldValue.includes('\0'))
          id = fieldValue; // the last event ID persists
        else if (field === 'retry' && /^[0-9]+$/.test(fieldValue)) state.retry = retry = Number(fieldValue);
      }
      buffer = buffer.slice(start);
      if (size + buffer.length > maxBytes) throw fail(`an event is larger than ${maxBytes} bytes (maxResponseBytes)`);
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The values of a JSON lines body as they arrive: one JSON value per line (LF or CRLF; blank lines
 * skipped; a last line without its newline still counts), and RFC 7464's record separator before a
 * value is dropped. A line is limited to `maxBytes` characters. Leaving the loop early cancels the body.
 */
async function* readLines(
  response: Response,
  { maxBytes, check, fail, broken }: EventReading,
): AsyncGenerator<unknown> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read().catch((cause: unknown) => {
        throw broken(cause);
      });
      // What is kept from the last pass holds no newline: only what arrived since is scanned, so a
      // long line split over many chunks costs linear time.
      const scanned = buffer.length;
      if (!done) buffer += value;
      let start = 0;
      for (
        let end = buffer.indexOf('\n', scanned);
        end >= 0 || (done && start < buffer.length);
        end = buffer.indexOf('\n', start)
      ) {
        const stop = end >= 0 ? end : buffer.length;
        let line = buffer.slice(start, stop).trim();
        start = stop + 1;
        if (line.charCodeAt(0) === 0x1e) line = line.slice(1).trim();
        if (line === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw fail('a line of the stream is not valid JSON');
        }
        yield check(parsed);
      }
      buffer = buffer.slice(start);
      if (buffer.length > maxBytes) throw fail(`a line is larger than ${maxBytes} bytes (maxResponseBytes)`);
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Specs often name a relative server (`/api/v3`; no `servers` at all means `/`). In a browser that
 * resolves against the page, as the spec intends; elsewhere it stays relative, and a call asks for
 * an absolute `baseUrl`.
 */
function absoluteBase(base: string): string {
  if (URL.canParse(base)) return base;
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof page === 'string' && URL.canParse(base || '/', page) ? new URL(base || '/', page).href : base;
}

/** The host a server URL names ('' for a relative one; the generator's servers.ts decides alike). */
function hostOf(url: string): string {
  return URL.canParse(url, 'http://relative.invalid/')
    ? new URL(url, 'http://relative.invalid/').host.replace('relative.invalid', '')
    : '';
}

/** A server's URL with its variables filled in (the caller's values, else the defaults). */
function serverUrl(server: ServerSpec | undefined, variables: Readonly<Record<string, string>> | undefined): string {
  if (!server) return '';
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => variables?.[name] ?? server.variables[name] ?? '');
}

/** Percent-encodes all but RFC 3986 unreserved characters (and `$`, which Journyx's names start with). */
function encodeComponent(value: string, allowReserved = false): string {
  const encoded = encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  if (!allowReserved) return encoded;
  return encoded.replace(/%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (m) => decodeURIComponent(m));
}

function encodeName(name: string): string {
  return encodeComponent(name).replace(/%24/g, '$');
}

function primitive(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  // An object where a style has no place for one (an array item): JSON keeps its content.
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** `simple` style (path and header): `a,b` / `k,v,k2,v2` / exploded `k=v,k2=v2`. */
function serializeSimple(
  value: unknown,
  explode: boolean,
  json?: boolean,
  encode: (s: string) => string = (s) => s,
): string {
  if (json) return encode(JSON.stringify(value));
  if (Array.isArray(value)) return value.map((v) => encode(primitive(v))).join(',');
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries
      .map(([k, v]) => (explode ? `${encode(k)}=${encode(primitive(v))}` : `${encode(k)},${encode(primitive(v))}`))
      .join(',');
  }
  return encode(primitive(value));
}

/** Fills the path template; every value is percent-encoded so it stays one segment. */
function buildPath(op: OperationSpec, values: Readonly<Record<string, unknown>>): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = op.params.find((q) => q.in === 'path' && q.name === name);
    const value = own(values, name);
    if (value === undefined || value === null) throw new TypeError(`${op.id}: missing path parameter ${name}`);
    const enc = (s: string) => encodeComponent(s);
    if (p?.style === 'label')
      return `.${serializeSimple(value, p.explode, p.json, enc).replace(/,/g, p.explode ? '.' : ',')}`;
    if (p?.style === 'matrix') return `;${encodeName(name)}=${serializeSimple(value, false, p.json, enc)}`;
    return serializeSimple(value, p?.explode ?? false, p?.json, enc);
  });
  // A value that empties a segment, or makes it `.` or `..` (which URLs resolve, `%2e` included),
  // would send the call to another path: `deleteUser({ path: { userId: '..' } })` to the collection.
  const template = op.path.split('/');
  path.split('/').forEach((segment, i) => {
    if (template[i]?.includes('{') && /^((\.|%2e){1,2})?$/i.test(segment))
      throw new TypeError(
        `${op.id}: path parameter value ${JSON.stringify(segment)} in ${template[i]} would change the request's path`,
      );
  });
  return path;
}

/** Query serialisation by `style`/`explode`: form, spaceDelimited, pipeDelimited, deepObject. */
function appendQuery(url: URL, op: OperationSpec, given: Readonly<Record<string, unknown>> | undefined): void {
  // A `querystring` parameter given as text (a string, or JSON) is the whole query.
  if (op.querystring === 'text') {
    const text = given === undefined || given === null ? '' : typeof given === 'string' ? given : JSON.stringify(given);
    if (text) url.search = encodeComponent(text);
    return;
  }
  const values = given ?? {};
  const pairs: string[] = [];
  for (const p of op.params) if (p.in === 'query') formPairs(pairs, p.name, own(values, p.name), p);
  // Keys the spec does not declare (a next link's own cursor, a parameter the spec forgot) go too.
  for (const name of Object.keys(values)) {
    if (!op.params.some((p) => p.in === 'query' && p.name === name)) formPairs(pairs, name, values[name], FORM_DEFAULT);
  }
  if (pairs.length) url.search = pairs.join('&');
}

/** The `name=value` pairs of one query parameter or form body property, percent-encoded. */
function formPairs(pairs: string[], name: string, value: unknown, how: SerialStyle): void {
  if (value === undefined || value === null) return;
  const enc = (s: string) => encodeComponent(s, how.allowReserved);
  const key = encodeName(name);
  if (how.json) pairs.push(`${key}=${enc(JSON.stringify(value))}`);
  else if (how.style === 'deepObject' && typeof value === 'object' && !(value instanceof Date))
    deepObjectPairs(pairs, key, value, enc);
  else if (Array.isArray(value)) {
    if (how.explode && how.style === 'form') for (const v of value) pairs.push(`${key}=${enc(primitive(v))}`);
    else {
      const sep = how.style === 'spaceDelimited' ? '%20' : how.style === 'pipeDelimited' ? '|' : ',';
      pairs.push(`${key}=${value.map((v) => enc(primitive(v))).join(sep)}`);
    }
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (how.explode) for (const [k, v] of entries) pairs.push(`${encodeName(k)}=${enc(primitive(v))}`);
    else pairs.push(`${key}=${entries.map(([k, v]) => `${enc(k)},${enc(primitive(v))}`).join(',')}`);
  } else pairs.push(`${key}=${enc(primitive(value))}`);
}

/**
 * `deepObject`: `name[key]=value`. OpenAPI defines one level; deeper objects and arrays nest the
 * way qs, Rails and PHP write and read them (`items[0][price]=…`), which is what Stripe expects.
 * A null inside is sent empty (Stripe's way to unset a key); undefined is left out.
 */
function deepObjectPairs(pairs: string[], key: string, value: unknown, enc: (s: string) => string): void {
  if (value === undefined) return;
  if (Array.isArray(value)) value.forEach((v, i) => deepObjectPairs(pairs, `${key}%5B${i}%5D`, v, enc));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) deepObjectPairs(pairs, `${key}%5B${encodeName(k)}%5D`, v, enc);
  } else pairs.push(`${key}=${value === null ? '' : enc(primitive(value))}`);
}

/** A form body property the spec says nothing about: arrays repeat the name, objects go as JSON. */
const FORM_DEFAULT: SerialStyle = { style: 'form', explode: true };
const FORM_JSON: SerialStyle = { style: 'form', explode: true, json: true };

/** How the spec's `encoding` says to write a body property; own keys only (`toString` is data). */
function encodingOf(body: BodySpec, key: string): SerialStyle | undefined {
  return own(body.encoding, key) as SerialStyle | undefined;
}

/**
 * The body's media type a call asks for (`contentType`), or the spec's first choice; a media type
 * the operation does not accept is a request error listing those it does.
 */
function bodySpecFor(op: OperationSpec, contentType: string | undefined, where: () => string): BodySpec | undefined {
  if (contentType === undefined || !op.body) return op.body;
  const wanted = contentType.toLowerCase();
  const all = [op.body, ...(op.bodies ?? [])];
  const found = all.find((b) => b.mediaType.toLowerCase() === wanted);
  if (found) return found;
  const accepted = all.map((b) => b.mediaType).join(', ');
  throw new SpecforgeRequestError(
    `${op.id}: contentType ${JSON.stringify(contentType)} is not one the operation accepts: ${accepted}`,
    'invalid-request',
    op.id,
    where(),
  );
}

function encodeBody(body: BodySpec, value: unknown): RequestBody {
  const kind = body.kind;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'lines') return (Array.isArray(value) ? value : [value]).map((v) => `${JSON.stringify(v)}\n`).join('');
  if (kind === 'text') return String(value);
  if (kind === 'form') {
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const how = encodingOf(body, k);
      const isObject = typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
      formPairs(pairs, k, v, how ?? (isObject ? FORM_JSON : FORM_DEFAULT));
    }
    // Spaces as `+`, as a browser's form submission and URLSearchParams write them.
    return pairs.join('&').replace(/%20/g, '+');
  }
  if (kind === 'multipart') {
    const form = new FormData();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      // A part the spec types as JSON goes with that content type (a Spring `@RequestPart` needs it),
      // which FormData can only give a file part.
      if (encodingOf(body, k)?.json) {
        form.append(k, new Blob([JSON.stringify(v)], { type: 'application/json' }));
        continue;
      }
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item instanceof Blob) form.append(k, item);
        else form.append(k, typeof item === 'object' && item !== null ? JSON.stringify(item) : primitive(item));
      }
    }
    return form;
  }
  return value as RequestBody;
}

/**
 * A body that broke off after the headers came: the time limit ran out (`timeout`), the caller
 * aborted (`aborted`) or the connection dropped (`network`), as the same errors before the headers.
 */
function bodyFailure(op: OperationSpec, url: URL, secrets: string[], error: unknown): SpecforgeRequestError {
  const name = (error as { name?: unknown } | null)?.name;
  const kind = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'network';
  const what =
    kind === 'timeout'
      ? 'timed out reading the response body'
      : kind === 'aborted'
        ? 'aborted by the caller'
        : 'the connection broke while reading the response body';
  return new SpecforgeRequestError(`${op.id}: ${what}`, kind, op.id, redactUrl(url, secrets), {
    cause: redactError(error, secrets),
  });
}

/** Reads the body by content type: JSON, text, binary, or nothing (204, HEAD, empty). */
async function readResult(
  op: OperationSpec,
  response: Response,
  url: URL,
  secrets: string[],
  maxBytes: number,
): Promise<Omit<AnyResult, 'headers'>> {
  const ok = response.status >= 200 && response.status < 300;
  let payload: unknown;
  if (response.status === 204 || response.status === 205 || response.status === 304 || op.method === 'HEAD') {
    payload = undefined;
    await response.body?.cancel().catch(() => undefined);
  } else {
    const bytes = await readBytes(op, response, url, secrets, maxBytes);
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/json/.test(type) || type === '') {
      const text = new TextDecoder().decode(bytes);
      if (text === '') payload = undefined;
      else {
        try {
          // JSON.parse creates `__proto__` as an own property, never a prototype: no pollution.
          payload = JSON.parse(text);
        } catch (error) {
          // An error status whose body is not the JSON it claims (a proxy's "Bad Gateway") still
          // comes back as that status, with the text as its error; a success must be what it says.
          if (type !== '' && ok) {
            throw new SpecforgeRequestError(
              `${op.id}: HTTP ${response.status} response is not valid JSON`,
              'invalid-response',
              op.id,
              redactUrl(url, secrets),
              { cause: error },
            );
          }
          payload = text;
        }
      }
    } else if (type.startsWith('text/') || /xml|html/.test(type)) payload = new TextDecoder().decode(bytes);
    else payload = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  }
  if (ok) return { status: response.status, data: payload, response };
  return { status: response.status, error: payload ?? null, response };
}

/** The body, refused (stream cancelled) as soon as it exceeds `maxBytes`. */
async function readBytes(
  op: OperationSpec,
  response: Response,
  url: URL,
  secrets: string[],
  maxBytes: number,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new SpecforgeRequestError(
      `${op.id}: response body is larger than ${maxBytes} bytes (maxResponseBytes)`,
      'invalid-response',
      op.id,
      redactUrl(url, secrets),
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: Awaited<ReturnType<typeof reader.read>>;
    try {
      read = await reader.read();
    } catch (error) {
      throw bodyFailure(op, url, secrets, error);
    }
    const { done, value } = read;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

async function resolveCredential(credential: Credential<unknown>): Promise<unknown> {
  return typeof credential === 'function' ? await (credential as () => unknown)() : credential;
}

/** What a request carries so far: the headers, query and cookies credentials are added to. */
interface RequestSoFar {
  readonly headers: Headers;
  /** The call's own headers, applied after the credentials (they win). */
  readonly callHeaders: Headers;
  readonly url: URL;
  readonly cookies: string[];
  /** A browser sending its own cookies: cookie schemes are met by them. */
  readonly browserCookies: boolean;
}

/**
 * Applies a security alternative; returns an error message or undefined. An alternative whose
 * credentials are all configured (`auth`) wins. Otherwise a scheme also counts as met when the
 * caller put its header, query parameter or cookie on the request by hand (that value is then
 * redacted like a configured one), and a scheme the client cannot apply (`mutualTLS`: a client
 * certificate, set up in your `fetch`) always does.
 */
async function applyAuth(
  op: OperationSpec,
  schemes: ApiSpec['securitySchemes'],
  auth: Record<string, Credential<unknown>>,
  request: RequestSoFar,
  secrets: string[],
): Promise<string | undefined> {
  if (op.security.length === 0) return undefined;
  const { headers, callHeaders, url, cookies } = request;
  const given = (name: string) =>
    auth[name] !== undefined && schemes[name] !== undefined && schemes[name].type !== 'other';
  const carried = (name: string): string | undefined => {
    const scheme = schemes[name];
    if (!scheme) return undefined; // a scheme the spec does not define
    if (scheme.type === 'other') return ''; // applied outside the client
    if (scheme.type === 'http' || scheme.in === 'header') {
      const header = scheme.type === 'http' ? 'authorization' : scheme.name;
      return callHeaders.get(header) ?? headers.get(header) ?? undefined;
    }
    if (scheme.in === 'query') return url.searchParams.get(scheme.name) ?? undefined;
    const prefix = `${scheme.name}=`;
    return cookies.find((c) => c.startsWith(prefix))?.slice(prefix.length) ?? (request.browserCookies ? '' : undefined);
  };
  // `{}` among the alternatives makes auth optional: credentials the caller has are still sent.
  const alternatives = op.security.filter((alternative) => alternative.length > 0);
  const usable =
    alternatives.find((alternative) => alternative.every(given)) ??
    alternatives.find((alternative) => alternative.every((name) => given(name) || carried(name) !== undefined));
  if (!usable) {
    if (alternatives.length < op.security.length) return undefined; // anonymous allowed
    return `no credentials for any of its security schemes (${op.security.map((a) => a.join(' + ')).join(' or ')}); pass them in createClient({ auth })`;
  }
  for (const name of usable) {
    const value = given(name) ? undefined : carried(name);
    // A hand-set `Authorization: Bearer x`: the token is what must not show anywhere.
    if (value) secrets.push(value, value.slice(value.indexOf(' ') + 1));
  }
  for (const name of usable.filter(given)) {
    const scheme = schemes[name]!;
    const value = await resolveCredential(auth[name]!);
    // A credential fetch refuses in a header (trySet): say which, never its value.
    const refused = `the credential for ${name} cannot be sent in a header: it has a line break or a character past Latin-1`;
    if (scheme.type === 'apiKey') {
      const key = String(value);
      // fetch trims a header value's surrounding whitespace (a key read from a file keeps its
      // newline): the trimmed form is what is sent, and what must be redacted.
      secrets.push(key, key.trim());
      if (scheme.in === 'header') {
        if (!trySet(headers, scheme.name, key)) return refused;
      } else if (scheme.in === 'query') url.searchParams.set(scheme.name, key);
      else cookies.push(`${scheme.name}=${encodeURIComponent(key)}`);
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const { username, password } = value as BasicCredentials;
      const token = base64(`${username}:${password}`);
      secrets.push(token, password);
      if (!trySet(headers, 'authorization', `Basic ${token}`)) return refused;
    } else if (scheme.type === 'http') {
      const token = String(value);
      secrets.push(token, token.trim());
      if (!trySet(headers, 'authorization', `${scheme.scheme === 'bearer' ? 'Bearer' : scheme.scheme} ${token}`))
        return refused;
    }
  }
  return undefined;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), encodeComponent(secret)]))
      out = out.split(form).join(REDACTED);
  }
  return out;
}

function redactUrl(url: URL, secrets: readonly string[]): string {
  return redactText(url.href, secrets);
}

const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
function redactHeaders(headers: Headers, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SENSITIVE_HEADERS.has(key) ? REDACTED : redactText(value, secrets);
  });
  return out;
}

/** A network error's message may echo the URL; the cause we expose must not carry credentials. */
function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return error;
  const copy = new Error(redactText(error.message, secrets));
  copy.name = error.name;
  return copy;
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path && i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** The items a paginated operation yields: the page itself (a bare array) or its `Field` array. */
export type ItemOf<Page, Field extends string | undefined> = Field extends string
  ? Field extends keyof NonNullable<Page>
    ? NonNullable<NonNullable<Page>[Field]> extends ReadonlyArray<infer T>
      ? T
      : unknown
    : unknown
  : NonNullable<Page> extends ReadonlyArray<infer T>
    ? T
    : unknown;

/** `for await (const item of paginator)`; `paginator.pages()` for whole pages. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

/**
 * The client object: a method per operation of `api` that calls the engine, and a `paginate`
 * method for each operation that pages. Generated code declares the precise `Client` type; the
 * bodies are all alike, so they are made here from the table rather than written out per
 * operation (which cost the user's tsc ~60 ms on a 200-operation spec). Method names come from the
 * planner, which never hands out prototype members.
 */
export function clientOf<Client>(api: ApiSpec, engine: ReturnType<typeof createEngine>): Client {
  const client: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const [method, op] of Object.entries(api.operations)) {
    client[method] = (request?: RequestParts, options?: CallOptions) => engine.call(method, request, options);
    if (op.pagination)
      paginate[method] = (request?: RequestParts, options?: CallOptions) => paginator(engine, method, request, options);
  }
  client['paginate'] = paginate;
  return client as Client;
}

/** Builds a paginator for one call (used by generated `client.paginate.*`). */
export function paginator<Item, Page>(
  engine: ReturnType<typeof createEngine>,
  operationId: string,
  parts: RequestParts | undefined,
  options: CallOptions | undefined,
): Paginator<Item, Page> {
  return {
    [Symbol.asyncIterator]: () => engine.items(operationId, parts, options) as AsyncIterator<Item>,
    pages: () => engine.pages(operationId, parts, options) as AsyncIterable<Page>,
  };
}
