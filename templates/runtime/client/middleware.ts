/**
 * Middleware: an ordered, async chain around each attempt (`client.use(...)` or `middleware` in the
 * options). `onRequest` may return a changed `Request` (headers, URL, body); `onResponse` and
 * `onError` may return a `Response` to use instead. What middleware reads has its credentials
 * redacted, by place (redact.ts); one that must see them (to sign a request) asks, with
 * `withCredentials()`. A returned request keeps every credential it still shows as redacted.
 */
import { REDACTED, SENSITIVE_HEADERS, type Secrets, redactHeaders, redactUrl } from './redact.js';

export interface MiddlewareContext {
  /** The client method, as in errors and hooks. */
  readonly operation: string;
  /** 1 for the first attempt, then one more per retry. */
  readonly attempt: number;
  /** The request as it stands, credentials redacted. */
  readonly request: Request;
  /** The same request with its credentials, for middleware that must sign it. */
  withCredentials(): Request;
}

export interface Middleware {
  /** Before each attempt: return a new Request to send instead, or nothing to send it as it is. */
  onRequest?(context: MiddlewareContext): Request | undefined | void | Promise<Request | undefined | void>;
  /** After each answer (any status): return a Response to use instead, or nothing. */
  onResponse?(
    context: MiddlewareContext & { readonly response: Response },
  ): Response | undefined | void | Promise<Response | undefined | void>;
  /** After a network error or time-out: return a Response to use instead of failing, or nothing. */
  onError?(
    context: MiddlewareContext & { readonly error: unknown },
  ): Response | undefined | void | Promise<Response | undefined | void>;
}

/** The attempt's request after every `onRequest`, with a context for the later hooks. */
export async function requestThroughMiddleware(
  chain: readonly Middleware[],
  operation: string,
  attempt: number,
  url: URL,
  init: RequestInit,
  secrets: Secrets,
): Promise<{ url: URL; init: RequestInit; context: MiddlewareContext }> {
  let real = new Request(url, init);
  let changed = false;
  const contextOf = (request: Request): MiddlewareContext => ({
    operation,
    attempt,
    request: redactedRequest(request, secrets),
    withCredentials: () => request.clone(),
  });
  for (const middleware of chain) {
    const returned = await middleware.onRequest?.(contextOf(real));
    if (returned instanceof Request) {
      real = withCredentialsRestored(returned, real, secrets);
      changed = true;
    }
  }
  // The context first: it clones `real`, which replaces the body stream read below.
  const context = contextOf(real);
  if (!changed) return { url, init, context };
  const changedInit: RequestInit & { duplex?: 'half' } = { method: real.method, headers: real.headers };
  if (init.signal) changedInit.signal = init.signal;
  if (init.credentials) changedInit.credentials = init.credentials;
  if (real.body) {
    changedInit.body = real.body;
    changedInit.duplex = 'half';
  }
  return { url: new URL(real.url), init: changedInit, context };
}

/** The Response middleware puts in place of `response`, or `response` itself. */
export async function responseThroughMiddleware(
  chain: readonly Middleware[],
  context: MiddlewareContext,
  response: Response,
): Promise<Response> {
  for (const middleware of chain) {
    const returned = await middleware.onResponse?.({ ...context, response });
    if (returned instanceof Response) response = returned;
  }
  return response;
}

/** A Response middleware gives for a failed attempt, or undefined. */
export async function errorThroughMiddleware(
  chain: readonly Middleware[],
  context: MiddlewareContext,
  error: unknown,
): Promise<Response | undefined> {
  for (const middleware of chain) {
    const returned = await middleware.onError?.({ ...context, error });
    if (returned instanceof Response) return returned;
  }
  return undefined;
}

function redactedRequest(request: Request, secrets: Secrets): Request {
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: redactHeaders(request.headers, secrets),
  };
  const body = request.clone().body;
  if (body) {
    init.body = body;
    init.duplex = 'half';
  }
  return new Request(redactUrl(new URL(request.url), secrets), init);
}

/** `returned` with each credential it still shows redacted put back from `real`. */
function withCredentialsRestored(returned: Request, real: Request, secrets: Secrets): Request {
  const headers = new Headers(returned.headers);
  real.headers.forEach((value, name) => {
    if ((SENSITIVE_HEADERS.has(name) || secrets.headers.has(name)) && headers.get(name) === REDACTED)
      headers.set(name, value);
  });
  const url = new URL(returned.url);
  const from = new URL(real.url);
  for (const name of secrets.query)
    if (url.searchParams.get(name) === REDACTED && from.searchParams.has(name))
      url.searchParams.set(name, from.searchParams.get(name)!);
  if (decodeURIComponent(url.username) === REDACTED) url.username = from.username;
  if (decodeURIComponent(url.password) === REDACTED) url.password = from.password;
  const init: RequestInit & { duplex?: 'half' } = { method: returned.method, headers };
  if (returned.body) {
    init.body = returned.body;
    init.duplex = 'half';
  }
  return new Request(url, init);
}
