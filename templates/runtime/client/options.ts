/**
 * What a caller chooses: the client's options (auth, retries, hooks, validation, streams) and each
 * call's.
 */
import type { Middleware } from './middleware.js';
import { SpecforgeRequestError } from './results.js';
import type { ValidationIssue } from './spec.js';

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
  /**
   * Hosts besides `baseUrl`'s that may receive credentials. Once you set `baseUrl`, an operation
   * the spec sends to a server on another host (an upload or reports host) gets none unless its
   * host (`reports.api.example.com`, with a port if it has one) is listed here.
   */
  readonly credentialHosts?: readonly string[];
  /** Credentials by security scheme name. */
  readonly auth?: Auth;
  /**
   * What tells this client's cached data apart from another client's in one cache: TanStack Query
   * keys made from this client end with it. Default: the base URL (its scheme, host and path). Give
   * a tenant or account id when two clients share a base URL with different credentials, or one
   * value on the server and in the browser when they reach the API by different URLs. It is shown
   * in devtools and in dehydrated state: never a secret.
   */
  readonly queryKeyScope?: string;
  /**
   * fetch's `credentials` mode. In a browser, scripts cannot set a `Cookie` header: a cookie security
   * scheme is met by the browser's own cookies instead (`'include'` sends them to another origin).
   */
  readonly credentials?: 'omit' | 'same-origin' | 'include';
  /** Your own fetch (tests, proxies, instrumentation). Default: `globalThis.fetch`. */
  readonly fetch?: (input: Request, init?: FetchOptions) => Promise<Response>;
  /** Middleware, in order (`client.use` adds more): may change each request and replace its answer. */
  readonly middleware?: readonly Middleware[];
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Time limit of each attempt, in ms. Default 60 s; `0` turns it off. */
  readonly timeoutMs?: number;
  /** Refuse response bodies larger than this many bytes. Default 64 MiB. */
  readonly maxResponseBytes?: number;
  /** Redirects followed per call (3xx with Location). Default 5; 0 returns the 3xx response. */
  readonly maxRedirects?: number;
  readonly retry?: RetryOptions;
  /**
   * Client-side pacing: attempts (retries included) start at most this many times a second, spaced
   * evenly, across all calls of this client. Staying under the API's published limit spares the 429s
   * and their backoff. Default: no pacing.
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
/**
 * Options passed through to `fetch` for one call: the Request's own (`cache`, `keepalive`,
 * `priority`, `mode`, `referrerPolicy`, `integrity`) and a framework's (Next.js's
 * `next: { revalidate, tags }`, given to fetch as its second argument).
 */
export interface FetchOptions {
  readonly cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';
  readonly keepalive?: boolean;
  readonly priority?: 'high' | 'low' | 'auto';
  readonly mode?: 'cors' | 'no-cors' | 'same-origin' | 'navigate';
  readonly referrerPolicy?: string;
  readonly integrity?: string;
  readonly next?: { readonly revalidate?: number | false; readonly tags?: readonly string[] };
  readonly [option: string]: unknown;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  /** Passed through to `fetch`; what the client sets itself (method, headers, body, signal) wins. */
  readonly fetchOptions?: FetchOptions;
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
