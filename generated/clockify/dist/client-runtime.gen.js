/**
* Error text shows control characters (CR, LF, ESC, U+2028…) as `\uXXXX`: an operationId or a
* server's words in a message must not forge log lines or drive a terminal.
*/
function printable(text) {
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** Rejection of a call that got no usable HTTP response: network failure, timeout, abort, bad body. */
export class SpecforgeRequestError extends Error {
	name = "SpecforgeRequestError";
	// Fields are declared, not parameter properties: the runtimes stay erasable TypeScript
	// (`erasableSyntaxOnly`), which type-stripping tools accept.
	kind;
	operation;
	/** The request URL with credentials redacted. */
	url;
	issues;
	constructor(message, kind, operation, url, options) {
		super(printable(message), options?.cause === undefined ? undefined : { cause: options.cause });
		this.kind = kind;
		this.operation = operation;
		this.url = url;
		this.issues = options?.issues ?? [];
	}
}
/** Thrown by the paginators when a page request gets an error response. */
export class SpecforgeHttpError extends Error {
	name = "SpecforgeHttpError";
	operation;
	status;
	error;
	constructor(operation, status, error) {
		super(printable(`${operation}: HTTP ${status}`));
		this.operation = operation;
		this.status = status;
		this.error = error;
	}
}
export function createEngine(api, options = {}) {
	// Shared with the transport, which reads it on every attempt: `use` adds to it.
	const middleware = [...options.middleware ?? []];
	const engine = {
		api,
		options,
		routes: createRouting(api, options),
		send: createTransport(options, middleware).send,
		maxBytes: options.maxResponseBytes ?? 64 * 1024 * 1024
	};
	return {
		call: (operation, parts, callOptions) => callOperation(engine, operation, parts, callOptions),
		use: (...more) => void middleware.push(...more),
		baseUrlOf: engine.routes.baseFor,
		queryKeyScope: options.queryKeyScope ?? scopeOfBase(options.baseUrl ?? serverUrl(api.servers[0], options.serverVariables))
	};
}
/**
* A base URL as a cache scope: as written (a relative one is not resolved, so a server and a
* browser agree), without what may be a credential (userinfo, a query) or a trailing slash.
*/
export function scopeOfBase(base) {
	if (!URL.canParse(base)) return base.replace(/[?#].*$/s, "").replace(/\/+$/, "");
	const url = new URL(base);
	const origin = url.origin === "null" ? `${url.protocol}//${url.host}` : url.origin;
	return `${origin}${url.pathname}`.replace(/\/+$/, "");
}
function createRouting(api, options) {
	const baseUrl = absoluteBase(options.baseUrl ?? serverUrl(api.servers[0], options.serverVariables)).replace(/\/+$/, "");
	const specHost = hostOf(serverUrl(api.servers[0], options.serverVariables));
	/** An operation's own base URL; a relative one (`/upload`) is relative to the client's. */
	function operationBase(url) {
		const absolute = URL.canParse(url) || !URL.canParse(baseUrl) ? absoluteBase(url) : new URL(url, `${baseUrl}/`).href;
		return absolute.replace(/\/+$/, "");
	}
	return {
		baseUrl,
		/**
		* An operation's base URL: `operationBaseUrls` if it names one; else its own server, unless the
		* caller gave `baseUrl` and that server is on the document server's host (then it is a variant
		* of the server `baseUrl` replaces); else the client's base URL.
		*/
		baseFor({ name, spec: op }) {
			const chosen = options.operationBaseUrls?.[name];
			if (chosen !== undefined) return operationBase(chosen);
			const own = op.servers?.[0] && serverUrl(op.servers[0], options.serverVariables);
			if (!own || options.baseUrl !== undefined && hostOf(own) === specHost) return baseUrl;
			return operationBase(own);
		},
		/**
		* Whether credentials may go to `base`: the client's base URL's host, any host the spec names
		* while you keep its servers, one you chose (`operationBaseUrls`), or one `credentialHosts` lists.
		*/
		credentialsAllowed(base) {
			if (options.baseUrl === undefined) return true;
			const host = hostOf(base);
			if (host === hostOf(baseUrl) || (options.credentialHosts ?? []).includes(host)) return true;
			return Object.values(options.operationBaseUrls ?? {}).some((chosen) => hostOf(operationBase(chosen)) === host);
		}
	};
}
/**
* The URL and headers of a request: path, query, header and cookie parameters, credentials (read
* again on every call, so a credential function can refresh a token), the call's own headers.
* Credentials end up in `secrets`, which errors and hooks redact.
*/
async function prepareRequest(engine, op, base, parts, callOptions, secrets) {
	const { options } = engine;
	if (!URL.canParse(base)) {
		throw new TypeError(`${op.id}: the base URL ${JSON.stringify(base || "/")} is not absolute; pass baseUrl to createClient`);
	}
	const url = new URL(base + buildPath(op, parts.path ?? {}));
	appendQuery(url, op, parts.query);
	const headers = new Headers();
	// A header fetch refuses (trySet) is a request error naming it, before anything is sent.
	const setHeader = (name, value, what, target = headers) => setOrRefuse(target, name, value, op, () => redactUrl(url, secrets), () => `${what} ${JSON.stringify(name)} cannot be sent: a header is Latin-1 text without line breaks`);
	for (const [k, v] of Object.entries(options.headers ?? {})) setHeader(k, v, "client header");
	for (const p of op.params) {
		const value = p.in === "header" ? own(parts.headers, p.name) : undefined;
		if (value !== undefined && value !== null) setHeader(p.name, serializeSimple(value, p.explode, p.json), "header parameter");
	}
	setIdempotencyKey(op, headers);
	const callHeaders = new Headers();
	for (const [k, v] of Object.entries(callOptions.headers ?? {})) setHeader(k, v, "header", callHeaders);
	const cookies = op.params.filter((p) => p.in === "cookie" && own(parts.cookies, p.name) !== undefined).flatMap((p) => cookiePairs(p, own(parts.cookies, p.name)));
	// Credentials go to the base URL's host; a host of the spec's own choosing (an operation's
	// server elsewhere) after you moved `baseUrl` gets them only when `credentialHosts` names it.
	const trusted = engine.routes.credentialsAllowed(base);
	const auth = await applyAuth(op, engine.api.securitySchemes, trusted ? options.auth ?? {} : {}, {
		headers,
		callHeaders,
		url,
		cookies,
		browserCookies: inBrowser() && options.credentials !== "omit"
	}, secrets);
	if (auth) {
		const why = trusted ? auth : `its server ${url.host} is not the host of baseUrl, and credentials go there only when ` + `createClient({ credentialHosts }) lists it`;
		throw new SpecforgeRequestError(`${op.id}: ${why}`, "auth", op.id, redactUrl(url, secrets));
	}
	if (cookies.length) headers.set("cookie", cookies.join("; "));
	callHeaders.forEach((v, k) => headers.set(k, v));
	if (!headers.has("accept")) headers.set("accept", acceptFor(op));
	return {
		url,
		headers
	};
}
/**
* An operation that takes an idempotency key (Svix, Adyen, Mastodon…) gets one per call, kept
* across its retries, so the server runs a retried POST once; `send` then retries it safely.
*/
function setIdempotencyKey(op, headers) {
	const keyParam = op.params.find((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key");
	const randomUUID = globalThis.crypto?.randomUUID;
	if (keyParam && !IDEMPOTENT.has(op.method) && !headers.has(keyParam.name) && randomUUID) {
		headers.set(keyParam.name, randomUUID.call(globalThis.crypto));
	}
}
/** The `Accept` header an operation sends when the call sets none. */
function acceptFor(op) {
	if (op.events === "lines") {
		return "application/x-ndjson, application/jsonl, application/json-seq, application/json;q=0.9, */*;q=0.8";
	}
	if (op.events) return "text/event-stream, application/json;q=0.9, */*;q=0.8";
	return op.accept ?? "application/json, */*;q=0.8";
}
/** One call: the request built and checked, sent, and its response read, checked and transformed. */
async function callOperation(engine, operation, parts = {}, callOptions = {}) {
	const { spec: op, validators } = operation;
	const secrets = new Secrets();
	const base = engine.routes.baseFor(operation);
	if (engine.options.validate?.request) {
		const issues = parameterIssues(op, validators, parts);
		if (issues.length) {
			throw new SpecforgeRequestError(`${op.id}: invalid request parameters: ${describeIssues(issues)}`, "invalid-request", op.id, `${base}${op.path}`, { issues });
		}
	}
	const { url, headers } = await prepareRequest(engine, op, base, parts, callOptions, secrets);
	const body = encodeRequest(engine, operation, parts, url, headers, secrets);
	const response = await engine.send(op, url, headers, body, callOptions, secrets);
	// The declared headers are read once: their values for the result, their issues for validation.
	const declared = readHeaders(op, response);
	if (asksForStream(callOptions) && response.status >= 200 && response.status < 300) {
		const data = response.body ?? new ReadableStream({ start: (controller) => controller.close() });
		return {
			status: response.status,
			data,
			response,
			headers: declared.values
		};
	}
	const exchange = {
		engine,
		operation,
		url,
		secrets,
		response,
		declared
	};
	// The entry names `streamedResult` when its operation streams: a program with no such operation
	// does not bundle the stream readers (a sixth of the runtime).
	const stream = op.events && operation.streamed ? streamOf(response) : undefined;
	if (stream === "events" || stream === "lines" && op.events === "lines") {
		return operation.streamed(exchange, stream === "lines", base, parts, callOptions);
	}
	return checkedResult(exchange);
}
/** A body the chosen media type cannot carry: a request error, naming a multipart type the operation takes. */
function bodyRefusal(op, where) {
	return (reason) => {
		const multipart = [op.body, ...op.bodies ?? []].find((b) => b?.kind === "multipart");
		const hint = multipart ? `: send it as ${multipart.mediaType} (contentType)` : "";
		throw new SpecforgeRequestError(`${op.id}: ${reason}${hint}`, "invalid-request", op.id, where());
	};
}
/** The request body, encoded for its media type (and checked, with `validate.request`); its `Content-Type` set. */
function encodeRequest(engine, { spec: op, validators }, parts, url, headers, secrets) {
	const chosen = bodySpecFor(op, parts.contentType, () => redactUrl(url, secrets));
	if (!chosen || parts.body === undefined) return undefined;
	const check = chosen === op.body ? validators?.request : own(validators?.requests, chosen.mediaType);
	if (engine.options.validate?.request && check) {
		const issues = check(parts.body, "strict");
		if (issues.length) {
			throw new SpecforgeRequestError(`${op.id}: invalid request body: ${describeIssues(issues)}`, "invalid-request", op.id, redactUrl(url, secrets), { issues });
		}
	}
	const refuse = bodyRefusal(op, () => redactUrl(url, secrets));
	const body = encodeBody(chosen, parts.body, refuse);
	// A media type fetch refuses in a header (a line break: the spec's text is data) is a request error.
	if (chosen.kind !== "multipart") setOrRefuse(headers, "content-type", chosen.mediaType, op, () => redactUrl(url, secrets), () => `the media type ${JSON.stringify(chosen.mediaType)} cannot be sent as a Content-Type header`);
	return body;
}
/** `validate.onMismatch`'s report of a part that does not match, when the option is set. */
function reportMismatch(x, part, issues) {
	const op = x.operation.spec;
	x.engine.options.validate?.onMismatch?.({
		operation: op.id,
		method: op.method,
		url: redactUrl(x.url, x.secrets),
		status: x.response.status,
		part,
		issues
	});
}
/**
* An event stream or JSON lines: each event (or line) checked and transformed as it arrives, never
* read whole. Reached through the `streamed` of a streaming operation's entry, not called here.
*/
export function streamedResult(x, lines, base, parts, callOptions) {
	const { engine, operation, url, secrets, response } = x;
	const op = operation.spec;
	const mode = engine.options.validate?.response;
	const validator = mode ? pickByStatus(operation.validators?.events, response.status) : undefined;
	const transform = pickByStatus(operation.eventTransforms, response.status);
	const check = (data) => {
		const issues = validator ? validator(data, mode === "lenient" ? "lenient" : "strict") : [];
		if (issues.length && engine.options.validate?.onMismatch) reportMismatch(x, "event", issues);
		else if (issues.length) {
			throw new SpecforgeRequestError(`${op.id}: event does not match the spec: ${describeIssues(issues)}`, "invalid-response", op.id, redactUrl(url, secrets), { issues });
		}
		return transform ? transform(data) : data;
	};
	const signal = callOptions.signal;
	const events = {
		kind: op.events === "text" || op.events === "named" ? op.events : "json",
		...op.jsonEvents ? { jsonEvents: new Set(op.jsonEvents) } : {},
		maxBytes: engine.maxBytes,
		check,
		fail: (why) => new SpecforgeRequestError(`${op.id}: ${why}`, "invalid-response", op.id, redactUrl(url, secrets)),
		broken: (cause) => new SpecforgeRequestError(`${op.id}: ${signal?.aborted ? "aborted by the caller" : "the event stream broke"}`, signal?.aborted ? "aborted" : "network", op.id, redactUrl(url, secrets), { cause: redactError(cause, secrets) })
	};
	const reconnect = engine.options.events?.reconnect && op.method === "GET" && !lines ? reconnection(engine, op, base, parts, callOptions, secrets) : undefined;
	return {
		status: response.status,
		data: lines ? readLines(response, events) : eventStream(response, events, reconnect),
		response,
		headers: x.declared.values
	};
}
/**
* A whole response: read, checked with `validate.response` (a success status the spec does not
* declare against every declared success), reported or turned into an error on a mismatch, and
* transformed (`dates: 'Date'`).
*/
async function checkedResult(x) {
	const { engine, operation, url, secrets, response, declared } = x;
	const op = operation.spec;
	const result = {
		...await readResult(op, response, url, secrets, engine.maxBytes),
		headers: declared.values
	};
	const mode = engine.options.validate?.response;
	let transform = pickByStatus(operation.transforms, response.status);
	if (mode && result.error === undefined) {
		const validators = operation.validators;
		const keys = statusKeys(validators?.responses, response.status);
		let issues = [];
		for (const [i, key] of keys.entries()) {
			const found = validators.responses[key](result.data, mode === "lenient" ? "lenient" : "strict");
			if (found.length === 0) {
				issues = [];
				transform ??= operation.transforms?.[key];
				break;
			}
			if (i === 0) issues = found;
		}
		const mismatch = issues.length ? {
			what: "response body does",
			issues
		} : declared.issues.length ? {
			what: "response headers do",
			issues: declared.issues
		} : undefined;
		if (engine.options.validate?.onMismatch) {
			// Monitoring: every part that does not match is reported, and the response goes through.
			if (issues.length) reportMismatch(x, "body", issues);
			if (declared.issues.length) reportMismatch(x, "headers", declared.issues);
		} else if (mismatch) {
			return {
				status: response.status,
				error: {
					message: `${mismatch.what} not match the spec: ${describeIssues(mismatch.issues)}`,
					issues: mismatch.issues
				},
				response,
				headers: result.headers
			};
		}
	}
	if (transform && result.error === undefined) return {
		...result,
		data: transform(result.data)
	};
	if (transform) return {
		...result,
		error: transform(result.error)
	};
	return result;
}
/**
* How a GET event stream is opened again (ClientOptions.events.reconnect). Fresh credentials join
* the call's `secrets`, so errors of the whole stream stay redacted.
*/
function reconnection(engine, op, base, parts, callOptions, secrets) {
	return {
		retryMs: engine.options.events?.retryMs ?? 3e3,
		maxReconnects: engine.options.events?.maxReconnects ?? 10,
		signal: callOptions.signal,
		async open(lastEventId) {
			const { url, headers } = await prepareRequest(engine, op, base, parts, callOptions, secrets);
			// The stream's own last ID wins over one the caller resumed from; an empty `id:` resets it,
			// and then none is sent (as EventSource does). Header values are bytes: the ID goes as UTF-8.
			if (lastEventId === "") headers.delete("last-event-id");
			else if (lastEventId !== undefined) headers.set("last-event-id", Array.from(new TextEncoder().encode(lastEventId), (b) => String.fromCharCode(b)).join(""));
			const response = await engine.send(op, url, headers, undefined, callOptions, secrets);
			if (streamOf(response) === "events") return response;
			if (response.status === 204) {
				await response.body?.cancel().catch(() => undefined);
				return undefined;
			}
			const result = await readResult(op, response, url, secrets, engine.maxBytes);
			throw new SpecforgeHttpError(op.id, response.status, result.error ?? result.data);
		}
	};
}
/**
* The client object: a method per operation that calls the engine, and a `paginate` method for
* each operation that pages. Generated code declares the precise `Client` type; the
* bodies are all alike, so they are made here from the table rather than written out per
* operation (which cost the user's tsc ~60 ms on a 200-operation spec). Method names come from the
* planner, which never hands out prototype members.
*/
export function clientOf(operations, engine) {
	const client = {};
	const paginate = {};
	for (const operation of operations) {
		client[operation.name] = (request, options) => engine.call(operation, request, options);
		if (operation.spec.pagination) paginate[operation.name] = (request, options) => paginator(engine, operation, request, options);
	}
	client["paginate"] = paginate;
	client["queryKeyScope"] = engine.queryKeyScope;
	client["use"] = (...middleware) => {
		engine.use(...middleware);
		return client;
	};
	return client;
}
/**
* Sending: retries, time limits, pacing, hooks, and redirects followed without leaking
* credentials.
*/
// QUERY (OpenAPI 3.2, RFC 9110's safe, idempotent query with a body) is retried like GET.
export const IDEMPOTENT = new Set([
	"GET",
	"HEAD",
	"OPTIONS",
	"PUT",
	"DELETE",
	"TRACE",
	"QUERY"
]);
/** A page or a web worker: where `fetch` hides redirects (Node, Deno, Bun and edge runtimes do not). */
export function inBrowser() {
	const g = globalThis;
	return typeof g.document === "object" || typeof g.WorkerGlobalScope === "function";
}
/** A request body that is a stream: sent as it is read, so it cannot be sent twice. */
export function isStream(body) {
	return typeof ReadableStream !== "undefined" && body instanceof ReadableStream;
}
/** Whether a call asked for its success body as a stream (`StreamCallOptions`). */
export function asksForStream(callOptions) {
	return callOptions.parseAs === "stream";
}
/**
* GitHub's primary rate limit: a 403 (not a 429) with `x-ratelimit-remaining: 0`. It is a wait,
* not a refusal: retried like a 429 when the reset comes within the retry budget.
*/
export function rateLimited(response) {
	return response.status === 403 && response.headers.get("x-ratelimit-remaining")?.trim() === "0";
}
/** The Request of each response and body being read (`doFetch`): they hold it, nothing else does. */
const LIVE_REQUESTS = new WeakMap();
/** The time limit of an attempt when neither the client nor the call sets `timeoutMs`. */
const DEFAULT_TIMEOUT_MS = 6e4;
/**
* How long the server asks to wait, in ms, or null: `Retry-After` (seconds or an HTTP date), else
* the time until the limit resets, `RateLimit-Reset` (IETF draft: seconds) or `X-RateLimit-Reset`
* (GitHub, Twitter: epoch seconds; others: seconds, told apart by size).
*/
export function serverWait(headers, now = Date.now()) {
	const retryAfter = headers.get("retry-after");
	if (retryAfter !== null) {
		// RFC 9110: delay-seconds (digits only: `0x10` is no number of seconds) or an HTTP-date.
		const text = retryAfter.trim();
		const ms = /^[0-9]+$/.test(text) ? Number(text) * 1e3 : /^[A-Za-z]{3}, /.test(text) ? Date.parse(text) - now : NaN;
		if (Number.isFinite(ms)) return Math.max(ms, 0);
	}
	for (const name of ["ratelimit-reset", "x-ratelimit-reset"]) {
		const value = headers.get(name)?.trim();
		const n = value ? Number(value) : Number.NaN;
		if (!Number.isFinite(n) || n < 0) continue;
		return Math.max(n > 1e9 ? n * 1e3 - now : n * 1e3, 0);
	}
	return null;
}
/** Backoff with full jitter, or the wait the server asks for (`serverWait`), capped by `maxDelayMs`. */
export function nextDelay(attempt, retry, serverMs, random = Math.random) {
	const max = retry.maxDelayMs ?? 3e4;
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
export function timeLimit(ms, headersOnly, caller) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, "TimeoutError")), ms);
	// A limit that covers the body outlives the call's own work: it must not keep a process alive.
	if (!headersOnly) timer.unref?.();
	if (caller?.aborted) controller.abort(caller.reason);
	else caller?.addEventListener("abort", () => controller.abort(caller.reason), { once: true });
	return {
		signal: controller.signal,
		headersArrived: () => headersOnly && clearTimeout(timer)
	};
}
export function sleep(ms, signal) {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
export function createTransport(options, middleware = []) {
	const transport = {
		options,
		middleware,
		doFetch: fetcher(options),
		pace: pacer(options)
	};
	return { send: (op, url, headers, body, callOptions, secrets) => sendRequest(transport, op, url, headers, body, callOptions, secrets) };
}
/**
* The client's `fetch` (its own, or the platform's). A Request links its own abort controller to
* the caller's signal only weakly (undici): were the Request collected while its body is still
* read, an abort would never reach the read (a hang seen under memory pressure). The response and
* its body keep their Request alive.
*/
function fetcher(options) {
	const fetchFunction = options.fetch ?? ((request, init) => init === undefined ? globalThis.fetch(request) : globalThis.fetch(request, init));
	return async (request, extras) => {
		// Framework options (Next.js's `next`) reach fetch as its second argument; the rest are the Request's.
		const response = await (extras === undefined ? fetchFunction(request) : fetchFunction(request, extras));
		LIVE_REQUESTS.set(response, request);
		if (response.body) LIVE_REQUESTS.set(response.body, request);
		return response;
	};
}
/** The client's pacing under `rateLimit`, shared by every call. */
function pacer(options) {
	const perSecond = options.rateLimit?.requestsPerSecond;
	if (perSecond !== undefined && !(perSecond > 0 && Number.isFinite(perSecond))) throw new TypeError(`rateLimit.requestsPerSecond must be a positive number, not ${perSecond}`);
	let nextStart = 0;
	return () => {
		if (perSecond === undefined) return 0;
		const now = Date.now();
		const at = Math.max(now, nextStart);
		nextStart = at + 1e3 / perSecond;
		return at - now;
	};
}
/** Sends one request: paced, timed out, through the middleware and hooks, retried while it may be. */
async function sendRequest(t, op, url, headers, body, callOptions, secrets) {
	const { options } = t;
	const signal = callOptions.signal;
	const retry = callOptions.retry ?? options.retry ?? {};
	const retries = retry.retries ?? 2;
	const started = Date.now();
	const shownUrl = redactUrl(url, secrets);
	const shownHeaders = redactHeaders(headers, secrets);
	// Waits of the client's own (pacing, backoff) end with the same error as an aborted fetch.
	const wait = (ms) => sleep(ms, signal).catch((cause) => {
		throw new SpecforgeRequestError(`${op.id}: aborted by the caller`, "aborted", op.id, shownUrl, { cause });
	});
	// A request the server will not run twice: an idempotent method, or one with an idempotency key.
	const safeToRepeat = IDEMPOTENT.has(op.method) || headers.has("idempotency-key") || retry.retryNonIdempotent === true;
	for (let attempt = 1;; attempt++) {
		const turn = t.pace();
		if (turn > 0) await wait(turn);
		const info = {
			operation: op.id,
			method: op.method,
			url: shownUrl,
			headers: shownHeaders,
			attempt
		};
		await options.onRequest?.(info);
		const t0 = Date.now();
		const { response, failure } = await sendAttempt(t, op, url, headers, body, callOptions, secrets, attempt);
		if (response) await options.onResponse?.({
			...info,
			status: response.status,
			durationMs: Date.now() - t0
		});
		else if (failure) await options.onError?.({
			...info,
			error: failure
		});
		const retryable = response ? response.status === 429 || response.status === 503 || rateLimited(response) || response.status >= 500 && safeToRepeat : failure?.kind !== "aborted" && safeToRepeat;
		if (attempt > retries || !retryable || isStream(body)) {
			if (response) return response;
			throw failure;
		}
		// A server that asks for a longer wait than `maxDelayMs` (a rate limit resetting in an hour) gets
		// its answer back to the caller now, rather than an early retry it would refuse again.
		const asked = response ? serverWait(response.headers) : null;
		if (response && asked !== null && asked > (retry.maxDelayMs ?? 3e4)) return response;
		const delay = nextDelay(attempt, retry, asked);
		if (Date.now() + delay - started > (retry.maxElapsedMs ?? 6e4)) {
			if (response) return response;
			throw failure;
		}
		await response?.body?.cancel().catch(() => undefined);
		await wait(delay);
	}
}
/** One attempt: the response (the middleware's, if it answers), or the failure that stopped it. */
async function sendAttempt(t, op, url, headers, body, callOptions, secrets, attempt) {
	const { options, middleware } = t;
	const signal = callOptions.signal;
	// A server that never answers must not hang a call for ever: 60 s unless told (0: no limit).
	const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	// An event stream may stay open for hours, and a streamed download is read after the call
	// returns: their time limit covers the wait for the response headers only. Other calls'
	// limit covers reading the body too.
	const limit = timeoutMs ? timeLimit(timeoutMs, op.events !== undefined || asksForStream(callOptions), signal) : undefined;
	const attemptSignal = limit?.signal ?? signal;
	const extras = callOptions.fetchOptions;
	// The call's fetch options first: what the client sets itself (method, headers, body, signal,
	// redirect) is never overridden by them.
	const requestInit = {
		...extras,
		method: op.method,
		headers
	};
	if (options.credentials) requestInit.credentials = options.credentials;
	if (body !== undefined) requestInit.body = body;
	// A stream is sent as it is read (fetch needs `duplex: 'half'` for that), and only once.
	if (isStream(body)) requestInit.duplex = "half";
	if (attemptSignal) requestInit.signal = attemptSignal;
	let through;
	try {
		if (middleware.length > 0) through = await requestThroughMiddleware(middleware, op.id, attempt, url, requestInit, secrets);
		const sent = through ?? {
			url,
			init: requestInit
		};
		let response = await fetchFollowing(t, sent.url, sent.init, new Headers(sent.init.headers), secrets, extras);
		if (through) response = await responseThroughMiddleware(middleware, through.context, response);
		return { response };
	} catch (error) {
		const replaced = through ? await errorThroughMiddleware(middleware, through.context, error) : undefined;
		if (replaced) return { response: replaced };
		const kind = signal?.aborted ? "aborted" : attemptSignal?.aborted ? "timeout" : "network";
		const what = kind === "aborted" ? "aborted by the caller" : kind === "timeout" ? `timed out after ${timeoutMs} ms` : "network error";
		const shownUrl = redactUrl(url, secrets);
		const cause = redactError(error, secrets);
		const failure = new SpecforgeRequestError(`${op.id}: ${what} calling ${op.method} ${shownUrl}`, kind, op.id, shownUrl, { cause });
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
async function fetchFollowing(t, url, init, headers, secrets, extras) {
	// A browser hides a redirect's target from scripts (`manual` gives an opaque status-0 answer),
	// so there the browser follows it, under its own rules: it drops `Authorization` when the
	// origin changes, and another origin sees other headers only through CORS.
	if (inBrowser()) return t.doFetch(new Request(url, {
		...init,
		redirect: "follow"
	}), extras);
	let current = url;
	let currentInit = {
		...init,
		redirect: "manual"
	};
	for (let hop = 0;; hop++) {
		const response = await t.doFetch(new Request(current, currentInit), extras);
		if (response.type === "opaqueredirect") {
			// A browser-like runtime `inBrowser` did not recognise: let it follow, when repeating is safe.
			if (IDEMPOTENT.has(String(currentInit.method))) return t.doFetch(new Request(current, {
				...currentInit,
				redirect: "follow"
			}), extras);
			throw new TypeError("the server redirected, and this runtime hides where to: call the final URL");
		}
		const location = response.headers.get("location");
		const redirect = response.status >= 300 && response.status <= 399 && response.status !== 304 && location;
		if (!redirect || hop >= (t.options.maxRedirects ?? 5)) return response;
		// 307 and 308 send the body again: a stream, read once, cannot be.
		if (isStream(currentInit.body) && (response.status === 307 || response.status === 308)) return response;
		await response.body?.cancel().catch(() => undefined);
		const next = new URL(location, current);
		const nextHeaders = new Headers(headers);
		if (next.origin !== url.origin) withoutCredentials(next, nextHeaders, secrets);
		const toGet = response.status === 303 || (response.status === 301 || response.status === 302) && currentInit.method === "POST";
		currentInit = {
			...currentInit,
			headers: nextHeaders,
			...toGet ? {
				method: "GET",
				body: null
			} : {}
		};
		if (toGet) nextHeaders.delete("content-type");
		current = next;
	}
}
/**
* A redirect to another origin carries no credential: sensitive and credential headers, credential query
* parameters.
*/
function withoutCredentials(next, headers, secrets) {
	const drop = [];
	headers.forEach((_value, name) => {
		if (SENSITIVE_HEADERS.has(name) || secrets.headers.has(name)) drop.push(name);
	});
	for (const name of drop) headers.delete(name);
	for (const k of secrets.query) if (next.searchParams.has(k)) next.searchParams.delete(k);
}
/**
* Writing a request: server URLs, path, query and cookie parameters by their `style`/`explode`,
* and bodies by media type.
*/
/**
* A caller's value by a spec's name, own properties only: a parameter called `constructor` or
* `toString` must not pick up Object.prototype's.
*/
export function own(values, name) {
	return values !== undefined && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}
/**
* Specs often name a relative server (`/api/v3`; no `servers` at all means `/`). In a browser that
* resolves against the page, as the spec intends; elsewhere it stays relative, and a call asks for
* an absolute `baseUrl`.
*/
export function absoluteBase(base) {
	if (URL.canParse(base)) return base;
	const page = globalThis.location?.href;
	return typeof page === "string" && URL.canParse(base || "/", page) ? new URL(base || "/", page).href : base;
}
/** The host a server URL names ('' for a relative one; the generator's servers.ts decides alike). */
export function hostOf(url) {
	return URL.canParse(url, "http://relative.invalid/") ? new URL(url, "http://relative.invalid/").host.replace("relative.invalid", "") : "";
}
/** A server's URL with its variables filled in (the caller's values, else the defaults). */
export function serverUrl(server, variables) {
	if (!server) return "";
	return server.url.replace(/\{([^}]+)\}/g, (_, name) => variables?.[name] ?? server.variables[name] ?? "");
}
/** Percent-encodes all but RFC 3986 unreserved characters (and `$`, which some APIs' parameter names start with). */
export function encodeComponent(value, allowReserved = false) {
	const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	if (!allowReserved) return encoded;
	return encoded.replace(/%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (m) => decodeURIComponent(m));
}
export function encodeName(name) {
	return encodeComponent(name).replace(/%24/g, "$");
}
export function primitive(value) {
	if (value instanceof Date) return value.toISOString();
	// An object where a style has no place for one (an array item): JSON keeps its content.
	if (typeof value === "object" && value !== null) return JSON.stringify(value);
	return String(value);
}
/** `simple` style (path and header): `a,b` / `k,v,k2,v2` / exploded `k=v,k2=v2`. */
export function serializeSimple(value, explode, json, encode = (s) => s) {
	if (json) return encode(JSON.stringify(value));
	if (Array.isArray(value)) return value.map((v) => encode(primitive(v))).join(",");
	if (typeof value === "object" && value !== null && !(value instanceof Date)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		return entries.map(([k, v]) => explode ? `${encode(k)}=${encode(primitive(v))}` : `${encode(k)},${encode(primitive(v))}`).join(",");
	}
	return encode(primitive(value));
}
/**
* The `name=value` pairs of an exploded list or object (RFC 6570's `*`): a list repeats the name,
* an object's keys name their own pairs. Undefined for any other value, which is one pair.
*/
function explodedPairs(key, value, encodeKey, encode) {
	if (Array.isArray(value)) return value.map((v) => [key, encode(primitive(v))]);
	if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
	return Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [encodeKey(k), encode(primitive(v))]);
}
/**
* `matrix` style (RFC 6570 `{;name}`, `{;name*}`): `;id=3,4,5`, exploded `;id=3;id=4;id=5`; an
* object `;id=role,admin`, exploded `;role=admin`; an empty value is the bare `;id`.
*/
export function serializeMatrix(name, value, explode, json, encode) {
	const key = encodeName(name);
	const exploded = explode && !json ? explodedPairs(key, value, encodeName, encode) : undefined;
	const pairs = exploded ?? [[key, serializeSimple(value, false, json, encode)]];
	return pairs.map(([k, v]) => v === "" ? `;${k}` : `;${k}=${v}`).join("");
}
/**
* A cookie parameter's `name=value` pairs. OpenAPI 3.2's `cookie` style, as its style table writes
* it: `ids=1,2`, exploded `ids=1; ids=2`, an exploded object `a=x; b=2`; only what RFC 6265 does not
* allow in a cookie value is percent-encoded (a `;` in a value must not start another cookie). The
* `form` style of earlier versions (the default) sends one pair, its value percent-encoded whole.
*/
export function cookiePairs(p, value) {
	const name = encodeCookieOctets(p.name);
	if (p.style !== "cookie") return [`${name}=${encodeURIComponent(serializeSimple(value, false, p.json))}`];
	const enc = encodeCookieOctets;
	const exploded = p.explode && !p.json ? explodedPairs(name, value, enc, enc) : undefined;
	const pairs = exploded ?? [[name, serializeSimple(value, false, p.json, enc)]];
	return pairs.map(([k, v]) => `${k}=${v}`);
}
/** Percent-encodes what RFC 6265's cookie-octet excludes: controls, space, `"`, `,`, `;`, `\`, `%` and non-ASCII. */
function encodeCookieOctets(text) {
	return text.replace(/[^\x21\x23\x24\x26-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]/gu, (c) => encodeURIComponent(c));
}
/** Fills the path template; every value is percent-encoded so it stays one segment. */
export function buildPath(op, values) {
	const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => {
		const p = op.params.find((q) => q.in === "path" && q.name === name);
		const value = own(values, name);
		if (value === undefined || value === null) throw new SpecforgeRequestError(`${op.id}: missing path parameter ${name}`, "invalid-request", op.id, op.path);
		// A value that spans segments (`{+name}`, a resource name `projects/p1`) keeps its slashes; each
		// piece between them must still be a segment of its own, never `..`.
		if (p?.allowReserved) return spanningValue(op, name, value);
		const enc = (s) => encodeComponent(s);
		if (p?.style === "label") return `.${serializeSimple(value, p.explode, p.json, enc).replace(/,/g, p.explode ? "." : ",")}`;
		if (p?.style === "matrix") return serializeMatrix(name, value, p.explode, p.json, enc);
		return serializeSimple(value, p?.explode ?? false, p?.json, enc);
	});
	// A value that empties a segment, or makes it `.` or `..` (which URLs resolve, `%2e` included),
	// would send the call to another path: `deleteUser({ path: { userId: '..' } })` to the collection.
	const template = op.path.split("/");
	path.split("/").forEach((segment, i) => {
		if (template[i]?.includes("{") && /^((\.|%2e){1,2})?$/i.test(segment)) throw new SpecforgeRequestError(`${op.id}: path parameter value ${JSON.stringify(segment)} in ${template[i]} would change the request's path`, "invalid-request", op.id, op.path);
	});
	return path;
}
/** A path parameter's value whose slashes are sent as they are, every piece between them checked. */
function spanningValue(op, name, value) {
	const pieces = serializeSimple(value, false, undefined, (s) => s).split("/").map((piece) => encodeComponent(piece));
	if (pieces.some((piece) => /^((\.|%2e){1,2})?$/i.test(piece))) throw new SpecforgeRequestError(`${op.id}: path parameter ${name} has an empty, \`.\` or \`..\` segment, which would change the request's path`, "invalid-request", op.id, op.path);
	return pieces.join("/");
}
/** Query serialisation by `style`/`explode`: form, spaceDelimited, pipeDelimited, deepObject. */
export function appendQuery(url, op, given) {
	// A `querystring` parameter given as text (a string, or JSON) is the whole query.
	if (op.querystring === "text") {
		const text = given === undefined || given === null ? "" : typeof given === "string" ? given : JSON.stringify(given);
		if (text) url.search = encodeComponent(text);
		return;
	}
	const values = given ?? {};
	const pairs = [];
	for (const p of op.params) if (p.in === "query") formPairs(pairs, p.name, own(values, p.name), p);
	// Keys the spec does not declare (a next link's own cursor, a parameter the spec forgot) go too.
	for (const name of Object.keys(values)) {
		if (!op.params.some((p) => p.in === "query" && p.name === name)) formPairs(pairs, name, values[name], FORM_DEFAULT);
	}
	if (pairs.length) url.search = pairs.join("&");
}
/** The `name=value` pairs of one query parameter or form body property, percent-encoded. */
export function formPairs(pairs, name, value, how) {
	if (value === undefined || value === null) return;
	const enc = (s) => encodeComponent(s, how.allowReserved);
	const key = encodeName(name);
	if (how.json) pairs.push(`${key}=${enc(JSON.stringify(value))}`);
	else if (how.style === "deepObject" && typeof value === "object" && !(value instanceof Date)) deepObjectPairs(pairs, key, value, enc);
	else if (Array.isArray(value)) {
		if (how.explode && how.style === "form") for (const v of value) pairs.push(`${key}=${enc(primitive(v))}`);
		else {
			const sep = how.style === "spaceDelimited" ? "%20" : how.style === "pipeDelimited" ? "|" : ",";
			pairs.push(`${key}=${value.map((v) => enc(primitive(v))).join(sep)}`);
		}
	} else if (typeof value === "object" && !(value instanceof Date)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		// An exploded object's list property repeats its name, as an exploded list does (Spring's
		// `Pageable`: `sort=name,asc&sort=id,desc`); OpenAPI leaves it undefined, JSON no server reads.
		if (how.explode) for (const [k, v] of entries) for (const item of Array.isArray(v) ? v : [v]) pairs.push(`${encodeName(k)}=${enc(primitive(item))}`);
		else pairs.push(`${key}=${entries.map(([k, v]) => `${enc(k)},${enc(primitive(v))}`).join(",")}`);
	} else pairs.push(`${key}=${enc(primitive(value))}`);
}
/**
* `deepObject`: `name[key]=value`. OpenAPI defines one level; deeper objects and arrays nest the
* way qs, Rails and PHP write and read them (`items[0][price]=…`), which is what Stripe expects.
* A null inside is sent empty (Stripe's way to unset a key); undefined is left out.
*/
export function deepObjectPairs(pairs, key, value, enc) {
	if (value === undefined) return;
	if (Array.isArray(value)) value.forEach((v, i) => deepObjectPairs(pairs, `${key}%5B${i}%5D`, v, enc));
	else if (typeof value === "object" && value !== null && !(value instanceof Date)) {
		for (const [k, v] of Object.entries(value)) deepObjectPairs(pairs, `${key}%5B${encodeName(k)}%5D`, v, enc);
	} else pairs.push(`${key}=${value === null ? "" : enc(primitive(value))}`);
}
/** A form body property the spec says nothing about: arrays repeat the name, objects go as JSON. */
export const FORM_DEFAULT = {
	style: "form",
	explode: true
};
export const FORM_JSON = {
	style: "form",
	explode: true,
	json: true
};
/** How the spec's `encoding` says to write a body property; own keys only (`toString` is data). */
export function encodingOf(body, key) {
	return own(body.encoding, key);
}
/**
* The body's media type a call asks for (`contentType`), or the spec's first choice; a media type
* the operation does not accept is a request error listing those it does.
*/
export function bodySpecFor(op, contentType, where) {
	if (contentType === undefined || !op.body) return op.body;
	const wanted = contentType.toLowerCase();
	const all = [op.body, ...op.bodies ?? []];
	const found = all.find((b) => b.mediaType.toLowerCase() === wanted);
	if (found) return found;
	const accepted = all.map((b) => b.mediaType).join(", ");
	throw new SpecforgeRequestError(`${op.id}: contentType ${JSON.stringify(contentType)} is not one the operation accepts: ${accepted}`, "invalid-request", op.id, where());
}
/**
* The request body as `fetch` takes it. `refuse` is called (and throws) for a value the media
* type cannot carry: a file in a form body, which would go as `{}`, its bytes lost.
*/
export function encodeBody(body, value, refuse) {
	const kind = body.kind;
	if (kind === "json") return JSON.stringify(value);
	if (kind === "lines") return (Array.isArray(value) ? value : [value]).map((v) => `${JSON.stringify(v)}\n`).join("");
	if (kind === "text") return String(value);
	if (kind === "form") {
		const pairs = [];
		for (const [k, v] of Object.entries(value)) {
			if (v instanceof Blob || Array.isArray(v) && v.some((item) => item instanceof Blob)) refuse(`body property ${JSON.stringify(k)} holds a file (Blob), which ${body.mediaType} cannot carry`);
			const how = encodingOf(body, k);
			const isObject = typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
			formPairs(pairs, k, v, how ?? (isObject ? FORM_JSON : FORM_DEFAULT));
		}
		// Spaces as `+`, as a browser's form submission and URLSearchParams write them.
		return pairs.join("&").replace(/%20/g, "+");
	}
	if (kind === "multipart") {
		const form = new FormData();
		for (const [k, v] of Object.entries(value)) {
			if (v === undefined) continue;
			// A part the spec types as JSON goes with that content type (a Spring `@RequestPart` needs it),
			// which FormData can only give a file part.
			if (encodingOf(body, k)?.json) {
				form.append(k, new Blob([JSON.stringify(v)], { type: "application/json" }));
				continue;
			}
			for (const item of Array.isArray(v) ? v : [v]) {
				if (item instanceof Blob) form.append(k, item);
				else form.append(k, typeof item === "object" && item !== null ? JSON.stringify(item) : primitive(item));
			}
		}
		return form;
	}
	return value;
}
/**
* Credentials: each security requirement of an operation, tried in the spec's order, applied to
* the request.
*/
export async function resolveCredential(credential) {
	return typeof credential === "function" ? await credential() : credential;
}
/**
* Applies a security alternative; returns an error message or undefined. An alternative whose
* credentials are all configured (`auth`) wins. Otherwise a scheme also counts as met when the
* caller put its header, query parameter or cookie on the request by hand (that value is then
* redacted like a configured one), and a scheme the client cannot apply (`mutualTLS`: a client
* certificate, set up in your `fetch`) always does.
*/
export async function applyAuth(op, schemes, auth, request, secrets) {
	if (op.security.length === 0) return undefined;
	const { headers, callHeaders, url, cookies } = request;
	const given = (name) => auth[name] !== undefined && schemes[name] !== undefined && schemes[name].type !== "other";
	const carried = (name) => {
		const scheme = schemes[name];
		if (!scheme) return undefined;
		if (scheme.type === "other") return "";
		if (scheme.type === "http" || scheme.in === "header") {
			const header = scheme.type === "http" ? "authorization" : scheme.name;
			return callHeaders.get(header) ?? headers.get(header) ?? undefined;
		}
		if (scheme.in === "query") return url.searchParams.get(scheme.name) ?? undefined;
		const prefix = `${scheme.name}=`;
		return cookies.find((c) => c.startsWith(prefix))?.slice(prefix.length) ?? (request.browserCookies ? "" : undefined);
	};
	// `{}` among the alternatives makes auth optional: credentials the caller has are still sent.
	const alternatives = op.security.filter((alternative) => alternative.length > 0);
	const usable = alternatives.find((alternative) => alternative.every(given)) ?? alternatives.find((alternative) => alternative.every((name) => given(name) || carried(name) !== undefined));
	if (!usable) {
		if (alternatives.length < op.security.length) return undefined;
		const schemeList = op.security.map((a) => a.join(" + ")).join(" or ");
		return `no credentials for any of its security schemes (${schemeList}); pass them in createClient({ auth })`;
	}
	// Every scheme used marks its place (header, query parameter) as one to redact, whether the
	// credential is configured or was put there by hand; cookies go in the always-redacted Cookie header.
	for (const name of usable) {
		const scheme = schemes[name];
		if (scheme.type === "http") secrets.headers.add("authorization");
		else if (scheme.type === "apiKey" && scheme.in === "header") secrets.headers.add(scheme.name.toLowerCase());
		else if (scheme.type === "apiKey" && scheme.in === "query") secrets.query.add(scheme.name);
	}
	for (const name of usable.filter(given)) {
		const scheme = schemes[name];
		const value = await resolveCredential(auth[name]);
		// A credential fetch refuses in a header (trySet): say which, never its value.
		const refused = `the credential for ${name} cannot be sent in a header: ` + "it has a line break or a character past Latin-1";
		if (scheme.type === "apiKey") {
			const key = String(value);
			if (scheme.in === "header") {
				if (!trySet(headers, scheme.name, key)) return refused;
			} else if (scheme.in === "query") url.searchParams.set(scheme.name, key);
			else cookies.push(`${scheme.name}=${encodeURIComponent(key)}`);
		} else if (scheme.type === "http" && scheme.scheme === "basic") {
			const { username, password } = value;
			const token = base64(`${username}:${password}`);
			if (!trySet(headers, "authorization", `Basic ${token}`)) return refused;
		} else if (scheme.type === "http") {
			const token = String(value);
			if (!trySet(headers, "authorization", `${scheme.scheme === "bearer" ? "Bearer" : scheme.scheme} ${token}`)) return refused;
		}
	}
	return undefined;
}
export function base64(text) {
	let binary = "";
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary);
}
/** Headers: setting them safely, and reading the declared response headers as typed values. */
/**
* Sets a header, or says it cannot: fetch refuses a value with a line break inside (header
* injection) or a character past Latin-1. Callers name the header (or the credential) in their error.
*/
export function trySet(headers, name, value) {
	try {
		headers.set(name, value);
		return true;
	} catch {
		return false;
	}
}
/** Sets a header, or refuses the request before it is sent: an `invalid-request` error saying why. */
export function setOrRefuse(headers, name, value, op, where, why) {
	if (!trySet(headers, name, value)) throw new SpecforgeRequestError(`${op.id}: ${why()}`, "invalid-request", op.id, where());
}
/**
* The declared headers of a response, read once: `values` for `result.headers`, each converted to
* its schema's type, and the `issues` `validate.response` reports. A header the server did not send
* is absent from `values` (an issue when the spec requires it), and so is one whose text does not
* convert (`abc` for a number: an issue), while `result.response.headers` keeps the text. Keys are
* the spec's names, set as own properties, so a header called `__proto__` is data.
*/
export function readHeaders(op, response) {
	const values = {};
	const issues = [];
	for (const h of pickByStatus(op.responseHeaders, response.status) ?? []) {
		const text = response.headers.get(h.name);
		if (text === null) {
			if (h.required) issues.push({
				message: missingHeader(response, h.name),
				path: ["headers", h.name]
			});
			continue;
		}
		const parts = h.array ? text.trim() === "" ? [] : text.split(",").map((t) => t.trim()) : [text];
		const converted = parts.map((t) => headerValue(t, h.type));
		if (converted.includes(undefined)) {
			issues.push({
				message: `must be ${h.array ? `a list of ${h.type}s` : `a ${h.type}`}`,
				path: ["headers", h.name]
			});
			continue;
		}
		Object.defineProperty(values, h.name, {
			value: h.array ? converted : converted[0],
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return {
		values,
		issues
	};
}
/** Headers a browser shows of any cross-origin response (the Fetch standard's safelist). */
export const CORS_SAFELISTED = new Set([
	"cache-control",
	"content-language",
	"content-length",
	"content-type",
	"expires",
	"last-modified",
	"pragma"
]);
/**
* Why a required header is missing. A browser hides a cross-origin response's other headers unless
* the server names them in Access-Control-Expose-Headers: sent or not, they read as absent, and
* the fix is on the server, which the message says.
*/
export function missingHeader(response, name) {
	if (response.type !== "cors" || CORS_SAFELISTED.has(name.toLowerCase())) return "is required";
	return "is required (or hidden: a browser shows a cross-origin response header " + "only if the server lists it in Access-Control-Expose-Headers)";
}
export const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** A header's text (or one element of a list) as its type, or undefined when it is not one. */
export function headerValue(text, type) {
	if (type === "number") return NUMBER.test(text.trim()) ? Number(text) : undefined;
	if (type === "boolean") return /^true$/i.test(text.trim()) ? true : /^false$/i.test(text.trim()) ? false : undefined;
	return text;
}
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
/** A date-time string as a `Date`; anything else (including an unparseable string) unchanged. */
export function toDate(value) {
	if (typeof value !== "string" || !DATE_TIME.test(value)) return value;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : date;
}
/**
* Reading a response: the body by its media type, within the size limit; the validator or
* transform of its status; issues as text.
*/
/** The entry for a status: exact, then `4XX`-style, then `default`. */
export function pickByStatus(table, status) {
	if (!table) return undefined;
	return table[String(status)] ?? table[`${String(status)[0]}XX`] ?? table["default"];
}
/**
* The keys of `table` that speak for a status: its own entry (pickByStatus); for a success status
* the spec does not declare (a 200 where only 201 is), every declared success, since the result's
* `data` is typed as their union and must be checked against it, never passed on unchecked.
*/
export function statusKeys(table, status) {
	if (!table) return [];
	for (const key of [
		String(status),
		`${String(status)[0]}XX`,
		"default"
	]) if (own(table, key) !== undefined) return [key];
	if (status < 200 || status > 299) return [];
	return Object.keys(table).filter((key) => key[0] === "2").sort();
}
/** The issues of the parameters (a required one left out, a given one that fails), each at `[location, name, …]`. */
export function parameterIssues(op, validators, parts) {
	const checks = validators?.params ?? {};
	const given = {
		path: parts.path,
		query: parts.query,
		header: parts.headers,
		cookie: parts.cookies
	};
	const out = [];
	if (validators?.querystring && parts.query !== undefined && parts.query !== null) for (const issue of validators.querystring(parts.query, "strict")) out.push({
		message: issue.message,
		path: ["query", ...issue.path ?? []]
	});
	for (const p of op.params) {
		const check = own(checks[p.in], p.name);
		const value = own(given[p.in], p.name);
		if ((value === undefined || value === null) && p.required) out.push({
			message: "is required",
			path: [p.in, p.name]
		});
		if (!check || value === undefined || value === null) continue;
		for (const issue of check(value, "strict")) out.push({
			message: issue.message,
			path: [
				p.in,
				p.name,
				...issue.path ?? []
			]
		});
	}
	return out;
}
/**
* A body that broke off after the headers came: the time limit ran out (`timeout`), the caller
* aborted (`aborted`) or the connection dropped (`network`), as the same errors before the headers.
*/
export function bodyFailure(op, url, secrets, error) {
	const name = error?.name;
	const kind = name === "TimeoutError" ? "timeout" : name === "AbortError" ? "aborted" : "network";
	const what = kind === "timeout" ? "timed out reading the response body" : kind === "aborted" ? "aborted by the caller" : "the connection broke while reading the response body";
	return new SpecforgeRequestError(`${op.id}: ${what}`, kind, op.id, redactUrl(url, secrets), { cause: redactError(error, secrets) });
}
/** Reads the body by content type: JSON, text, binary, or nothing (204, HEAD, empty). */
export async function readResult(op, response, url, secrets, maxBytes) {
	const ok = response.status >= 200 && response.status < 300;
	let payload;
	if (response.status === 204 || response.status === 205 || response.status === 304 || op.method === "HEAD") {
		payload = undefined;
		await response.body?.cancel().catch(() => undefined);
	} else {
		const bytes = await readBytes(op, response, url, secrets, maxBytes);
		const type = (response.headers.get("content-type") ?? "").toLowerCase();
		if (/json/.test(type) || type === "") {
			const text = new TextDecoder().decode(bytes);
			if (text === "") payload = undefined;
			else {
				try {
					// JSON.parse creates `__proto__` as an own property, never a prototype: no pollution.
					payload = JSON.parse(text);
				} catch (error) {
					// An error status whose body is not the JSON it claims (a proxy's "Bad Gateway") still
					// comes back as that status, with the text as its error; a success must be what it says.
					if (type !== "" && ok) {
						throw new SpecforgeRequestError(`${op.id}: HTTP ${response.status} response is not valid JSON`, "invalid-response", op.id, redactUrl(url, secrets), { cause: error });
					}
					payload = text;
				}
			}
		} else if (type.startsWith("text/") || /xml|html/.test(type)) payload = new TextDecoder().decode(bytes);
		else payload = new Blob([bytes], { type });
	}
	if (ok) return {
		status: response.status,
		data: payload,
		response
	};
	return {
		status: response.status,
		error: payload ?? null,
		response
	};
}
/** The body, refused (stream cancelled) as soon as it exceeds `maxBytes`. */
export async function readBytes(op, response, url, secrets, maxBytes) {
	const tooLarge = () => new SpecforgeRequestError(`${op.id}: response body is larger than ${maxBytes} bytes (maxResponseBytes)`, "invalid-response", op.id, redactUrl(url, secrets));
	const declared = Number(response.headers.get("content-length"));
	if (Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel().catch(() => undefined);
		throw tooLarge();
	}
	if (!response.body) return new Uint8Array(0);
	const reader = response.body.getReader();
	const chunks = [];
	let total = 0;
	for (;;) {
		let read;
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
export function describeIssues(issues) {
	return issues.slice(0, 5).map((i) => `${i.path && i.path.length ? i.path.map(String).join(".") : "(root)"}: ${i.message}`).join("; ");
}
/**
* Streamed responses: server-sent events (with reconnection) and JSON lines, checked and
* transformed as they arrive.
*/
/** What a success response streams, by its content type: server-sent events, JSON lines, or nothing. */
export function streamOf(response) {
	if (response.status < 200 || response.status >= 300) return undefined;
	const type = (response.headers.get("content-type") ?? "").toLowerCase().split(";")[0].trim();
	return type === "text/event-stream" ? "events" : JSON_LINES.has(type) ? "lines" : undefined;
}
export const JSON_LINES = new Set([
	"application/x-ndjson",
	"application/ndjson",
	"application/jsonl",
	"application/x-jsonl",
	"application/jsonlines",
	"application/x-jsonlines",
	"application/json-seq"
]);
/** The longest wait `setTimeout` honours (2^31 - 1 ms); longer ones fire at once, with a warning. */
const MAX_TIMER_MS = 2147483647;
/**
* The events of a stream; with `reconnect`, across connections (EventSource's model): when one
* ends or breaks, wait (the server's `retry:`, else `retryMs`) and open it again with the last event
* ID. A bad event, an abort or an error status is not retried; `maxReconnects` reconnections in a
* row without an event end it (with the last failure, if there was one).
*/
export async function* eventStream(response, reading, reconnect) {
	const state = {
		lastEventId: undefined,
		retry: undefined
	};
	let failures = 0;
	let current = response;
	while (current) {
		let lastFailure;
		try {
			for await (const event of readEvents(current, reading, state)) {
				failures = 0;
				yield event;
			}
		} catch (error) {
			if (!reconnect || !(error instanceof SpecforgeRequestError && error.kind === "network")) throw error;
			lastFailure = error;
		}
		if (!reconnect) return;
		current = undefined;
		while (!current) {
			if (++failures > reconnect.maxReconnects) {
				if (lastFailure) throw lastFailure;
				return;
			}
			await sleep(state.retry ?? reconnect.retryMs, reconnect.signal).catch((cause) => {
				throw reading.broken(cause);
			});
			try {
				current = await reconnect.open(state.lastEventId);
				if (!current) return;
			} catch (error) {
				if (!(error instanceof SpecforgeRequestError && error.kind === "network")) throw error;
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
export async function* readEvents(response, reading, state) {
	if (!response.body) return;
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	const pending = new PendingEvent(state.lastEventId);
	try {
		for await (const line of eventLines(reader, reading, () => pending.size)) {
			if (line === "") {
				state.lastEventId = pending.id;
				const out = pending.data.length ? decodeEvent(pending, reading) : undefined;
				pending.reset();
				if (out) yield out;
			} else if (line.charCodeAt(0) !== 58) pending.field(line, state);
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}
/**
* The lines of an event stream as they arrive (CR, LF or CRLF; a leading BOM dropped; at the end a
* final CR still ends its line, and an unterminated line is dropped). Only what arrived since the
* last pass is scanned (a CR left at the end is looked at again), so a long event split over many
* chunks costs linear time. An event (`pendingSize`, and the line being received) larger than
* `maxBytes` is an error.
*/
async function* eventLines(reader, { maxBytes, fail, broken }, pendingSize) {
	let buffer = "";
	let started = false;
	for (;;) {
		const { value, done } = await reader.read().catch((cause) => {
			throw broken(cause);
		});
		let i = buffer.endsWith("\r") ? buffer.length - 1 : buffer.length;
		if (done) {
			if (i === buffer.length) return;
			buffer += "\n";
		} else buffer += value;
		if (!started && buffer.length) {
			started = true;
			if (buffer.charCodeAt(0) === 65279) buffer = buffer.slice(1);
		}
		let start = 0;
		for (; i < buffer.length; i++) {
			const c = buffer.charCodeAt(i);
			if (c !== 10 && c !== 13) continue;
			if (c === 13 && i + 1 === buffer.length) break;
			const line = buffer.slice(start, i);
			if (c === 13 && buffer.charCodeAt(i + 1) === 10) i++;
			start = i + 1;
			yield line;
		}
		buffer = buffer.slice(start);
		if (pendingSize() + buffer.length > maxBytes) throw fail(`an event is larger than ${maxBytes} bytes (maxResponseBytes)`);
		if (done) return;
	}
}
/** The fields of the event being received; the last event ID outlives each event. */
class PendingEvent {
	data = [];
	size = 0;
	event;
	retry;
	id;
	constructor(lastEventId) {
		this.id = lastEventId;
	}
	/** A `field: value` line (a line without a colon is a field with an empty value). */
	field(line, state) {
		const colon = line.indexOf(":");
		const field = colon < 0 ? line : line.slice(0, colon);
		let value = colon < 0 ? "" : line.slice(colon + 1);
		if (value.charCodeAt(0) === 32) value = value.slice(1);
		if (field === "data") {
			this.data.push(value);
			this.size += value.length + 1;
		} else if (field === "event") this.event = value;
		else if (field === "id" && !value.includes("\0")) this.id = value;
		else if (field === "retry" && /^[0-9]+$/.test(value)) state.retry = this.retry = Math.min(Number(value), MAX_TIMER_MS);
	}
	/** After a dispatch: a new event starts; its ID is the last one seen. */
	reset() {
		this.data = [];
		this.size = 0;
		this.event = undefined;
		this.retry = undefined;
	}
}
/** A dispatched event: its data joined by newlines, parsed as JSON where the operation says so, checked. */
function decodeEvent(pending, { kind, jsonEvents, check, fail }) {
	const text = pending.data.join("\n");
	// An event without a name is a `message`, as EventSource names it.
	const name = pending.event ?? "message";
	let parsed = text;
	if (kind === "json" || kind === "named" && jsonEvents?.has(name)) {
		try {
			parsed = JSON.parse(text);
		} catch {
			throw fail(`${kind === "named" ? `the data of a ${JSON.stringify(name)} event` : "event data"} is not valid JSON`);
		}
	}
	const out = kind === "named" ? {
		data: check({
			event: name,
			data: parsed
		}).data,
		event: name
	} : { data: check(parsed) };
	if (kind !== "named" && pending.event !== undefined) out.event = pending.event;
	if (pending.id !== undefined) out.id = pending.id;
	if (pending.retry !== undefined) out.retry = pending.retry;
	return out;
}
/**
* The values of a JSON lines body as they arrive: one JSON value per line (LF or CRLF; blank lines
* skipped; a last line without its newline still counts), and RFC 7464's record separator before a
* value is dropped. A line is limited to `maxBytes` characters. Leaving the loop early cancels the body.
*/
export async function* readLines(response, { maxBytes, check, fail, broken }) {
	if (!response.body) return;
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = "";
	try {
		for (;;) {
			const { value, done } = await reader.read().catch((cause) => {
				throw broken(cause);
			});
			// What is kept from the last pass holds no newline: only what arrived since is scanned, so a
			// long line split over many chunks costs linear time.
			const scanned = buffer.length;
			if (!done) buffer += value;
			let start = 0;
			for (let end = buffer.indexOf("\n", scanned); end >= 0 || done && start < buffer.length; end = buffer.indexOf("\n", start)) {
				const stop = end >= 0 ? end : buffer.length;
				let line = buffer.slice(start, stop).trim();
				start = stop + 1;
				if (line.charCodeAt(0) === 30) line = line.slice(1).trim();
				if (line === "") continue;
				let parsed;
				try {
					parsed = JSON.parse(line);
				} catch {
					throw fail("a line of the stream is not valid JSON");
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
/**
* Pagination: where a page's items and next page are, and the `pages`/`items` iterators of a paged
* operation.
*/
/** The value at a path of own properties (`['links', 'next']`), or undefined. */
export function fieldAt(value, path) {
	let v = value;
	for (const k of path) v = typeof v === "object" && v !== null ? own(v, k) : undefined;
	return v;
}
/** The items array of a page: the body itself, or a field of it. */
export function itemsOf(page, field) {
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
export function nextLinkQuery(next, baseUrl, op, previous, { anyPath = false } = {}) {
	const base = new URL(baseUrl);
	const link = new URL(next, base);
	// The link may carry the server's own base path (…/api/v1/users): compare the end.
	const expected = op.path.split(/\{[^}]+\}/).map(escapeRegExp).join("[^/]+");
	if (!anyPath && !new RegExp(`${expected}$`).test(link.pathname)) {
		throw new SpecforgeRequestError(`${op.id}: next-page link ${link.pathname} is not this operation's path; refusing to follow it`, "invalid-response", op.id, base.href);
	}
	const query = {};
	for (const p of op.params) if (p.in === "query" && previous[p.name] !== undefined && !link.searchParams.has(p.name)) query[p.name] = previous[p.name];
	link.searchParams.forEach((v, k) => {
		query[k] = v;
	});
	const same = Object.keys(query).length === Object.keys(previous).length && Object.keys(query).every((k) => String(query[k]) === String(previous[k]));
	if (same) throw new SpecforgeRequestError(`${op.id}: next-page link repeats the current page; stopping instead of looping`, "invalid-response", op.id, base.href);
	return query;
}
/**
* The target of the `rel="next"` link of an RFC 8288 `Link` header (`<…?page=2>; rel="next",
* <…?page=9>; rel="last"`), or undefined. One pass over the text: URIs may hold commas and
* semicolons, and quoted parameter values may hold anything, so it is not split on separators.
*/
export function nextLinkOf(header) {
	if (!header) return undefined;
	let i = 0;
	const n = header.length;
	const skip = (chars) => {
		while (i < n && chars.includes(header[i])) i++;
	};
	while (i < n) {
		skip(" 	,");
		if (header[i] !== "<") return undefined;
		const end = header.indexOf(">", i);
		if (end < 0) return undefined;
		const target = header.slice(i + 1, end).trim();
		i = end + 1;
		let rel;
		for (;;) {
			skip(" 	");
			if (header[i] !== ";") break;
			i++;
			skip(" 	");
			const nameStart = i;
			while (i < n && !"=;,".includes(header[i])) i++;
			const name = header.slice(nameStart, i).trim().toLowerCase();
			let value = "";
			if (header[i] === "=") {
				i++;
				skip(" 	");
				if (header[i] === "\"") {
					for (i++; i < n && header[i] !== "\""; i++) value += header[i] === "\\" ? header[++i] ?? "" : header[i];
					i++;
				} else {
					const valueStart = i;
					while (i < n && !";,".includes(header[i])) i++;
					value = header.slice(valueStart, i).trim();
				}
			}
			// `rel` holds space-separated relation types, compared case-insensitively; the first `rel` counts.
			if (name === "rel" && rel === undefined) rel = value;
		}
		if (rel?.toLowerCase().split(/\s+/).includes("next")) return target;
		skip(" 	");
		if (i < n && header[i] !== ",") return undefined;
	}
	return undefined;
}
export function escapeRegExp(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** Builds a paginator for one call (generated `client.paginate.<method>` and `paginate<Method>(base, …)`). */
export function paginator(engine, operation, parts, options) {
	return {
		[Symbol.asyncIterator]: () => items(engine, operation, parts, options),
		pages: () => pages(engine, operation, parts, options)
	};
}
/**
* Pages through an operation; yields whole pages' bodies. Each page is fetched through the client's
* `call`, so it is sent, retried and validated like any call. Paging lives outside the engine, so
* that a program that never pages (standalone operation functions) does not carry it.
*/
export async function* pages(client, operation, parts = {}, callOptions = {}) {
	const op = operation.spec;
	const pagination = op.pagination;
	if (!pagination) throw new TypeError(`${op.id} does not page`);
	// The paging fields go in the query, or in the JSON body of a POST search.
	const inBody = pagination.kind !== "nextLink" && pagination.kind !== "linkHeader" && pagination.in === "body";
	const query = { ...inBody ? parts.body : parts.query };
	const fetchResult = async (q) => {
		const result = await client.call(operation, inBody ? {
			...parts,
			body: q
		} : {
			...parts,
			query: q
		}, callOptions);
		if (result.error !== undefined) throw new SpecforgeHttpError(op.id, result.status, result.error);
		return result;
	};
	// Every page a link has led to: a link back to any of them (`?page=2` → `?page=1` → `?page=2`)
	// would loop for ever, so it stops the walk with an error.
	const visited = new Set([pageKey(query)]);
	const follow = (next) => {
		const key = pageKey(next);
		if (visited.has(key)) {
			throw new SpecforgeRequestError(`${op.id}: next-page link leads back to a page already fetched; stopping instead of looping`, "invalid-response", op.id, client.baseUrlOf(operation));
		}
		visited.add(key);
		return next;
	};
	const walk = {
		client,
		operation,
		op,
		query,
		fetchResult,
		follow
	};
	if (pagination.kind === "linkHeader") yield* linkHeaderPages(walk, pagination.items);
	else if (pagination.kind === "page" || pagination.kind === "offset") yield* counterPages(walk, pagination);
	else if (pagination.kind === "token" || pagination.kind === "after") yield* tokenPages(walk, pagination);
	else yield* nextLinkPages(walk, pagination);
}
/** `Link: <…>; rel="next"` (GitHub): the link's query, until none comes or a page is empty. */
async function* linkHeaderPages(w, items) {
	let query = w.query;
	for (;;) {
		const result = await w.fetchResult(query);
		yield result.data;
		const next = nextLinkOf(result.response.headers.get("link"));
		if (next === undefined || itemsOf(result.data, items).length === 0) return;
		// GitHub's links name the repository by id (`/repositories/1300192/issues?page=2`) where
		// the operation says `/repos/{owner}/{repo}/issues`: only the query is taken from them.
		query = w.follow(nextLinkQuery(next, w.client.baseUrlOf(w.operation), w.op, query, { anyPath: true }));
	}
}
/** Page numbers or offsets: the next page until the first short (or empty) one. */
async function* counterPages(w, paging) {
	const counter = paging.kind === "page" ? paging.page : paging.offset;
	let at = Number(w.query[counter] ?? (paging.kind === "page" ? 1 : 0));
	const size = Number(w.query[paging.size] ?? paging.defaultSize);
	for (;;) {
		const page = (await w.fetchResult({
			...w.query,
			[counter]: at,
			[paging.size]: size
		})).data;
		yield page;
		const items = itemsOf(page, paging.items);
		if (items.length < size || items.length === 0) return;
		at += paging.kind === "page" ? 1 : items.length;
	}
}
/** Tokens, and Stripe's after-ids: the token the page gave, until none; a token given twice is an error. */
async function* tokenPages(w, paging) {
	let query = w.query;
	// A token the server already gave would fetch a page again, and again: stop with an error.
	const seen = new Set();
	// The caller's own starting token counts too: a server that hands it back would loop.
	if (paging.kind === "token" && query[paging.param] !== undefined) seen.add(String(query[paging.param]));
	for (;;) {
		const page = (await w.fetchResult(query)).data;
		yield page;
		let token;
		let param = paging.param;
		if (paging.kind === "token") token = fieldAt(page, paging.next);
		else if (fieldAt(page, [paging.more]) === true) {
			// Stripe: `starting_after` the last item's id while `has_more`; backwards from an
			// `ending_before` the caller gave, `ending_before` the first item's.
			const items = itemsOf(page, paging.items);
			const back = paging.before !== undefined && query[paging.before] !== undefined;
			if (back) param = paging.before;
			token = fieldAt(back ? items[0] : items[items.length - 1], [paging.id]);
		}
		if (typeof token !== "string" && typeof token !== "number" || token === "") return;
		if (seen.has(String(token))) {
			throw new SpecforgeRequestError(`${w.op.id}: the server gave the page token ${JSON.stringify(String(token).slice(0, 40))} twice; ` + "stopping instead of looping", "invalid-response", w.op.id, w.client.baseUrlOf(w.operation));
		}
		seen.add(String(token));
		query = {
			...query,
			[param]: token
		};
	}
}
/** A next link in the body (`@nextLink`, `links.next`): its query, until none comes or a page is empty. */
async function* nextLinkPages(w, paging) {
	let query = w.query;
	for (;;) {
		const page = (await w.fetchResult(query)).data;
		yield page;
		const next = fieldAt(page, paging.next);
		if (typeof next !== "string" || next === "" || itemsOf(page, paging.items).length === 0) return;
		query = w.follow(nextLinkQuery(next, w.client.baseUrlOf(w.operation), w.op, query));
	}
}
/** A page's query as one text: the same parameters in any order give the same key. */
function pageKey(query) {
	return JSON.stringify(Object.keys(query).filter((k) => query[k] !== undefined).sort().map((k) => [k, String(query[k])]));
}
/** Pages through an operation; yields the items of each page. */
export async function* items(client, operation, parts = {}, callOptions = {}) {
	const pagination = operation.spec.pagination;
	for await (const page of pages(client, operation, parts, callOptions)) yield* itemsOf(page, pagination?.items);
}
/** The attempt's request after every `onRequest`, with a context for the later hooks. */
export async function requestThroughMiddleware(chain, operation, attempt, url, init, secrets) {
	let real = new Request(url, init);
	let changed = false;
	const contextOf = (request) => ({
		operation,
		attempt,
		request: redactedRequest(request, secrets),
		withCredentials: () => request.clone()
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
	if (!changed) return {
		url,
		init,
		context
	};
	const changedInit = {
		method: real.method,
		headers: real.headers
	};
	if (init.signal) changedInit.signal = init.signal;
	if (init.credentials) changedInit.credentials = init.credentials;
	if (real.body) {
		changedInit.body = real.body;
		changedInit.duplex = "half";
	}
	return {
		url: new URL(real.url),
		init: changedInit,
		context
	};
}
/** The Response middleware puts in place of `response`, or `response` itself. */
export async function responseThroughMiddleware(chain, context, response) {
	for (const middleware of chain) {
		const returned = await middleware.onResponse?.({
			...context,
			response
		});
		if (returned instanceof Response) response = returned;
	}
	return response;
}
/** A Response middleware gives for a failed attempt, or undefined. */
export async function errorThroughMiddleware(chain, context, error) {
	for (const middleware of chain) {
		const returned = await middleware.onError?.({
			...context,
			error
		});
		if (returned instanceof Response) return returned;
	}
	return undefined;
}
function redactedRequest(request, secrets) {
	const init = {
		method: request.method,
		headers: redactHeaders(request.headers, secrets)
	};
	const body = request.clone().body;
	if (body) {
		init.body = body;
		init.duplex = "half";
	}
	return new Request(redactUrl(new URL(request.url), secrets), init);
}
/** `returned` with each credential it still shows redacted put back from `real`. */
function withCredentialsRestored(returned, real, secrets) {
	const headers = new Headers(returned.headers);
	real.headers.forEach((value, name) => {
		if ((SENSITIVE_HEADERS.has(name) || secrets.headers.has(name)) && headers.get(name) === REDACTED) headers.set(name, value);
	});
	const url = new URL(returned.url);
	const from = new URL(real.url);
	for (const name of secrets.query) if (url.searchParams.get(name) === REDACTED && from.searchParams.has(name)) url.searchParams.set(name, from.searchParams.get(name));
	if (decodeURIComponent(url.username) === REDACTED) url.username = from.username;
	if (decodeURIComponent(url.password) === REDACTED) url.password = from.password;
	const init = {
		method: returned.method,
		headers
	};
	if (returned.body) {
		init.body = returned.body;
		init.duplex = "half";
	}
	return new Request(url, init);
}
/**
* Redaction: credentials never reach an error message, a hook or a log. It works by place, never
* by searching text for a credential's value (a one-letter key would garble every message, and a
* value in an encoding the search did not try would leak): the client knows where it put each
* credential (a header, a query parameter, a cookie, a URL's userinfo) and blanks that place.
*/
export const REDACTED = "[redacted]";
/** Where a call's credentials are: filled in as they are applied (auth.ts). */
export class Secrets {
	/** Header names (lower case) whose values are credentials. */
	headers = new Set();
	/** Query parameter names whose values are credentials. */
	query = new Set();
}
export const SENSITIVE_HEADERS = new Set([
	"authorization",
	"cookie",
	"proxy-authorization"
]);
/** A URL with the credentials' query values and any userinfo blanked, other parameters as sent. */
export function redactUrl(url, secrets) {
	const copy = new URL(url.href);
	if (copy.username) copy.username = REDACTED;
	if (copy.password) copy.password = REDACTED;
	if (copy.search.length > 1 && secrets.query.size > 0) {
		const pairs = copy.search.slice(1).split("&").map((pair) => {
			const eq = pair.indexOf("=");
			const name = formDecode(eq === -1 ? pair : pair.slice(0, eq));
			return secrets.query.has(name) ? `${eq === -1 ? pair : pair.slice(0, eq)}=${encodeURIComponent(REDACTED)}` : pair;
		});
		copy.search = `?${pairs.join("&")}`;
	}
	return copy.href;
}
function formDecode(text) {
	try {
		return decodeURIComponent(text.replace(/\+/g, " "));
	} catch {
		return text;
	}
}
export function redactHeaders(headers, secrets) {
	const out = {};
	headers.forEach((value, key) => {
		out[key] = SENSITIVE_HEADERS.has(key) || secrets.headers.has(key) ? REDACTED : value;
	});
	return out;
}
/**
* A network error's message may echo the URL it was sent to; the cause we expose must not carry
* credentials. Each URL in the message is redacted as a URL (by place), not searched for values.
*/
export function redactError(error, secrets) {
	if (!(error instanceof Error)) return error;
	const copy = new Error(redactUrlsIn(error.message, secrets));
	copy.name = error.name;
	return copy;
}
function redactUrlsIn(text, secrets) {
	return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (found) => {
		try {
			return redactUrl(new URL(found), secrets);
		} catch {
			return REDACTED;
		}
	});
}
