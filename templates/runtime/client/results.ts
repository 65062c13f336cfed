/** What a call gives back: the typed result of each status, and the two errors a call may throw. */
import type { ValidationIssue } from './spec.js';

/** One server-sent event of a `text/event-stream` response. */
export interface ServerSentEvent<T> {
  readonly data: T;
  /** The `event:` field (the event type); absent for the default `message`. */
  readonly event?: string;
  readonly id?: string;
  /** The `retry:` field: the reconnection time the server asks for, in ms. */
  readonly retry?: number;
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
 *
 * The client types each operation's result as a named union of `ApiSuccess` and `ApiFailure`
 * (`ListUsersResult`), written out by the generator: the same type as this one, without the
 * mapped and conditional types an editor would otherwise evaluate at every call.
 */
export type ApiResult<Responses, ResponseHeaders = {}> =
  | {
      [S in keyof Responses]: S extends `2${string}`
        ? ApiSuccess<StatusOf<S>, Responses[S], HeadersAt<ResponseHeaders, S>>
        : ApiFailure<StatusOf<S>, Responses[S], HeadersAt<ResponseHeaders, S>>;
    }[keyof Responses]
  | (Exclude<keyof Responses, `2${string}`> extends never ? ApiUndeclaredError : never);

/** The result of a success status: its body in `data`. */
export interface ApiSuccess<Status extends number, Data, Headers = {}> {
  readonly status: Status;
  readonly data: Data;
  readonly error?: undefined;
  readonly response: Response;
  readonly headers: Headers;
}

/** The result of an error status the spec declares: its body in `error`. */
export interface ApiFailure<Status extends number, ErrorBody, Headers = {}> {
  readonly status: Status;
  readonly data?: undefined;
  readonly error: ErrorBody;
  readonly response: Response;
  readonly headers: Headers;
}

/** The result of an error status of an operation that declares none: any JSON value, or null. */
export interface ApiUndeclaredError {
  readonly status: number;
  readonly data?: undefined;
  readonly error: {} | null;
  readonly response: Response;
  readonly headers: {};
}

export type HeadersAt<H, S> = S extends keyof H ? H[S] : {};

export type StatusOf<S> = S extends `${infer N extends number}` ? N : number;

/**
 * Error text shows control characters (CR, LF, ESC, U+2028…) as `\uXXXX`: an operationId or a
 * server's words in a message must not forge log lines or drive a terminal.
 */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

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
    super(printable(message), options?.cause === undefined ? undefined : { cause: options.cause });
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
    super(printable(`${operation}: HTTP ${status}`));
    this.operation = operation;
    this.status = status;
    this.error = error;
  }
}

export type AnyResult = {
  status: number;
  data?: unknown;
  error?: unknown;
  response: Response;
  headers: Readonly<Record<string, unknown>>;
};

/** A request body; spelled through `RequestInit` so that Node's types (no DOM lib) have it too. */
export type RequestBody = NonNullable<RequestInit['body']>;
