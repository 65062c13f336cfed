/** The faker: a value of a fake schema, from a seed; and a value that passes a check, from several. */
import type { BodyCheck, FakeSchema, FakeSchemas, MockAnswer } from './answers.js';

/** Makes one fake value. `seed` picks every choice; the same seed gives the same value. */
export function fakeValue(schema: FakeSchema, schemas: FakeSchemas, seed: number): unknown {
  return new Faker(schemas, seed).value(schema, 0, true);
}

/**
 * A fake body that passes `check`: from `seed`, then the next seeds, then the examples. Undefined
 * when nothing validates (a schema no value satisfies, or one beyond the faker).
 */
export function validFake(
  answer: MockAnswer,
  schemas: FakeSchemas,
  seed: number,
  shape: FakeShape = {},
): { value: unknown } | undefined {
  if (answer.schema === undefined) return undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    // The later attempts leave out examples and optional properties: the smallest values are the
    // likeliest to satisfy an `allOf` whose parts disagree about a property. Then null where it is
    // allowed: `oneOf: [string, string | null]` (Elasticsearch's) takes nothing else. The last two
    // take each `oneOf`'s first alternative: a value of a later one may match an earlier one too
    // (Elasticsearch's Duration: any string, or "-1", or "0"); before them, random alternatives
    // find the one of a loose `oneOf` that a value matches alone (Okta's inline hook responses).
    const faker = new Faker(schemas, seed + attempt * 7919, {
      ...shape,
      useExamples: attempt < 4,
      preferNull: attempt === 6 || attempt === 7,
      firstOfOneOf: attempt >= 8,
    });
    const value = faker.value(answer.schema, 0, attempt < 6 && !shape.minimal);
    if (!answer.check || answer.check(value, 'strict').length === 0) return { value };
  }
  for (const example of answer.examples ?? [])
    if (!answer.check || answer.check(example, 'strict').length === 0) return { value: example };
  return (
    answer.check && (repaired(answer.schema, answer.check, schemas, seed, shape) ?? loose(answer, schemas, seed, shape))
  );
}

/**
 * What a caller asks of a fake's size (`fakes.User({ minimal: true })`): `minimal`, only required
 * properties and arrays at their `minItems`, as the leanest server response; `items`, how long to
 * make arrays (up to 10,000), within each one's `minItems`/`maxItems`, in the first five levels
 * (deeper ones stay at their `minItems`, as they always do).
 */
export interface FakeShape {
  readonly minimal?: boolean;
  readonly items?: number;
}

/**
 * The last resort: a value lenient mode takes, which is a value of the type. A loose `oneOf` whose
 * every value matches two alternatives (PagerDuty's) has none strict mode takes, nor has the server:
 * the mock answers what the server would, not a 501. The faker makes no unknown property or enum
 * value, so lenient mode's only allowance here is that one.
 */
function loose(
  answer: MockAnswer,
  schemas: FakeSchemas,
  seed: number,
  shape: FakeShape,
): { value: unknown } | undefined {
  const value = new Faker(schemas, seed, { ...shape, useExamples: false }).value(answer.schema!, 0, false);
  return answer.check!(value, 'lenient').length === 0 ? { value } : undefined;
}

/** An issue as the validators report it. */
interface CheckIssue {
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
}

/**
 * Why no fake was found, for the message that says so: the first issue of the first value made
 * (`0.payload: must match exactly one schema in oneOf`), which points at the schema to look at.
 */
export function fakeFailure(answer: MockAnswer, schemas: FakeSchemas, seed: number): string {
  if (answer.schema === undefined || !answer.check) return 'no fake';
  const issue = answer.check(fakeValue(answer.schema, schemas, seed), 'strict')[0] as CheckIssue | undefined;
  const where = issue?.path?.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue?.message ?? 'refused'}`;
}

/** How many times `repaired` makes a value again. */
const MAX_REPAIRS = 48;

/**
 * A fake whose unions are chosen by the check's answers: where the first issue lies at or below a
 * union, that union takes its next alternative and the value is made again (the deepest union not
 * yet tried in full first, then the one around it). It finds the one alternative of a loose `oneOf`
 * that a made-up value matches alone: GitHub's event `payload` is one of 16 objects, none closed,
 * one of them any object at all, so only that one's `{}` matches exactly one; random picks find it
 * by luck. Tried last, so a fake found before is unchanged.
 */
function repaired(
  schema: FakeSchema,
  check: BodyCheck,
  schemas: FakeSchemas,
  seed: number,
  shape: FakeShape = {},
): { value: unknown } | undefined {
  const forced = new Map<string, number>();
  const tried = new Map<string, number>();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const faker = new Faker(schemas, seed, { ...shape, useExamples: false, forced });
    const value = faker.value(schema, 0, false);
    const issue = check(value, 'strict')[0] as CheckIssue | undefined;
    if (issue === undefined) return { value };
    const union = faker.unionAround(issue.path ?? [], (u) => (tried.get(u.key) ?? 1) < u.size);
    if (union === undefined) return undefined;
    tried.set(union.key, (tried.get(union.key) ?? 1) + 1);
    forced.set(union.key, (union.index + 1) % union.size);
    // The unions inside the one that changed start again: they are made anew.
    for (const inner of union.inner) {
      forced.delete(inner);
      tried.delete(inner);
    }
  }
  return undefined;
}

/** The longest list `items` makes: a fixture's size, never a typo's (`items: 1e9`). */
const MAX_ITEMS = 10_000;

/** Past this depth a fake is null: a bound on what unions and merges may nest, far past real APIs. */
const MAX_DEPTH = 64;

/** How a faker chooses where a schema leaves it a choice. */
interface FakerChoices extends FakeShape {
  /** Take the spec's examples of a schema that has some. */
  readonly useExamples: boolean;
  /** Take a `oneOf`'s first alternative rather than a random one. */
  readonly firstOfOneOf?: boolean;
  /** Take null wherever it is allowed. */
  readonly preferNull?: boolean;
  /** The alternative to take of a union, by its key (`UnionChoice`), where one is given. */
  readonly forced?: ReadonlyMap<string, number>;
}

/**
 * A union the faker chose an alternative of (or an object, which of its optional properties it took
 * where not all fit: the first of them): its key (its path's keys as JSON, and how many choices
 * were met at that path before it), which alternative, and of how many.
 */
interface UnionChoice {
  readonly key: string;
  readonly path: readonly PropertyKey[];
  readonly index: number;
  readonly size: number;
  /** The keys of the unions met while making the chosen alternative's value. */
  readonly inner: string[];
}

/** A small seeded generator (mulberry32): deterministic, and fast enough for any fixture. */
class Faker {
  // Fields are declared, not parameter properties: the runtimes stay erasable TypeScript.
  private state: number;
  private readonly schemas: FakeSchemas;
  private readonly choices: FakerChoices;
  /** How often each named schema is open on the current path: recursion stops, a long chain does not. */
  private readonly open = new Map<string, number>();
  /** The keys from the root to the value being made. */
  private readonly path: PropertyKey[] = [];
  /** The unions chosen, by key, and their keys in the order they were met. */
  private readonly unions = new Map<string, UnionChoice>();
  private readonly unionKeys: string[] = [];
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
    if (schema.allOf?.length) {
      const merge = () => this.value(mergeAll(schema, this.schemas), depth + 1, full);
      // `{ description, allOf: [{ $ref }] }`, 3.0's way to annotate a reference, is the reference: a
      // recursion through it stops as one through `$ref` does (Elasticsearch's span queries nest so).
      const only = schema.allOf.length === 1 ? schema.allOf[0]!.ref : undefined;
      return only === undefined ? merge() : this.opened(only, merge);
    }
    const union = schema.oneOf ?? schema.anyOf;
    if (union?.length) return this.member(schema, union, depth, full);
    if (schema.then?.length) {
      const [next, ...later] = schema.then;
      const { then: _then, ...rest } = schema;
      return this.value({ ...rest, ...next, ...(later.length ? { then: later } : {}) }, depth + 1, full);
    }
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
        // `type: number, format: int64` (Bolt's prices in cents): the format asks for an integer.
        return this.number(schema, type === 'integer' || schema.format === 'int32' || schema.format === 'int64');
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
    return target === undefined ? null : this.opened(ref, () => this.value(target, depth + 1, full));
  }

  /** A value made with the named schema open once more; null where it is open twice already. */
  private opened(ref: string, make: () => unknown): unknown {
    const open = this.open.get(ref) ?? 0;
    if (open >= 2) return null;
    this.open.set(ref, open + 1);
    try {
      return make();
    } finally {
      this.open.set(ref, open);
    }
  }

  /**
   * The deepest union chosen whose path leads to `path` (an issue's) and that `open` allows: of two
   * at one path, the later is inside the other's alternative.
   */
  unionAround(path: readonly PropertyKey[], open: (union: UnionChoice) => boolean): UnionChoice | undefined {
    let found: UnionChoice | undefined;
    for (const union of this.unions.values()) {
      const around = union.path.length <= path.length && union.path.every((k, i) => String(k) === String(path[i]));
      if (around && open(union) && (!found || union.path.length >= found.path.length)) found = union;
    }
    return found;
  }

  /**
   * Records a union's choice, for `repaired` (only then are paths tracked): the alternative it is
   * told to take, else `otherwise`. A union inside a union's alternative is at the same path: the
   * count in its key tells them apart.
   */
  private choose(size: number, otherwise: number): UnionChoice {
    const at = JSON.stringify(this.path);
    let nth = 0;
    while (this.unions.has(`${at}#${nth}`)) nth++;
    const key = `${at}#${nth}`;
    const forced = this.choices.forced?.get(key);
    const index = forced !== undefined ? forced % size : otherwise;
    const choice: UnionChoice = { key, path: [...this.path], index, size, inner: [] };
    this.unions.set(key, choice);
    this.unionKeys.push(key);
    return choice;
  }

  /** Makes the value at `key` of the current one (its path tracked when `repaired` asks). */
  private at(key: PropertyKey, make: () => unknown): unknown {
    if (!this.choices.forced) return make();
    this.path.push(key);
    try {
      return make();
    } finally {
      this.path.pop();
    }
  }

  private member(schema: FakeSchema, union: readonly FakeSchema[], depth: number, full: boolean): unknown {
    const random = this.int(0, union.length - 1);
    // Preferring null, an alternative that takes it: of `oneOf: [string, string | null]` only null
    // matches exactly one.
    const nullable = this.choices.preferNull ? union.findIndex((m) => this.resolved(m)?.types?.includes('null')) : -1;
    const first = this.choices.firstOfOneOf && union === schema.oneOf ? 0 : random;
    const choice = this.choices.forced && this.choose(union.length, nullable >= 0 ? nullable : first);
    const index = choice ? choice.index : nullable >= 0 ? nullable : first;
    const before = this.unionKeys.length;
    const chosen = union[index]!;
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    const base = schema.properties || schema.types ? rest : undefined;
    const merged = base ? mergeAll({ allOf: [base, chosen] }, this.schemas) : chosen;
    const value = this.value(merged, depth + 1, full);
    if (choice) choice.inner.push(...this.unionKeys.slice(before));
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
    const { items, minimal } = this.choices;
    const asked = () => (items !== undefined ? Math.min(items, MAX_ITEMS) : minimal ? min : this.int(1, 3));
    const wanted = depth > 4 ? min : Math.max(min, Math.min(max, asked()));
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0, tries = 0; out.length < wanted && tries < wanted * 5 + 5; tries++) {
      const itemSchema = prefix[i] ?? (schema.items === false ? undefined : schema.items);
      const make = () => (itemSchema === undefined ? null : this.value(itemSchema, depth + 1, full && depth < 3));
      const item = this.at(out.length, make);
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
   * `maxProperties` leaves room for at shallow levels (elsewhere just enough for `minProperties`),
   * a choice `repaired` can change as it changes a union's;
   * then required ones not declared, then additional ones up to `minProperties`. Elasticsearch's
   * query container declares 61 properties and takes exactly one.
   */
  private object(schema: FakeSchema, depth: number, full: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    const extra = schema.additionalProperties;
    // How many optional properties: all that fit, or just enough.
    const target = full && depth < 4 ? (schema.maxProperties ?? Infinity) : (schema.minProperties ?? 0);
    const optional = Object.keys(schema.properties ?? {}).filter((name) => !required.has(name));
    const count = Math.min(optional.length, Math.max(0, target - required.size));
    // Which of them, where not all fit: from the first declared, or from where `repaired` moves the
    // start. Elasticsearch's span query takes one of ten, and the first few hold span queries again.
    const choice = count > 0 && count < optional.length && this.choices.forced && this.choose(optional.length, 0);
    const start = choice ? choice.index : 0;
    const taken = new Set(Array.from({ length: count }, (_, i) => optional[(start + i) % optional.length]));
    const before = this.unionKeys.length;
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!required.has(name) && !taken.has(name)) continue;
      const value = this.at(name, () => this.value(property, depth + 1, full));
      setOwn(out, name, value);
    }
    if (choice) choice.inner.push(...this.unionKeys.slice(before));
    for (const name of required) {
      if (Object.hasOwn(out, name)) continue;
      setOwn(out, name, extra ? this.at(name, () => this.value(extra, depth + 1, false)) : this.word());
    }
    for (let i = Object.keys(out).length; extra && i < (schema.minProperties ?? 0); i++) {
      const name = `${this.word()}-${i}`;
      const value = this.at(name, () => this.value(extra, depth + 1, false));
      setOwn(out, name, value);
    }
    return out;
  }
}

/** A schema's union alone: its `oneOf` or `anyOf`, and its tag. */
function unionOf(schema: FakeSchema): FakeSchema {
  const { oneOf, anyOf, tag } = schema;
  return { ...(oneOf ? { oneOf } : {}), ...(anyOf ? { anyOf } : {}), ...(tag ? { tag } : {}) };
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
    const { allOf: _allOf, oneOf, anyOf, tag: _tag, ...own } = target;
    // 3.0's `nullable: true` beside an `allOf` is `anyOf: [that, null]`: a member's object part is
    // what an object must satisfy (Box's `File--Full: allOf [File]`, `File: allOf [File--Mini]`).
    const union = oneOf ?? anyOf;
    const nonNull = d > depth ? union?.filter((m) => !isNullOnly(m)) : undefined;
    const nullable = nonNull?.length === 1 && union!.length === 2;
    if (nullable) collect(nonNull[0]!, d + 1);
    // A member's union is the value's too (`allOf: [ToolChoiceOption, { nullable: true }]`,
    // OpenAI's), but a parent's union of its children is not: `Cat: allOf [Pet]`, `Pet: oneOf [Cat, Dog]`.
    const keepsUnion = d === depth || (union !== undefined && !nullable && !unionOfChildren(s, union, schemas));
    parts.push(keepsUnion ? { ...own, ...unionOf(target) } : own);
  };
  collect({ ...schema }, depth);
  let merged: Record<string, unknown> = {};
  for (const part of parts) {
    const previous = merged as FakeSchema;
    merged = { ...merged, ...part };
    // Two members with a union each (Cribl's S3 collector: a partitioning scheme and a way to sign
    // in, each tagged): the first stays the schema's union, the others wait in `then`.
    if (previous.then && part.then) merged['then'] = [...previous.then, ...part.then];
    if ((previous.oneOf ?? previous.anyOf) && (part.oneOf ?? part.anyOf)) {
      merged['then'] = [...((merged['then'] as FakeSchema[] | undefined) ?? []), unionOf(part)];
      for (const key of ['oneOf', 'anyOf', 'tag'] as const) {
        if (previous[key] === undefined) delete merged[key];
        else merged[key] = previous[key];
      }
    }
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
