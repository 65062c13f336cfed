/**
 * Checks of a value as one expression, with no call: a bare `type` and an `enum`. A property or item
 * whose schema is one of these is tested in place in its parent's function, and its failure is one
 * runtime call that picks the message ("is required", "must be string", the enum's list): the
 * generated code keeps only the test, which is what a consumer's `tsc` parses and binds (with the
 * flattened object checks of compile-schema.ts, OpenAI's validators went from 476k nodes to 372k).
 */
import { code, join, lit, raw, when, type Code } from '../../generator/safe/code.js';
import type { JsonType } from '../../generator/ir/ir.js';
import { notTypeCheck } from './type-checks.js';

/** A test of one value, and the halting call that reports its failure. */
export interface InlineTest {
  /** True when the value fails. */
  readonly fails: Code;
  /** The failure, at `key` (the value itself when undefined); "is required" when `required` and absent. */
  failure(key: Code | undefined, required: boolean): Code;
}

/** `value`'s test against `types` alone: `typeof`, `Number.isInteger`, … */
export function typeTest(types: readonly JsonType[], value: Code): InlineTest {
  return { fails: notTypeCheck(types, value), failure: failureWith(value, `must be ${types.join(' or ')}`) };
}

/** A halting call with a fixed message (or "is required" for an absent required property). */
function failureWith(value: Code, message: string): InlineTest['failure'] {
  return (key, required) => {
    if (key === undefined) return code`halt(e, m, ${message})`;
    return required ? code`haltProperty(e, m, ${key}, ${value}, ${message})` : code`haltAt(e, m, ${key}, ${message})`;
  };
}

/**
 * The test that `value` is none of `values`. Lenient mode (responses) lets through a value of the
 * right type that the spec does not list yet. When every value has the schema's one type (`type:
 * string` with a string enum, the common case), the type test folds into it (`foldsType`): one test
 * and one issue, "must be string" or "must be one of: …", both worked out by the runtime's `haltEnum`.
 */
export function enumTest(
  values: readonly unknown[],
  types: readonly JsonType[] | undefined,
  value: Code,
  valuesOf: (values: readonly unknown[], asSet: boolean) => Code,
): InlineTest & { readonly foldsType: boolean } {
  const test = isAny(values, value, valuesOf);
  const list = listMessage(values);
  const kinds = [...new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)))];
  const kind = kinds.length === 1 && (kinds[0] === 'string' || kinds[0] === 'number') ? kinds[0] : undefined;
  const foldsType = kind !== undefined && types?.length === 1 && types[0] === kind;
  if (foldsType) {
    const failure = (key: Code | undefined, required: boolean): Code =>
      code`haltEnum(e, m, ${key ?? raw('undefined')}, ${value}, ${kind}, ${list}${when(required, raw(', true'))})`;
    return { fails: code`!(${test})`, failure, foldsType };
  }
  // Lenient mode lets through a value of a kind the list holds, as the read type opens to strings and
  // numbers (`1 | 'a' | (string & {}) | (number & {})`); a listed null changes nothing, so a nullable
  // enum (`[asc, desc, null]`, 3.0's `nullable: true`) is lenient as a string enum is.
  const open = (['string', 'number'] as const).filter((k) => kinds.includes(k));
  const isOpen = join(
    open.map((k) => code`typeof ${value} === ${k}`),
    ' || ',
  );
  const lenientOk =
    open.length && (!types || types.length > 0)
      ? code` && !((m & 2) && ${open.length > 1 ? code`(${isOpen})` : isOpen})`
      : raw('');
  return { fails: code`!(${test})${lenientOk}`, failure: failureWith(value, list), foldsType };
}

/** True when `value` is one of `values`: a chain of `===`, a `Set` lookup, or a loop for long lists of objects. */
function isAny(
  values: readonly unknown[],
  value: Code,
  valuesOf: (values: readonly unknown[], asSet: boolean) => Code,
): Code {
  if (values.length === 0) return raw('false');
  if (values.every(isPrimitive) && values.length > LONG_CHAIN) return code`${valuesOf(values, true)}.has(${value})`;
  if (values.length > LONG_LIST) return code`${valuesOf(values, false)}.some((value) => eq(${value}, value))`;
  return join(
    values.map((v) => equals(value, v)),
    ' || ',
  );
}

/** "must be one of: a, b, …", the first 20 values. */
function listMessage(values: readonly unknown[]): string {
  const shown = values.slice(0, 20).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `must be one of: ${shown.join(', ')}${values.length > 20 ? ', …' : ''}`;
}

type Primitive = string | number | boolean | null;

function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value !== 'object';
}

/**
 * Enums with more values than this are a `Set` lookup rather than a chain of `===` tests (and
 * enums of objects or arrays past LONG_LIST a loop over an array).
 */
const LONG_CHAIN = 16;

/**
 * anyOf/oneOf with more alternatives than this are tried in a loop over an array. A chain
 * `a || b || …` that long overflows TypeScript's binder, which recurses once per operand (a
 * consumer's `tsc` crashed on a 2,476-value enum, APIs.guru storecove.com, `@ts-nocheck` or not), and
 * one statement per alternative grows past what its control flow analysis takes (TS2563).
 */
export const LONG_LIST = 256;

/** `x === value`, or deep equality for objects and arrays. */
export function equals(x: Code, value: unknown): Code {
  if (value === null || typeof value !== 'object')
    return code`${x} === ${lit(value as string | number | boolean | null)}`;
  return code`eq(${x}, ${lit(value as never)})`;
}
