/**
 * Bounds no value meets, and `enum`/`const` values a schema's own keywords refuse. Either way the
 * validator refuses what the type promises (a client's request fails its own check, a response the
 * server sends is called invalid), which a spec never means; each is warned where it is written.
 * Values are judged as the validators judge them: `multipleOf` with the runtime's tolerance, lengths
 * in code points, the pattern as the validator compiles it (linear-time for a risky one).
 */
import type { KeywordSchemaNode } from '../ir/ir.js';
import type { Place } from '../load/load-spec.js';
import { quote } from '../diagnostics.js';
import { patternRisk } from '../ir/pattern-risk.js';
import { len, linearPattern, multipleOf } from '../../templates/runtime/validators.js';
import { child, isObject, type ParseContext } from './parse-context.js';
import { typeAdmits } from './parse-enum.js';

type Bounded = Partial<KeywordSchemaNode>;
/** A schema node while it is filled in. */
type Draft = { -readonly [K in keyof KeywordSchemaNode]?: KeywordSchemaNode[K] };
interface Bound {
  readonly value: number;
  readonly open: boolean;
  readonly key: string;
}

/** The lower and upper bounds of each kind of value, and what a value of that kind is called. */
const BOUNDS = [
  ['minLength', 'maxLength', 'string'],
  ['minItems', 'maxItems', 'array'],
  ['minProperties', 'maxProperties', 'object'],
  ['minContains', 'maxContains', 'array'],
] as const;

/**
 * Bounds no value can meet (`minimum: 10, maximum: 1`; `minLength` above `maxLength`; an integer
 * between 1.2 and 1.8, a multiple of 10 between 1 and 9): the validator then refuses every value of
 * that kind. Warned at the lower bound, and kept as written.
 */
export function warnCrossedBounds(node: Bounded, place: Place, ctx: ParseContext): void {
  const low = tighter(node.minimum, node.exclusiveMinimum, (a, b) => a > b, 'minimum');
  const high = tighter(node.maximum, node.exclusiveMaximum, (a, b) => a < b, 'maximum');
  const named = (b: Bound) => `${b.key} ${b.value}`;
  if (low && high && (low.value > high.value || (low.value === high.value && (low.open || high.open)))) {
    const where = ctx.spec.locate(child(place, low.key));
    ctx.diagnostics.warn(`no number satisfies these bounds: ${named(low)}, ${named(high)}`, where);
  } else if (low && high) {
    const step = integralStep(node);
    const first = step && firstMultiple(low, step);
    if (step && first !== undefined && !admits(low, high, first)) {
      const what = step.of === 1 ? 'no integer' : `no multiple of ${step.of}`;
      ctx.diagnostics.warn(
        `${what} satisfies these bounds: ${named(low)}, ${named(high)}`,
        ctx.spec.locate(child(place, low.key)),
      );
    }
  }
  for (const [min, max, kind] of BOUNDS) {
    const [a, b] = [node[min], node[max]];
    if (a !== undefined && b !== undefined && a > b)
      ctx.diagnostics.warn(
        `no ${kind} satisfies these bounds: ${min} ${a}, ${max} ${b}`,
        ctx.spec.locate(child(place, min)),
      );
  }
}

/**
 * The lengths, in characters, of every string a format takes, where they are bounded: a UUID is 36
 * long, a date 10, an IPv4 address 7 to 15. Only formats whose every value fits.
 */
const FORMAT_LENGTHS: Readonly<Record<string, readonly [number, number]>> = {
  uuid: [36, 36],
  date: [10, 10],
  ipv4: [7, 15],
  ipv6: [2, 45],
};

/**
 * A format no string within the schema's length bounds has: Intercom's contact `id` is `format: uuid`
 * with `minLength: 24, maxLength: 24` (its example a 24-digit hex ID, as the server sends). Asserted,
 * the format refuses every string the lengths allow, the server's included; the lengths and the
 * example say what the author meant, so the format is kept as documentation only, with a warning.
 * Call after the lengths are read.
 */
export function dropUnreachableFormat(node: Draft, place: Place, ctx: ParseContext): void {
  const lengths = node.format === undefined ? undefined : FORMAT_LENGTHS[node.format];
  if (!lengths) return;
  const [shortest, longest] = lengths;
  const tooShort = node.maxLength !== undefined && node.maxLength < shortest;
  const tooLong = node.minLength !== undefined && node.minLength > longest;
  if (!tooShort && !tooLong) return;
  const bound = tooShort ? `maxLength ${node.maxLength}` : `minLength ${node.minLength}`;
  const span = shortest === longest ? `${shortest}` : `${shortest} to ${longest}`;
  ctx.diagnostics.warn(
    `format ${quote(node.format)} takes strings ${span} characters long, which ${bound} excludes: ` +
      'the format is documented but not validated, so the strings the length allows pass',
    ctx.spec.locate(child(place, 'format')),
  );
  node.formatUnchecked = node.format;
  delete node.format;
}

/** Of an inclusive and an exclusive bound, the one that binds (`beyond`: a is past b), and whether it is exclusive. */
function tighter(
  inclusive: number | undefined,
  exclusive: number | undefined,
  beyond: (a: number, b: number) => boolean,
  key: 'minimum' | 'maximum',
): Bound | undefined {
  if (exclusive !== undefined && (inclusive === undefined || !beyond(inclusive, exclusive)))
    return { value: exclusive, open: true, key: key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum' };
  return inclusive === undefined ? undefined : { value: inclusive, open: false, key };
}

/** Whether `x` lies within both bounds. */
function admits(low: Bound, high: Bound, x: number): boolean {
  return (low.open ? x > low.value : x >= low.value) && (high.open ? x < high.value : x <= high.value);
}

/**
 * The whole step every number the schema takes is a multiple of: 1 for an integer, a whole
 * `multipleOf`. A fractional `multipleOf` is left alone (its tolerance makes "the first multiple"
 * a question of rounding), as is a schema that takes other numbers too.
 */
function integralStep(node: Bounded): { of: number } | undefined {
  const m = node.multipleOf;
  if (m !== undefined) return Number.isSafeInteger(m) && m > 0 ? { of: m } : undefined;
  const numbers = node.types?.filter((t) => t === 'integer' || t === 'number');
  return numbers?.length === 1 && numbers[0] === 'integer' ? { of: 1 } : undefined;
}

/** The least multiple of `step` the lower bound admits; undefined past the safe integers. */
function firstMultiple(low: Bound, step: { of: number }): number | undefined {
  let first = Math.ceil(low.value / step.of) * step.of;
  if (low.open && first === low.value) first += step.of;
  return Number.isSafeInteger(first) ? first : undefined;
}

/**
 * `enum` and `const` values the schema's own keywords refuse (`enum: [0, 1, 2], minimum: 1`; a code
 * longer than `maxLength`; a value its `pattern` does not match): one warning per keyword, naming the
 * values and why. A value of another type is warned of by the enum's type check, not here.
 */
export function warnRefusedValues(node: Bounded, place: Place, ctx: ParseContext): void {
  // The pattern compiled once, on first use, for all the values.
  let pattern: Matcher | undefined;
  const matcher = () => (pattern ??= node.pattern === undefined ? undefined : compiled(node.pattern));
  const check = (values: readonly unknown[], key: 'enum' | 'const', spelled: (i: number) => string[]) => {
    const refused = values.flatMap((v, i) => {
      const why = !node.types || typeAdmits(node.types, v) ? ownRefusal(v, node, matcher) : undefined;
      return why === undefined ? [] : [{ i, text: `${quote(v)} (${why})` }];
    });
    if (refused.length === 0) return;
    const shown = refused.slice(0, 5).map((r) => r.text);
    if (refused.length > 5) shown.push(`and ${refused.length - 5} more`);
    const what = key === 'const' ? 'its `const`' : refused.length === values.length ? 'every `enum` value' : undefined;
    const message = what
      ? `no value satisfies this schema: its own keywords refuse ${what}: ${shown.join(', ')}`
      : `the validator refuses \`enum\` values the type admits, by the schema's own keywords: ${shown.join(', ')}`;
    ctx.diagnostics.warn(message, ctx.spec.locate(child(place, ...spelled(refused[0]!.i))));
  };
  if (node.enum?.length) check(node.enum, 'enum', (i) => ['enum', String(i)]);
  if (node.const) check([node.const.value], 'const', () => ['const']);
}

/** The keyword of the schema that refuses `value` (with its bound), if one does. */
function ownRefusal(value: unknown, node: Bounded, matcher: () => Matcher | undefined): string | undefined {
  if (typeof value === 'number') return numberRefusal(value, node);
  if (typeof value === 'string') return stringRefusal(value, node, matcher);
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) return `minItems ${node.minItems}`;
    if (node.maxItems !== undefined && value.length > node.maxItems) return `maxItems ${node.maxItems}`;
  } else if (isObject(value)) {
    const count = Object.keys(value).length;
    if (node.minProperties !== undefined && count < node.minProperties) return `minProperties ${node.minProperties}`;
    if (node.maxProperties !== undefined && count > node.maxProperties) return `maxProperties ${node.maxProperties}`;
    const missing = node.required?.find((name) => !Object.hasOwn(value, name));
    if (missing !== undefined) return `required ${quote(missing)}`;
  }
  return undefined;
}

function numberRefusal(x: number, node: Bounded): string | undefined {
  if (node.minimum !== undefined && x < node.minimum) return `minimum ${node.minimum}`;
  if (node.maximum !== undefined && x > node.maximum) return `maximum ${node.maximum}`;
  if (node.exclusiveMinimum !== undefined && x <= node.exclusiveMinimum)
    return `exclusiveMinimum ${node.exclusiveMinimum}`;
  if (node.exclusiveMaximum !== undefined && x >= node.exclusiveMaximum)
    return `exclusiveMaximum ${node.exclusiveMaximum}`;
  if (node.multipleOf !== undefined && !multipleOf(x, node.multipleOf)) return `multipleOf ${node.multipleOf}`;
  return undefined;
}

function stringRefusal(s: string, node: Bounded, matcher: () => Matcher | undefined): string | undefined {
  if (node.minLength !== undefined && len(s) < node.minLength) return `minLength ${node.minLength}`;
  if (node.maxLength !== undefined && len(s) > node.maxLength) return `maxLength ${node.maxLength}`;
  if (node.pattern !== undefined && !matcher()!.test(s))
    return `pattern ${quote(node.patternAsWritten ?? node.pattern)}`;
  return undefined;
}

/** A pattern as the validator compiles it: the engine's, or the linear-time program for a risky one. */
export interface Matcher {
  test(s: string): boolean;
}

/** A pattern's matcher, linear-time where the engine could backtrack: spec text never stalls generation. */
export function compiled(source: string): Matcher {
  const program = patternRisk(source).program;
  if (program === undefined) return new RegExp(source, 'u');
  const classes = program.classes.map((c) => new RegExp(c, 'u'));
  return linearPattern(program.instructions as (readonly number[])[], classes);
}
