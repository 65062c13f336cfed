/**
 * The runtime of a package's `msw` entry: Mock Service Worker handlers that answer each operation
 * with fake data made from its response schema.
 *
 * Fakes are deterministic per request: the seed is the operation and the request's method, path
 * and query, so a test sees the same body every run, and another page or ID gets another body.
 * Each fake is checked by the package's own validator of that response; a fake that fails (an
 * `allOf` or `oneOf` the generator cannot satisfy at the first try) is made again from the next
 * seed, and then from the spec's own examples, so a handler answers with a body that validates.
 * A response that streams is answered with a few events made and checked the same way.
 */
import { http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';

/**
 * A schema as the faker reads it: the JSON Schema keywords that shape a value, with `ref` naming
 * an entry of the package's schema table, and `samples`: strings that match `pattern`, worked out
 * at generation time through the validators' own pattern parser.
 */
export interface FakeSchema {
  readonly ref?: string;
  readonly types?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: { readonly value: unknown };
  readonly examples?: readonly unknown[];
  readonly format?: string;
  readonly samples?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly properties?: Readonly<Record<string, FakeSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: FakeSchema | false;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly items?: FakeSchema | false;
  readonly prefixItems?: readonly FakeSchema[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly allOf?: readonly FakeSchema[];
  readonly anyOf?: readonly FakeSchema[];
  readonly oneOf?: readonly FakeSchema[];
  /** A tagged union: the tag property, and the value each alternative (by index) gives it, or null. */
  readonly tag?: { readonly property: string; readonly values: readonly (string | number | boolean | null)[] };
  /** `false`: no value validates. */
  readonly never?: true;
}

export type FakeSchemas = Readonly<Record<string, FakeSchema>>;

/** The validator of a response body: the issues it finds (none when valid). */
export type BodyCheck = (value: unknown, mode: 'strict' | 'lenient') => readonly unknown[];

/** What an operation's handler answers with: a declared status, and its body's media type and schema. */
export interface MockAnswer {
  readonly status: number;
  readonly mediaType?: string;
  readonly schema?: FakeSchema;
  /** Success bodies given in the spec, tried when made-up ones do not validate. */
  readonly examples?: readonly unknown[];
  readonly check?: BodyCheck | undefined;
  /** The operation's next declared success, answered when no body of this one validates. */
  readonly next?: MockAnswer;
  /** A response that streams (an event stream, JSON lines): answered when there is no body, or when asked for. */
  readonly events?: MockEvents;
}

/**
 * The events of a streamed response, made up as bodies are and checked as the client reads them:
 * `json`, each event's data JSON; `text`, text; `lines`, one JSON value per line; `named`, the schema
 * describes the whole event (`{ event, data }`), and the data of the `jsonEvents` is JSON.
 */
export interface MockEvents {
  readonly mediaType: string;
  readonly kind: 'json' | 'text' | 'lines' | 'named';
  readonly schema?: FakeSchema;
  readonly jsonEvents?: readonly string[];
  readonly examples?: readonly unknown[];
  readonly check?: BodyCheck | undefined;
}

/** Makes one fake value. `seed` picks every choice; the same seed gives the same value. */
export function fakeValue(schema: FakeSchema, schemas: FakeSchemas, seed: number): unknown {
  return new Faker(schemas, seed).value(schema, 0, true);
}

/**
 * A fake body that passes `check`: from `seed`, then the next seeds, then the examples. Undefined
 * when nothing validates (a schema no value satisfies, or one beyond the faker).
 */
export function validFake(answer: MockAnswer, schemas: FakeSchemas, seed: number): { value: unknown } | undefined {
  if (answer.schema === undefined) return undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    // The third and fourth attempts take each `oneOf`'s first alternative: a value of a later one may
    // match an earlier too (Elasticsearch's Duration: any string, or "-1", or "0"). The later
    // attempts leave out examples and optional properties: the smallest values are the likeliest to
    // satisfy an `allOf` whose parts disagree about a property. The last ones take null where it is
    // allowed: `oneOf: [string, string | null]` (Elasticsearch's) takes nothing else.
    const faker = new Faker(schemas, seed + attempt * 7919, {
      useExamples: attempt < 4,
      firstOfOneOf: attempt === 2 || attempt === 3,
      preferNull: attempt >= 6,
    });
    const value = faker.value(answer.schema, 0, attempt < 6);
    if (!answer.check || answer.check(value, 'strict').length === 0) return { value };
  }
  for (const example of answer.examples ?? [])
    if (!answer.check || answer.check(example, 'strict').length === 0) return { value: example };
  return undefined;
}

/** A named schema's validator, as fakes read it (the package's `schemas`: Standard Schema validators). */
export interface SchemaValidator {
  issues(value: unknown): readonly unknown[];
  readonly '~standard': { readonly types?: { readonly input: unknown } };
  /** The write (request) view's, where it differs. */
  readonly write?: SchemaValidator;
}

/**
 * Fake values of the package's named schemas, keyed as its `schemas` are: `fakes.User()`, or
 * `fakes.User(seed)` for another; the same seed gives the same value. Made as the handlers' bodies
 * are (the read view), and checked by the schema's validator; `fakes.User.write()` is a request
 * body (readOnly properties left out, writeOnly ones made), where the schema's views differ.
 */
export type Fakes<S> = { readonly [K in keyof S]: FakeOf<S[K]> };

/** A schema's factory, and its write view's where the validator has one. */
type FakeOf<V> = ((seed?: number) => InputOf<V>) &
  (V extends { readonly write: infer W } ? { readonly write: (seed?: number) => InputOf<W> } : unknown);

/** What a Standard Schema validator takes: the schema's type as JSON has it. */
type InputOf<V> = V extends { readonly '~standard': { readonly types?: { readonly input: infer In } } } ? In : never;

/**
 * `fakes`: a factory per named schema, from the fake schema table and the schemas' validators. An
 * ID pair is the schema's read and write entries in the table.
 */
export function fakeFactories<S extends Readonly<Record<string, SchemaValidator>>>(
  schemas: FakeSchemas,
  ids: { readonly [K in keyof S]: string | readonly [string, string] },
  validators: S,
): Fakes<S> {
  const fakes = {};
  for (const [name, id] of Object.entries<string | readonly [string, string]>(ids)) {
    const [read, write] = typeof id === 'string' ? [id] : id;
    const validator = validators[name];
    const make = factory(name, read, validator, schemas);
    if (write !== undefined)
      Object.defineProperty(make, 'write', { value: factory(`${name}.write`, write, validator?.write, schemas) });
    // Defined, not assigned: a schema named `__proto__` is a key like any other.
    Object.defineProperty(fakes, name, { value: make, enumerable: true });
  }
  return fakes as Fakes<S>;
}

/** Makes values of one table entry, each checked by the validator: the same per seed. */
function factory(
  name: string,
  id: string,
  validator: SchemaValidator | undefined,
  schemas: FakeSchemas,
): (seed?: number) => unknown {
  const answer: MockAnswer = {
    status: 200,
    schema: { ref: id },
    check: validator && ((value) => validator.issues(value)),
  };
  return (seed = 0) => {
    const fake = validFake(answer, schemas, seed);
    if (!fake) throw new Error(`specforge msw: no fake ${name} passes its validator`);
    return fake.value;
  };
}

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
 * What tells an operation's requests from those of operations on the same route (parameters named
 * apart, fragments in path keys): the generator writes one for those operations only.
 */
export interface RouteClaim {
  /** The path parameters, in the order the route's pattern captures them. */
  readonly path: readonly string[];
  /** Query pairs the path key itself carries (`/search?type=user`): a client sends them. */
  readonly pairs?: readonly (readonly [string, string])[];
  /** The query parameters and headers the operation requires. */
  readonly query?: readonly string[];
  readonly header?: readonly string[];
  /** The operation requires a body. */
  readonly body?: true;
  /** The operation's validators: path and query values and a JSON body are checked against them. */
  readonly checks?: ClaimChecks;
}

type ParamChecks = Readonly<Record<string, BodyCheck>>;

/** The part of an operation's validators a claim reads (the validators' `OperationValidators`). */
export interface ClaimChecks {
  readonly params?: { readonly path?: ParamChecks; readonly query?: ParamChecks };
  readonly request?: BodyCheck;
  readonly requests?: Readonly<Record<string, BodyCheck>>;
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

/** Whether a request fits the operation a claim describes: every check it has passes. */
export async function claims(claim: RouteClaim, path: RegExp, request: Request): Promise<boolean> {
  const url = new URL(request.url);
  const captured = path.exec(request.url)?.slice(1) ?? [];
  for (const [i, name] of claim.path.entries()) {
    const check = claim.checks?.params?.path?.[name];
    if (check && !textFits(check, decoded(captured[i] ?? ''))) return false;
  }
  for (const [name, value] of claim.pairs ?? []) if (!url.searchParams.getAll(name).includes(value)) return false;
  for (const name of claim.query ?? []) if (!url.searchParams.has(name)) return false;
  for (const name of claim.header ?? []) if (!request.headers.has(name)) return false;
  for (const [name, check] of Object.entries(claim.checks?.params?.query ?? {})) {
    const value = url.searchParams.get(name);
    if (value !== null && !textFits(check, value)) return false;
  }
  return bodyFits(claim, request);
}

/** A JSON body the operation's validator accepts; a body of another media type is not judged. */
async function bodyFits(claim: RouteClaim, request: Request): Promise<boolean> {
  const text = request.body ? await request.clone().text() : '';
  if (!text) return !claim.body;
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!/[/+]json$/.test(mediaType)) return true;
  const check = claim.checks?.requests?.[mediaType] ?? claim.checks?.request;
  if (!check) return true;
  try {
    return check(JSON.parse(text), 'strict').length === 0;
  } catch {
    return false;
  }
}

/** A parameter's text fits its check as text, as the number or boolean it spells, or as a one-item list. */
function textFits(check: BodyCheck, text: string): boolean {
  const readings: unknown[] = [text, [text]];
  if (text.trim() !== '' && Number.isFinite(Number(text))) readings.push(Number(text));
  if (text === 'true' || text === 'false') readings.push(text === 'true');
  return readings.some((value) => check(value, 'strict').length === 0);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
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
      { message: `specforge msw: no fake body of ${operation} passes its validator; pass a resolver` },
      { status: 501 },
    );
  }
  if (/[/+]json\b/i.test(answer.mediaType)) return HttpResponse.json(fake.value as never, init);
  return new HttpResponse(typeof fake.value === 'string' ? fake.value : JSON.stringify(fake.value), init);
}

/** How many events a stream carries: enough to be read as a stream, few enough to read. */
const EVENTS_PER_STREAM = 3;
const ANY_TEXT: FakeSchema = { types: ['string'] };

/** A stream of a few events, each made up (else taken from the spec's examples) and checked as a client reads it. */
function eventsResponse(
  operation: string,
  status: number,
  events: MockEvents,
  schemas: FakeSchemas,
  seed: number,
): Response {
  const check = events.check;
  const asAnswer: MockAnswer = {
    status,
    schema: events.schema ?? ANY_TEXT,
    ...(events.examples ? { examples: events.examples } : {}),
    check: check && ((value, mode) => check(eventAsRead(events, value), mode)),
  };
  let text = '';
  for (let i = 0; i < EVENTS_PER_STREAM; i++) {
    const fake = validFake(asAnswer, schemas, seed + i * 104_729);
    if (!fake) {
      return HttpResponse.json(
        { message: `specforge msw: no fake event of ${operation} passes its validator; pass a resolver` },
        { status: 501 },
      );
    }
    text += eventText(events, fake.value);
  }
  return new HttpResponse(text, { status, headers: { 'content-type': events.mediaType } });
}

/** An event as the stream carries it: `data:` lines and a blank line, or one line of JSON lines. */
export function eventText(events: MockEvents, value: unknown): string {
  if (events.kind === 'lines') return `${JSON.stringify(value ?? null)}\n`;
  if (events.kind !== 'named')
    return `${dataLines(events.kind === 'text' ? String(value) : JSON.stringify(value ?? null))}\n`;
  const { name, data } = namedEvent(events, value);
  return `event: ${name}\n${dataLines(data)}\n`;
}

/** What the client reads of an event: its data, or with `named` the event and its data as `jsonEvents` say. */
function eventAsRead(events: MockEvents, value: unknown): unknown {
  if (events.kind !== 'named') return value;
  const { name, data } = namedEvent(events, value);
  return { event: name, data: events.jsonEvents?.includes(name) ? JSON.parse(data) : data };
}

/** A named event's name (one line) and its data's text: JSON where `jsonEvents` say, else text. */
function namedEvent(events: MockEvents, value: unknown): { name: string; data: string } {
  const { event, data } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const name = typeof event === 'string' ? event.replace(/[\r\n]/g, ' ') : 'message';
  const json = events.jsonEvents?.includes(name) || typeof data !== 'string';
  return { name, data: json ? JSON.stringify(data ?? null) : (data as string) };
}

function dataLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
}

/** Past this depth a fake is null: a bound on what unions and merges may nest, far past real APIs. */
const MAX_DEPTH = 64;

/** How a faker chooses where a schema leaves it a choice. */
interface FakerChoices {
  /** Take the spec's examples of a schema that has some. */
  readonly useExamples: boolean;
  /** Take a `oneOf`'s first alternative rather than a random one. */
  readonly firstOfOneOf?: boolean;
  /** Take null wherever it is allowed. */
  readonly preferNull?: boolean;
}

/** A small seeded generator (mulberry32): deterministic, and fast enough for any fixture. */
class Faker {
  // Fields are declared, not parameter properties: the runtimes stay erasable TypeScript.
  private state: number;
  private readonly schemas: FakeSchemas;
  private readonly choices: FakerChoices;
  /** How often each named schema is open on the current path: recursion stops, a long chain does not. */
  private readonly open = new Map<string, number>();
  constructor(schemas: FakeSchemas, seed: number, choices: FakerChoices = { useExamples: true }) {
    this.schemas = schemas;
    this.state = seed >>> 0;
    this.choices = choices;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  private pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)]!;
  }

  /** `full`: fill optional properties too (shallow levels); deeper levels keep what is required. */
  value(schema: FakeSchema, depth: number, full: boolean): unknown {
    // Unions and merges step down too: a schema can reach itself through them without a `ref`.
    if (depth > MAX_DEPTH) return null;
    if (schema.ref !== undefined) return this.named(schema.ref, depth, full);
    if (schema.const) return schema.const.value;
    if (schema.enum?.length) return this.pick(schema.enum);
    if (schema.allOf?.length) return this.value(mergeAll(schema, this.schemas), depth + 1, full);
    const union = schema.oneOf ?? schema.anyOf;
    if (union?.length) return this.member(schema, union, depth, full);
    if (this.choices.useExamples && schema.examples?.length) return this.pick(schema.examples);
    const types = schema.types ?? guessTypes(schema);
    const nullable = types.length > 1 && types.includes('null');
    const notNull = () => (depth < 8 ? types.find((t) => t !== 'null')! : this.pick(types));
    const type = !nullable ? this.pick(types) : this.choices.preferNull ? 'null' : notNull();
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return this.next() < 0.5;
      case 'integer':
      case 'number':
        return this.number(schema, type === 'integer');
      case 'string':
        return this.string(schema);
      case 'array':
        return this.array(schema, depth, full);
      default:
        return this.object(schema, depth, full);
    }
  }

  /** A schema behind its `ref`, if any. */
  private resolved(schema: FakeSchema): FakeSchema | undefined {
    return schema.ref === undefined ? schema : this.schemas[schema.ref];
  }

  /**
   * A named schema's value. One met again inside itself (a tree, a linked list) stops at its second
   * nesting; a chain of distinct ones is followed to its end, as an API's required objects nest
   * (Stripe's issuing authorization → transaction → card → cardholder → billing → address).
   */
  private named(ref: string, depth: number, full: boolean): unknown {
    const target = this.schemas[ref];
    const open = this.open.get(ref) ?? 0;
    if (target === undefined || open >= 2) return null;
    this.open.set(ref, open + 1);
    try {
      return this.value(target, depth + 1, full);
    } finally {
      this.open.set(ref, open);
    }
  }

  private member(schema: FakeSchema, union: readonly FakeSchema[], depth: number, full: boolean): unknown {
    const random = this.int(0, union.length - 1);
    // Preferring null, an alternative that takes it: of `oneOf: [string, string | null]` only null
    // matches exactly one.
    const nullable = this.choices.preferNull ? union.findIndex((m) => this.resolved(m)?.types?.includes('null')) : -1;
    const first = this.choices.firstOfOneOf && union === schema.oneOf ? 0 : random;
    const index = nullable >= 0 ? nullable : first;
    const chosen = union[index]!;
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    const base = schema.properties || schema.types ? rest : undefined;
    const merged = base ? mergeAll({ allOf: [base, chosen] }, this.schemas) : chosen;
    const value = this.value(merged, depth + 1, full);
    const tag = schema.tag;
    const tagValue = tag?.values[index] ?? null;
    if (tag && tagValue !== null && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      (value as Record<string, unknown>)[tag.property] = tagValue;
    }
    return value;
  }

  private number(schema: FakeSchema, integer: boolean): number {
    let min =
      schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : 0);
    let max =
      schema.maximum ??
      (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : min + 1000);
    if (schema.format === 'int32') ((min = Math.max(min, -2147483648)), (max = Math.min(max, 2147483647)));
    if (max < min) max = min;
    if (schema.multipleOf) {
      const step = schema.multipleOf;
      const first = Math.ceil(min / step);
      const last = Math.floor(max / step);
      return (last >= first ? this.int(first, Math.min(last, first + 1000)) : first) * step;
    }
    if (integer) return this.int(Math.ceil(min), Math.floor(Math.min(max, Math.ceil(min) + 1_000_000)));
    return Math.round((min + this.next() * (max - min)) * 100) / 100;
  }

  private string(schema: FakeSchema): string {
    const text = this.formatted(schema) ?? (schema.samples?.length ? this.pick(schema.samples) : this.word());
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Infinity;
    const chars = [...text];
    if (chars.length > max) return chars.slice(0, max).join('');
    return chars.length < min ? text + 'x'.repeat(min - chars.length) : text;
  }

  private word(): string {
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
    return `${this.pick(words)}-${this.int(1, 999)}`;
  }

  private formatted(schema: FakeSchema): string | undefined {
    const n = this.int(0, 0xffff);
    const hex = (digits: number) => Array.from({ length: digits }, () => this.int(0, 15).toString(16)).join('');
    const day = `20${String(this.int(10, 29))}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}`;
    const time = `${pad(this.int(0, 23))}:${pad(this.int(0, 59))}:${pad(this.int(0, 59))}`;
    switch (schema.format) {
      case 'date-time':
        return `${day}T${time}Z`;
      case 'date':
        return day;
      case 'time':
        return `${time}Z`;
      case 'email':
        return `${this.word()}@example.com`;
      case 'uuid':
        return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
      case 'uri':
      case 'url':
      case 'uri-reference':
        return `https://example.com/${this.word()}`;
      case 'hostname':
        return `${this.word()}.example.com`;
      case 'ipv4':
        return `192.0.2.${n % 255}`;
      case 'ipv6':
        return `2001:db8::${(n % 0xffff).toString(16)}`;
      default:
        return undefined;
    }
  }

  private array(schema: FakeSchema, depth: number, full: boolean): unknown[] {
    const prefix = schema.prefixItems ?? [];
    const min = Math.max(schema.minItems ?? 0, schema.items === false ? prefix.length : 0);
    const max = Math.min(schema.maxItems ?? Infinity, schema.items === false ? prefix.length : Infinity);
    const wanted = depth > 4 ? min : Math.max(min, Math.min(max, this.int(1, 3)));
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0, tries = 0; out.length < wanted && tries < wanted * 5 + 5; tries++) {
      const itemSchema = prefix[i] ?? (schema.items === false ? undefined : schema.items);
      const item = itemSchema === undefined ? null : this.value(itemSchema, depth + 1, full && depth < 3);
      if (schema.uniqueItems) {
        const key = JSON.stringify(item);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(item);
      i++;
    }
    return out;
  }

  /**
   * The declared properties in their order: the required ones, and as many optional ones as
   * `maxProperties` leaves room for at shallow levels (elsewhere just enough for `minProperties`);
   * then required ones not declared, then additional ones up to `minProperties`. Elasticsearch's
   * query container declares 61 properties and takes exactly one.
   */
  private object(schema: FakeSchema, depth: number, full: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    const extra = schema.additionalProperties;
    // How many optional properties, in the order declared: all that fit, or just enough.
    const target = full && depth < 4 ? (schema.maxProperties ?? Infinity) : (schema.minProperties ?? 0);
    let optional = Math.max(0, target - required.size);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!required.has(name) && optional-- <= 0) continue;
      setOwn(out, name, this.value(property, depth + 1, full));
    }
    for (const name of required) {
      if (!Object.hasOwn(out, name)) setOwn(out, name, extra ? this.value(extra, depth + 1, false) : this.word());
    }
    for (let i = Object.keys(out).length; extra && i < (schema.minProperties ?? 0); i++) {
      setOwn(out, `${this.word()}-${i}`, this.value(extra, depth + 1, false));
    }
    return out;
  }
}

/** A property by definition: a spec's `__proto__` property is data, not the object's prototype. */
function setOwn(object: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A schema's likely types when it names none: from the keywords it has. */
function guessTypes(schema: FakeSchema): readonly string[] {
  if (schema.properties || schema.additionalProperties !== undefined || schema.required) return ['object'];
  if (schema.items !== undefined || schema.prefixItems) return ['array'];
  if (schema.format || schema.samples || schema.minLength !== undefined || schema.maxLength !== undefined)
    return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined)
    return ['number'];
  return ['string'];
}

function isNullOnly(schema: FakeSchema): boolean {
  return schema.types?.length === 1 && schema.types[0] === 'null';
}

/** Whether a named schema's union lists schemas that extend it (`Pet: oneOf [Cat, Dog]`, `Cat: allOf [Pet]`). */
function unionOfChildren(member: FakeSchema, union: readonly FakeSchema[], schemas: FakeSchemas): boolean {
  if (member.ref === undefined) return false;
  return union.some((alt) => alt.ref !== undefined && schemas[alt.ref]?.allOf?.some((m) => m.ref === member.ref));
}

/**
 * One schema from an `allOf` (and the schema's own keywords): properties and `required` joined,
 * bounds narrowed, the first `enum`/`const`/format kept, types intersected. Enough for the
 * `allOf: [Base, { properties }]` that specs use for inheritance; anything subtler is caught by the
 * validator and faked again.
 */
function mergeAll(schema: FakeSchema, schemas: FakeSchemas, depth = 0): FakeSchema {
  const parts: FakeSchema[] = [];
  const collect = (s: FakeSchema, d: number): void => {
    const target = s.ref !== undefined ? schemas[s.ref] : s;
    if (!target || d > 12) return;
    if (target.allOf) for (const member of target.allOf) collect(member, d + 1);
    const { allOf: _allOf, oneOf, anyOf, tag, ...own } = target;
    // 3.0's `nullable: true` beside an `allOf` is `anyOf: [that, null]`: a member's object part is
    // what an object must satisfy (Box's `File--Full: allOf [File]`, `File: allOf [File--Mini]`).
    const union = oneOf ?? anyOf;
    const nonNull = d > depth ? union?.filter((m) => !isNullOnly(m)) : undefined;
    const nullable = nonNull?.length === 1 && union!.length === 2;
    if (nullable) collect(nonNull[0]!, d + 1);
    // A member's union is the value's too (`allOf: [ToolChoiceOption, { nullable: true }]`,
    // OpenAI's), but a parent's union of its children is not: `Cat: allOf [Pet]`, `Pet: oneOf [Cat, Dog]`.
    const keepsUnion = d === depth || (union !== undefined && !nullable && !unionOfChildren(s, union, schemas));
    parts.push(
      keepsUnion ? { ...own, ...(oneOf ? { oneOf } : {}), ...(anyOf ? { anyOf } : {}), ...(tag ? { tag } : {}) } : own,
    );
  };
  collect({ ...schema }, depth);
  let merged: Record<string, unknown> = {};
  for (const part of parts) {
    const previous = merged as FakeSchema;
    merged = { ...merged, ...part };
    if (previous.properties || part.properties) {
      const properties: Record<string, FakeSchema> = { ...previous.properties };
      for (const [name, schema] of Object.entries(part.properties ?? {})) {
        const before = properties[name];
        // Both parts shape the property: a value must satisfy both.
        properties[name] = before ? { allOf: [before, schema] } : schema;
      }
      merged['properties'] = properties;
    }
    if (previous.required || part.required)
      merged['required'] = [...new Set([...(previous.required ?? []), ...(part.required ?? [])])];
    if (previous.types && part.types) {
      const both = previous.types.filter(
        (t) => part.types!.includes(t) || (t === 'integer' && part.types!.includes('number')),
      );
      merged['types'] = both.length ? both : part.types;
    }
    for (const k of ['minimum', 'minLength', 'minItems', 'exclusiveMinimum'] as const) {
      if (previous[k] !== undefined && part[k] !== undefined) merged[k] = Math.max(previous[k]!, part[k]!);
    }
    for (const k of ['maximum', 'maxLength', 'maxItems', 'exclusiveMaximum'] as const) {
      if (previous[k] !== undefined && part[k] !== undefined) merged[k] = Math.min(previous[k]!, part[k]!);
    }
  }
  return merged as FakeSchema;
}
