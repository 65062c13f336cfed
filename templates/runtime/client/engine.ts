/**
 * Building a request from an operation's data and a call's parts; reading, validating and
 * transforming its response. `createEngine` ties this to the transport and the paging.
 */
import { applyAuth } from './auth.js';
import type { Middleware } from './middleware.js';
import { readHeaders, setOrRefuse } from './headers.js';
import type { CallOptions, ClientOptions, Credential, ResponseMismatch } from './options.js';
import { paginator } from './paging.js';
import { redactError, redactUrl, Secrets } from './redact.js';
import { describeIssues, parameterIssues, pickByStatus, readResult, statusKeys } from './responses.js';
import { type AnyResult, type RequestBody, SpecforgeHttpError, SpecforgeRequestError } from './results.js';
import {
  absoluteBase,
  appendQuery,
  bodySpecFor,
  buildPath,
  cookiePairs,
  encodeBody,
  hostOf,
  own,
  serializeSimple,
  serverUrl,
} from './serialize.js';
import type { ApiBase, BodyValidator, OperationEntry, OperationSpec, RequestParts, ValidationIssue } from './spec.js';
import { type EventReading, type Reconnection, eventStream, readLines, streamOf } from './streams.js';
import { IDEMPOTENT, asksForStream, createTransport, inBrowser, type Send } from './transport.js';

/**
 * A client without operations (`createBaseClient`): `call` sends the operation it is given, and the
 * paging walks go through it. `createClient` and the standalone operation functions both use one.
 */
export interface BaseClient {
  call(operation: OperationEntry, parts?: RequestParts, callOptions?: CallOptions): Promise<AnyResult>;
  /** Adds middleware after what the client has. */
  use(...middleware: Middleware[]): void;
  /** The base URL an operation's requests go to. */
  baseUrlOf(operation: OperationEntry): string;
  /** `options.queryKeyScope`, else the base URL without userinfo, query or fragment. */
  readonly queryKeyScope: string;
}

export function createEngine<Auth>(api: ApiBase, options: ClientOptions<Auth> = {}): BaseClient {
  // Shared with the transport, which reads it on every attempt: `use` adds to it.
  const middleware: Middleware[] = [...(options.middleware ?? [])];
  const engine: Engine = {
    api,
    options: options as ClientOptions<unknown>,
    routes: createRouting(api, options),
    send: createTransport(options, middleware).send,
    maxBytes: options.maxResponseBytes ?? 64 * 1024 * 1024,
  };
  return {
    call: (operation, parts, callOptions) => callOperation(engine, operation, parts, callOptions),
    use: (...more: Middleware[]) => void middleware.push(...more),
    baseUrlOf: engine.routes.baseFor,
    queryKeyScope:
      options.queryKeyScope ?? scopeOfBase(options.baseUrl ?? serverUrl(api.servers[0], options.serverVariables)),
  };
}

/**
 * A base URL as a cache scope: as written (a relative one is not resolved, so a server and a
 * browser agree), without what may be a credential (userinfo, a query) or a trailing slash.
 */
export function scopeOfBase(base: string): string {
  if (!URL.canParse(base)) return base.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  const url = new URL(base);
  const origin = url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
  return `${origin}${url.pathname}`.replace(/\/+$/, '');
}

/** What a client's calls share: the spec's data, the options, where requests go and how they are sent. */
interface Engine {
  readonly api: ApiBase;
  readonly options: ClientOptions<unknown>;
  readonly routes: Routing;
  readonly send: Send;
  readonly maxBytes: number;
}

/** Where an operation's requests go, and which hosts get credentials. */
interface Routing {
  /** The client's base URL, without a trailing slash. */
  readonly baseUrl: string;
  baseFor(operation: OperationEntry): string;
  credentialsAllowed(base: string): boolean;
}

function createRouting<Auth>(api: ApiBase, options: ClientOptions<Auth>): Routing {
  const baseUrl = absoluteBase(options.baseUrl ?? serverUrl(api.servers[0], options.serverVariables)).replace(
    /\/+$/,
    '',
  );
  const specHost = hostOf(serverUrl(api.servers[0], options.serverVariables));

  /** An operation's own base URL; a relative one (`/upload`) is relative to the client's. */
  function operationBase(url: string): string {
    const absolute = URL.canParse(url) || !URL.canParse(baseUrl) ? absoluteBase(url) : new URL(url, `${baseUrl}/`).href;
    return absolute.replace(/\/+$/, '');
  }

  return {
    baseUrl,
    /**
     * An operation's base URL: `operationBaseUrls` if it names one; else its own server, unless the
     * caller gave `baseUrl` and that server is on the document server's host (then it is a variant
     * of the server `baseUrl` replaces); else the client's base URL.
     */
    baseFor({ name, spec: op }: OperationEntry): string {
      const chosen = options.operationBaseUrls?.[name];
      if (chosen !== undefined) return operationBase(chosen);
      const own = op.servers?.[0] && serverUrl(op.servers[0], options.serverVariables);
      if (!own || (options.baseUrl !== undefined && hostOf(own) === specHost)) return baseUrl;
      return operationBase(own);
    },
    /**
     * Whether credentials may go to `base`: the client's base URL's host, any host the spec names
     * while you keep its servers, one you chose (`operationBaseUrls`), or one `credentialHosts` lists.
     */
    credentialsAllowed(base: string): boolean {
      if (options.baseUrl === undefined) return true;
      const host = hostOf(base);
      if (host === hostOf(baseUrl) || (options.credentialHosts ?? []).includes(host)) return true;
      return Object.values(options.operationBaseUrls ?? {}).some((chosen) => hostOf(operationBase(chosen)) === host);
    },
  };
}

/**
 * The URL and headers of a request: path, query, header and cookie parameters, credentials (read
 * again on every call, so a credential function can refresh a token), the call's own headers.
 * Credentials end up in `secrets`, which errors and hooks redact.
 */
async function prepareRequest(
  engine: Engine,
  op: OperationSpec,
  base: string,
  parts: RequestParts,
  callOptions: CallOptions,
  secrets: Secrets,
): Promise<{ url: URL; headers: Headers }> {
  const { options } = engine;
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
  setIdempotencyKey(op, headers);
  const callHeaders = new Headers();
  for (const [k, v] of Object.entries(callOptions.headers ?? {})) setHeader(k, v, 'header', callHeaders);
  const cookies = op.params
    .filter((p) => p.in === 'cookie' && own(parts.cookies, p.name) !== undefined)
    .flatMap((p) => cookiePairs(p, own(parts.cookies, p.name)));
  // Credentials go to the base URL's host; a host of the spec's own choosing (an operation's
  // server elsewhere) after you moved `baseUrl` gets them only when `credentialHosts` names it.
  const trusted = engine.routes.credentialsAllowed(base);
  const auth = await applyAuth(
    op,
    engine.api.securitySchemes,
    (trusted ? (options.auth ?? {}) : {}) as Record<string, Credential<unknown>>,
    { headers, callHeaders, url, cookies, browserCookies: inBrowser() && options.credentials !== 'omit' },
    secrets,
  );
  if (auth) {
    const why = trusted
      ? auth
      : `its server ${url.host} is not the host of baseUrl, and credentials go there only when ` +
        `createClient({ credentialHosts }) lists it`;
    throw new SpecforgeRequestError(`${op.id}: ${why}`, 'auth', op.id, redactUrl(url, secrets));
  }
  if (cookies.length) headers.set('cookie', cookies.join('; '));
  callHeaders.forEach((v, k) => headers.set(k, v));
  if (!headers.has('accept')) headers.set('accept', acceptFor(op));
  return { url, headers };
}

/**
 * An operation that takes an idempotency key (Svix, Adyen, Mastodon…) gets one per call, kept
 * across its retries, so the server runs a retried POST once; `send` then retries it safely.
 */
function setIdempotencyKey(op: OperationSpec, headers: Headers): void {
  const keyParam = op.params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
  const randomUUID = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID;
  if (keyParam && !IDEMPOTENT.has(op.method) && !headers.has(keyParam.name) && randomUUID) {
    headers.set(keyParam.name, randomUUID.call((globalThis as { crypto?: unknown }).crypto));
  }
}

/** The `Accept` header an operation sends when the call sets none. */
function acceptFor(op: OperationSpec): string {
  if (op.events === 'lines') {
    return 'application/x-ndjson, application/jsonl, application/json-seq, application/json;q=0.9, */*;q=0.8';
  }
  if (op.events) return 'text/event-stream, application/json;q=0.9, */*;q=0.8';
  return op.accept ?? 'application/json, */*;q=0.8';
}

/** One call: the request built and checked, sent, and its response read, checked and transformed. */
async function callOperation(
  engine: Engine,
  operation: OperationEntry,
  parts: RequestParts = {},
  callOptions: CallOptions = {},
): Promise<AnyResult> {
  const { spec: op, validators } = operation;
  const secrets = new Secrets();
  const base = engine.routes.baseFor(operation);
  if (engine.options.validate?.request) {
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
  const { url, headers } = await prepareRequest(engine, op, base, parts, callOptions, secrets);
  const body = encodeRequest(engine, operation, parts, url, headers, secrets);
  const response = await engine.send(op, url, headers, body, callOptions, secrets);
  // The declared headers are read once: their values for the result, their issues for validation.
  const declared = readHeaders(op, response);
  if (asksForStream(callOptions) && response.status >= 200 && response.status < 300) {
    const data = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    return { status: response.status, data, response, headers: declared.values };
  }
  const exchange: Exchange = { engine, operation, url, secrets, response, declared };
  // The entry names `streamedResult` when its operation streams: a program with no such operation
  // does not bundle the stream readers (a sixth of the runtime).
  const stream = op.events && operation.streamed ? streamOf(response) : undefined;
  if (stream === 'events' || (stream === 'lines' && op.events === 'lines')) {
    return operation.streamed!(exchange, stream === 'lines', base, parts, callOptions);
  }
  return checkedResult(exchange);
}

/** A body the chosen media type cannot carry: a request error, naming a multipart type the operation takes. */
function bodyRefusal(op: OperationSpec, where: () => string): (reason: string) => never {
  return (reason) => {
    const multipart = [op.body, ...(op.bodies ?? [])].find((b) => b?.kind === 'multipart');
    const hint = multipart ? `: send it as ${multipart.mediaType} (contentType)` : '';
    throw new SpecforgeRequestError(`${op.id}: ${reason}${hint}`, 'invalid-request', op.id, where());
  };
}

/** The request body, encoded for its media type (and checked, with `validate.request`); its `Content-Type` set. */
function encodeRequest(
  engine: Engine,
  { spec: op, validators }: OperationEntry,
  parts: RequestParts,
  url: URL,
  headers: Headers,
  secrets: Secrets,
): RequestBody | undefined {
  const chosen = bodySpecFor(op, parts.contentType, () => redactUrl(url, secrets));
  if (!chosen || parts.body === undefined) return undefined;
  const check =
    chosen === op.body
      ? validators?.request
      : (own(validators?.requests, chosen.mediaType) as BodyValidator | undefined);
  if (engine.options.validate?.request && check) {
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
  const refuse = bodyRefusal(op, () => redactUrl(url, secrets));
  const body = encodeBody(chosen, parts.body, refuse);
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
  return body;
}

/** A response being read: what checking and reporting it needs. */
export interface Exchange {
  readonly engine: Engine;
  readonly operation: OperationEntry;
  readonly url: URL;
  readonly secrets: Secrets;
  readonly response: Response;
  readonly declared: ReturnType<typeof readHeaders>;
}

/** `validate.onMismatch`'s report of a part that does not match, when the option is set. */
function reportMismatch(x: Exchange, part: ResponseMismatch['part'], issues: readonly ValidationIssue[]): void {
  const op = x.operation.spec;
  x.engine.options.validate?.onMismatch?.({
    operation: op.id,
    method: op.method,
    url: redactUrl(x.url, x.secrets),
    status: x.response.status,
    part,
    issues,
  });
}

/**
 * An event stream or JSON lines: each event (or line) checked and transformed as it arrives, never
 * read whole. Reached through the `streamed` of a streaming operation's entry, not called here.
 */
export function streamedResult(
  x: Exchange,
  lines: boolean,
  base: string,
  parts: RequestParts,
  callOptions: CallOptions,
): AnyResult {
  const { engine, operation, url, secrets, response } = x;
  const op = operation.spec;
  const mode = engine.options.validate?.response;
  const validator = mode ? pickByStatus(operation.validators?.events, response.status) : undefined;
  const transform = pickByStatus(operation.eventTransforms, response.status);
  const check = (data: unknown): unknown => {
    const issues = validator ? validator(data, mode === 'lenient' ? 'lenient' : 'strict') : [];
    if (issues.length && engine.options.validate?.onMismatch) reportMismatch(x, 'event', issues);
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
    kind: op.events === 'text' || op.events === 'named' ? op.events : 'json',
    ...(op.jsonEvents ? { jsonEvents: new Set(op.jsonEvents) } : {}),
    maxBytes: engine.maxBytes,
    check,
    fail: (why) => new SpecforgeRequestError(`${op.id}: ${why}`, 'invalid-response', op.id, redactUrl(url, secrets)),
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
    engine.options.events?.reconnect && op.method === 'GET' && !lines
      ? reconnection(engine, op, base, parts, callOptions, secrets)
      : undefined;
  return {
    status: response.status,
    data: lines ? readLines(response, events) : eventStream(response, events, reconnect),
    response,
    headers: x.declared.values,
  };
}

/**
 * A whole response: read, checked with `validate.response` (a success status the spec does not
 * declare against every declared success), reported or turned into an error on a mismatch, and
 * transformed (`dates: 'Date'`).
 */
async function checkedResult(x: Exchange): Promise<AnyResult> {
  const { engine, operation, url, secrets, response, declared } = x;
  const op = operation.spec;
  const result: AnyResult = {
    ...(await readResult(op, response, url, secrets, engine.maxBytes)),
    headers: declared.values,
  };
  const mode = engine.options.validate?.response;
  let transform = pickByStatus(operation.transforms, response.status);
  if (mode && result.error === undefined) {
    const validators = operation.validators;
    const keys = statusKeys(validators?.responses, response.status);
    let issues: readonly ValidationIssue[] = [];
    for (const [i, key] of keys.entries()) {
      const found = validators!.responses![key]!(result.data, mode === 'lenient' ? 'lenient' : 'strict');
      if (found.length === 0) {
        issues = [];
        transform ??= operation.transforms?.[key];
        break;
      }
      if (i === 0) issues = found;
    }
    const mismatch = issues.length
      ? { what: 'response body does', issues }
      : declared.issues.length
        ? { what: 'response headers do', issues: declared.issues }
        : undefined;
    if (engine.options.validate?.onMismatch) {
      // Monitoring: every part that does not match is reported, and the response goes through.
      if (issues.length) reportMismatch(x, 'body', issues);
      if (declared.issues.length) reportMismatch(x, 'headers', declared.issues);
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

/**
 * How a GET event stream is opened again (ClientOptions.events.reconnect). Fresh credentials join
 * the call's `secrets`, so errors of the whole stream stay redacted.
 */
function reconnection(
  engine: Engine,
  op: OperationSpec,
  base: string,
  parts: RequestParts,
  callOptions: CallOptions,
  secrets: Secrets,
): Reconnection {
  return {
    retryMs: engine.options.events?.retryMs ?? 3000,
    maxReconnects: engine.options.events?.maxReconnects ?? 10,
    signal: callOptions.signal,
    async open(lastEventId) {
      const { url, headers } = await prepareRequest(engine, op, base, parts, callOptions, secrets);
      // The stream's own last ID wins over one the caller resumed from; an empty `id:` resets it,
      // and then none is sent (as EventSource does). Header values are bytes: the ID goes as UTF-8.
      if (lastEventId === '') headers.delete('last-event-id');
      else if (lastEventId !== undefined)
        headers.set(
          'last-event-id',
          Array.from(new TextEncoder().encode(lastEventId), (b) => String.fromCharCode(b)).join(''),
        );
      const response = await engine.send(op, url, headers, undefined, callOptions, secrets);
      if (streamOf(response) === 'events') return response;
      if (response.status === 204) {
        await response.body?.cancel().catch(() => undefined);
        return undefined; // the server says the stream is over
      }
      const result = await readResult(op, response, url, secrets, engine.maxBytes);
      throw new SpecforgeHttpError(op.id, response.status, result.error ?? result.data);
    },
  };
}

/**
 * The client object: a method per operation that calls the engine, and a `paginate` method for
 * each operation that pages. Generated code declares the precise `Client` type; the
 * bodies are all alike, so they are made here from the table rather than written out per
 * operation (which cost the user's tsc ~60 ms on a 200-operation spec). Method names come from the
 * planner, which never hands out prototype members.
 */
export function clientOf<Client>(operations: readonly OperationEntry[], engine: BaseClient): Client {
  const client: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const operation of operations) {
    client[operation.name] = (request?: RequestParts, options?: CallOptions) =>
      engine.call(operation, request, options);
    if (operation.spec.pagination)
      paginate[operation.name] = (request?: RequestParts, options?: CallOptions) =>
        paginator(engine, operation, request, options);
  }
  client['paginate'] = paginate;
  client['queryKeyScope'] = engine.queryKeyScope;
  client['use'] = (...middleware: Middleware[]) => {
    engine.use(...middleware);
    return client;
  };
  return client as Client;
}
