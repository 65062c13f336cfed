/** The handlers: a route, a fake answer (or the override given), and a claim where the route is shared. */
import { http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import type { FakeSchemas, MockAnswer } from './answers.js';
import { claims, type RouteClaim } from './claims.js';
import { eventsResponse } from './events.js';
import { fakeFailure, validFake } from './faker.js';

/** A request's seed: its operation, method, path and query (FNV-1a, 32 bits). */
export function requestSeed(operation: string, request: Request): number {
  const url = new URL(request.url);
  return hash(`${operation} ${request.method} ${url.pathname}${url.search}`);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A reply by status, typed by the operation's declared responses (`Operations[op]['responses']` of
 * the types): `{ status: 404, body: { message: 'gone' } }`. A body is sent as JSON; `headers` go as given.
 */
export type MockReply<Responses> = {
  readonly [S in keyof Responses]: ReplyHead<S> &
    (undefined extends Responses[S] ? { readonly body?: Responses[S] } : { readonly body: Responses[S] });
}[keyof Responses];

/** A reply's status and headers. */
interface ReplyHead<S> {
  readonly status: StatusOf<S>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A declared status as a number: `'404'` is 404; a range (`'4XX'`) or `default` any number. */
type StatusOf<S> = S extends `${infer N extends number}` ? N : number;

/** What MSW hands a resolver: the request, its path parameters and cookies. */
export type ResolverInfo = Parameters<HttpResponseResolver>[0];

/** Answers by the request: a reply, a `Response` (`HttpResponse.json(…)`), or nothing to fall through. */
export type MockResolver<Responses> = (
  info: ResolverInfo,
) => MockReply<Responses> | Response | undefined | Promise<MockReply<Responses> | Response | undefined>;

/** What a handler factory takes to answer otherwise than with fakes: a reply, or a resolver. */
export type MockOverride<Responses> = MockReply<Responses> | MockResolver<Responses>;

/**
 * The handler of one operation: the override when given, else a fake of its declared answer. With
 * a claim, it answers only the requests its operation's checks accept, and leaves the others to
 * the next handler (an MSW resolver that returns nothing falls through).
 */
export function mockHandler(
  method: string,
  path: RegExp,
  operation: string,
  answer: MockAnswer,
  schemas: FakeSchemas,
  override?: AnyOverride,
  claim?: RouteClaim,
): HttpHandler {
  const fake: HttpResponseResolver = async ({ request }) => {
    const events = await asksForEvents(answer, request);
    return fakeResponse(operation, answer, schemas, requestSeed(operation, request), events);
  };
  const resolver = override === undefined ? fake : overridden(override);
  const route = http[method as 'get'];
  if (!claim) return route(path, resolver);
  return route(path, async (info) => ((await claims(claim, path, info.request)) ? resolver(info) : undefined));
}

/** Any operation's override, as the runtime takes it (MSW's own resolvers included). */
type AnyOverride = { readonly status: number } | ((info: ResolverInfo) => unknown);

/** An override as MSW's resolver: a reply sent as it says; a generator resolver (MSW's sequences) as it is. */
function overridden(override: AnyOverride): HttpResponseResolver {
  if (typeof override !== 'function') return () => replyResponse(override);
  if (/GeneratorFunction$/.test(override.constructor.name)) return override as HttpResponseResolver;
  return async (info) => {
    const result: unknown = await override(info);
    return result === undefined || result instanceof Response ? result : replyResponse(result as Reply);
  };
}

/** Any operation's reply, as the runtime reads it. */
interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** A reply as a response: its status and headers, its body as JSON (none when it has none). */
export function replyResponse({ status, headers, body }: Reply): Response {
  const init = { status, ...(headers ? { headers } : {}) };
  return body === undefined ? new HttpResponse(null, init) : HttpResponse.json(body as never, init);
}

/**
 * Whether a request gets the events of an operation that may stream: always, when it has no body
 * to answer with; else when its JSON body asks for them with `stream: true` (OpenAI's, Anthropic's
 * and Ollama's convention for a response that is JSON or a stream).
 */
async function asksForEvents(answer: MockAnswer, request: Request): Promise<boolean> {
  if (!answer.events) return false;
  if (answer.mediaType === undefined) return true;
  try {
    const body: unknown = request.body ? JSON.parse(await request.clone().text()) : undefined;
    return typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream === true;
  } catch {
    return false;
  }
}

/** The response a handler sends: the status, and a body (or events) that validates, or none. */
export function fakeResponse(
  operation: string,
  answer: MockAnswer,
  schemas: FakeSchemas,
  seed: number,
  events: boolean = answer.mediaType === undefined,
): Response {
  if (events && answer.events) return eventsResponse(operation, answer.status, answer.events, schemas, seed);
  if (answer.schema === undefined || answer.mediaType === undefined)
    return new HttpResponse(null, { status: answer.status });
  const init = { status: answer.status, headers: { 'content-type': answer.mediaType } };
  const fake = validFake(answer, schemas, seed);
  if (!fake && answer.next) return fakeResponse(operation, answer.next, schemas, seed);
  if (!fake) {
    return HttpResponse.json(
      {
        message:
          `specforge msw: no fake body of ${operation} passes its validator ` +
          `(${fakeFailure(answer, schemas, seed)}); pass a resolver`,
      },
      { status: 501 },
    );
  }
  if (/[/+]json\b/i.test(answer.mediaType)) return HttpResponse.json(fake.value as never, init);
  return new HttpResponse(typeof fake.value === 'string' ? fake.value : JSON.stringify(fake.value), init);
}
