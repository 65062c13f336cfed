/**
 * Sending: retries, time limits, pacing, hooks, and redirects followed without leaking
 * credentials.
 */
import type {
  CallOptions,
  ClientOptions,
  FetchOptions,
  RequestInfo,
  RetryOptions,
  StreamCallOptions,
} from './options.js';
import {
  type Middleware,
  errorThroughMiddleware,
  requestThroughMiddleware,
  responseThroughMiddleware,
} from './middleware.js';
import { SENSITIVE_HEADERS, redactError, redactHeaders, redactUrl, type Secrets } from './redact.js';
import { type RequestBody, SpecforgeRequestError } from './results.js';
import type { OperationSpec } from './spec.js';

// QUERY (OpenAPI 3.2, RFC 9110's safe, idempotent query with a body) is retried like GET.
export const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE', 'QUERY']);

/** A page or a web worker: where `fetch` hides redirects (Node, Deno, Bun and edge runtimes do not). */
export function inBrowser(): boolean {
  const g = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return typeof g.document === 'object' || typeof g.WorkerGlobalScope === 'function';
}

/** A request body that is a stream: sent as it is read, so it cannot be sent twice. */
export function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

/** Whether a call asked for its success body as a stream (`StreamCallOptions`). */
export function asksForStream(callOptions: CallOptions): boolean {
  return (callOptions as Partial<StreamCallOptions>).parseAs === 'stream';
}

/**
 * GitHub's primary rate limit: a 403 (not a 429) with `x-ratelimit-remaining: 0`. It is a wait,
 * not a refusal: retried like a 429 when the reset comes within the retry budget.
 */
export function rateLimited(response: Response): boolean {
  return response.status === 403 && response.headers.get('x-ratelimit-remaining')?.trim() === '0';
}

/** The Request of each response and body being read (`doFetch`): they hold it, nothing else does. */
const LIVE_REQUESTS = new WeakMap<object, Request>();

/** The time limit of an attempt when neither the client nor the call sets `timeoutMs`. */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * How long the server asks to wait, in ms, or null: `Retry-After` (seconds or an HTTP date), else
 * the time until the limit resets, `RateLimit-Reset` (IETF draft: seconds) or `X-RateLimit-Reset`
 * (GitHub, Twitter: epoch seconds; others: seconds, told apart by size).
 */
export function serverWait(headers: Headers, now: number = Date.now()): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    // RFC 9110: delay-seconds (digits only: `0x10` is no number of seconds) or an HTTP-date.
    const text = retryAfter.trim();
    const ms = /^[0-9]+$/.test(text) ? Number(text) * 1000 : /^[A-Za-z]{3}, /.test(text) ? Date.parse(text) - now : NaN;
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
 * The signal of one attempt: the caller's abort, and the time limit. `headersOnly` (event streams,
 * streamed downloads) stops the clock when the response headers arrive (or the attempt fails);
 * otherwise reading the body is timed too. One controller of our own, not `AbortSignal.any`: fetch
 * holds its signal only weakly, and `any`'s signal is held only weakly by its sources, so under
 * memory pressure it could be collected mid-call and an abort never arrive (a hang seen under
 * load). Here the timer and the caller's signal hold the controller for as long as either can fire.
 */
export function timeLimit(
  ms: number,
  headersOnly: boolean,
  caller?: AbortSignal,
): { signal: AbortSignal; headersArrived(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  // A limit that covers the body outlives the call's own work: it must not keep a process alive.
  if (!headersOnly) (timer as { unref?: () => void }).unref?.();
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', () => controller.abort(caller.reason), { once: true });
  return { signal: controller.signal, headersArrived: () => headersOnly && clearTimeout(timer) };
}

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
 * Sending, for one client: its pacing (`rateLimit`) is shared by every call. `send` retries,
 * times out, paces and calls the hooks; redirects are followed by `fetchFollowing`.
 */
/** Sends one operation's request: with timeout, retries, pacing, middleware and hooks. */
export type Send = (
  op: OperationSpec,
  url: URL,
  headers: Headers,
  body: RequestBody | undefined,
  callOptions: CallOptions,
  secrets: Secrets,
) => Promise<Response>;

export function createTransport<Auth>(
  options: ClientOptions<Auth>,
  middleware: readonly Middleware[] = [],
): { send: Send } {
  const transport: Transport = {
    options: options as ClientOptions<unknown>,
    middleware,
    doFetch: fetcher(options),
    pace: pacer(options),
  };
  return {
    send: (op, url, headers, body, callOptions, secrets) =>
      sendRequest(transport, op, url, headers, body, callOptions, secrets),
  };
}

/** What one client's requests share: its options, middleware, `fetch` and pacing. */
interface Transport {
  readonly options: ClientOptions<unknown>;
  readonly middleware: readonly Middleware[];
  readonly doFetch: (request: Request, extras?: FetchOptions) => Promise<Response>;
  /** How long the next attempt waits for its turn under `rateLimit` (0 without one). */
  readonly pace: () => number;
}

/**
 * The client's `fetch` (its own, or the platform's). A Request links its own abort controller to
 * the caller's signal only weakly (undici): were the Request collected while its body is still
 * read, an abort would never reach the read (a hang seen under memory pressure). The response and
 * its body keep their Request alive.
 */
function fetcher<Auth>(options: ClientOptions<Auth>): Transport['doFetch'] {
  const fetchFunction =
    options.fetch ??
    ((request: Request, init?: FetchOptions) =>
      init === undefined ? globalThis.fetch(request) : globalThis.fetch(request, init as RequestInit));
  return async (request, extras) => {
    // Framework options (Next.js's `next`) reach fetch as its second argument; the rest are the Request's.
    const response = await (extras === undefined ? fetchFunction(request) : fetchFunction(request, extras));
    LIVE_REQUESTS.set(response, request);
    if (response.body) LIVE_REQUESTS.set(response.body, request);
    return response;
  };
}

/** The client's pacing under `rateLimit`, shared by every call. */
function pacer<Auth>(options: ClientOptions<Auth>): () => number {
  const perSecond = options.rateLimit?.requestsPerSecond;
  if (perSecond !== undefined && !(perSecond > 0 && Number.isFinite(perSecond)))
    throw new TypeError(`rateLimit.requestsPerSecond must be a positive number, not ${perSecond}`);
  let nextStart = 0;
  return () => {
    if (perSecond === undefined) return 0;
    const now = Date.now();
    const at = Math.max(now, nextStart);
    nextStart = at + 1000 / perSecond;
    return at - now;
  };
}

/** Sends one request: paced, timed out, through the middleware and hooks, retried while it may be. */
async function sendRequest(
  t: Transport,
  op: OperationSpec,
  url: URL,
  headers: Headers,
  body: RequestBody | undefined,
  callOptions: CallOptions,
  secrets: Secrets,
): Promise<Response> {
  const { options } = t;
  const signal = callOptions.signal;
  const retry = callOptions.retry ?? options.retry ?? {};
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
  const safeToRepeat = IDEMPOTENT.has(op.method) || headers.has('idempotency-key') || retry.retryNonIdempotent === true;
  for (let attempt = 1; ; attempt++) {
    const turn = t.pace();
    if (turn > 0) await wait(turn);
    const info: RequestInfo = { operation: op.id, method: op.method, url: shownUrl, headers: shownHeaders, attempt };
    await options.onRequest?.(info);
    const t0 = Date.now();
    const { response, failure } = await sendAttempt(t, op, url, headers, body, callOptions, secrets, attempt);
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

/** One attempt: the response (the middleware's, if it answers), or the failure that stopped it. */
async function sendAttempt(
  t: Transport,
  op: OperationSpec,
  url: URL,
  headers: Headers,
  body: RequestBody | undefined,
  callOptions: CallOptions,
  secrets: Secrets,
  attempt: number,
): Promise<{ response?: Response; failure?: SpecforgeRequestError }> {
  const { options, middleware } = t;
  const signal = callOptions.signal;
  // A server that never answers must not hang a call for ever: 60 s unless told (0: no limit).
  const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // An event stream may stay open for hours, and a streamed download is read after the call
  // returns: their time limit covers the wait for the response headers only. Other calls'
  // limit covers reading the body too.
  const limit = timeoutMs
    ? timeLimit(timeoutMs, op.events !== undefined || asksForStream(callOptions), signal)
    : undefined;
  const attemptSignal = limit?.signal ?? signal;
  const extras = callOptions.fetchOptions;
  // The call's fetch options first: what the client sets itself (method, headers, body, signal,
  // redirect) is never overridden by them.
  const requestInit: RequestInit = { ...(extras as RequestInit | undefined), method: op.method, headers };
  if (options.credentials) requestInit.credentials = options.credentials;
  if (body !== undefined) requestInit.body = body;
  // A stream is sent as it is read (fetch needs `duplex: 'half'` for that), and only once.
  if (isStream(body)) (requestInit as RequestInit & { duplex?: 'half' }).duplex = 'half';
  if (attemptSignal) requestInit.signal = attemptSignal;
  let through: Awaited<ReturnType<typeof requestThroughMiddleware>> | undefined;
  try {
    if (middleware.length > 0)
      through = await requestThroughMiddleware(middleware, op.id, attempt, url, requestInit, secrets);
    const sent = through ?? { url, init: requestInit };
    let response = await fetchFollowing(t, sent.url, sent.init, new Headers(sent.init.headers), secrets, extras);
    if (through) response = await responseThroughMiddleware(middleware, through.context, response);
    return { response };
  } catch (error) {
    const replaced = through ? await errorThroughMiddleware(middleware, through.context, error) : undefined;
    if (replaced) return { response: replaced };
    const kind = signal?.aborted ? 'aborted' : attemptSignal?.aborted ? 'timeout' : 'network';
    const what =
      kind === 'aborted'
        ? 'aborted by the caller'
        : kind === 'timeout'
          ? `timed out after ${timeoutMs} ms`
          : 'network error';
    const shownUrl = redactUrl(url, secrets);
    const cause = redactError(error, secrets);
    const failure = new SpecforgeRequestError(
      `${op.id}: ${what} calling ${op.method} ${shownUrl}`,
      kind,
      op.id,
      shownUrl,
      {
        cause,
      },
    );
    return { failure };
  } finally {
    limit?.headersArrived();
  }
}

/**
 * Fetches with `redirect: 'manual'` and follows redirects here, because `fetch` forwards custom
 * headers (an API key, a session cookie) to whatever origin a redirect names. A redirect to
 * another origin is followed without any credential; 303 (and 301/302 after a POST) become GETs.
 */
async function fetchFollowing(
  t: Transport,
  url: URL,
  init: RequestInit,
  headers: Headers,
  secrets: Secrets,
  extras: FetchOptions | undefined,
): Promise<Response> {
  // A browser hides a redirect's target from scripts (`manual` gives an opaque status-0 answer),
  // so there the browser follows it, under its own rules: it drops `Authorization` when the
  // origin changes, and another origin sees other headers only through CORS.
  if (inBrowser()) return t.doFetch(new Request(url, { ...init, redirect: 'follow' }), extras);
  let current = url;
  let currentInit: RequestInit = { ...init, redirect: 'manual' };
  for (let hop = 0; ; hop++) {
    const response = await t.doFetch(new Request(current, currentInit), extras);
    if (response.type === 'opaqueredirect') {
      // A browser-like runtime `inBrowser` did not recognise: let it follow, when repeating is safe.
      if (IDEMPOTENT.has(String(currentInit.method)))
        return t.doFetch(new Request(current, { ...currentInit, redirect: 'follow' }), extras);
      throw new TypeError('the server redirected, and this runtime hides where to: call the final URL');
    }
    const location = response.headers.get('location');
    const redirect = response.status >= 300 && response.status <= 399 && response.status !== 304 && location;
    if (!redirect || hop >= (t.options.maxRedirects ?? 5)) return response;
    // 307 and 308 send the body again: a stream, read once, cannot be.
    if (isStream(currentInit.body) && (response.status === 307 || response.status === 308)) return response;
    await response.body?.cancel().catch(() => undefined);
    const next = new URL(location, current);
    const nextHeaders = new Headers(headers);
    if (next.origin !== url.origin) withoutCredentials(next, nextHeaders, secrets);
    const toGet =
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && currentInit.method === 'POST');
    currentInit = { ...currentInit, headers: nextHeaders, ...(toGet ? { method: 'GET', body: null } : {}) };
    if (toGet) nextHeaders.delete('content-type');
    current = next;
  }
}

/**
 * A redirect to another origin carries no credential: sensitive and credential headers, credential query
 * parameters.
 */
function withoutCredentials(next: URL, headers: Headers, secrets: Secrets): void {
  const drop: string[] = [];
  headers.forEach((_value, name) => {
    if (SENSITIVE_HEADERS.has(name) || secrets.headers.has(name)) drop.push(name);
  });
  for (const name of drop) headers.delete(name);
  for (const k of secrets.query) if (next.searchParams.has(k)) next.searchParams.delete(k);
}
