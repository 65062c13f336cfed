/** The JSON type tests, one expression per type, shared by the validator compiler. */
import { join, raw, code, type Code } from '../../generator/safe/code.js';
import type { JsonType } from '../../generator/ir/ir.js';

const TESTS: Record<JsonType, (v: Code) => Code> = {
  string: (v) => code`typeof ${v} === "string"`,
  // NaN and ±Infinity are no JSON numbers (JSON.stringify sends them as null): never a `number`.
  number: (v) => code`Number.isFinite(${v})`,
  integer: (v) => code`Number.isInteger(${v})`,
  boolean: (v) => code`typeof ${v} === "boolean"`,
  null: (v) => code`${v} === null`,
  array: (v) => code`Array.isArray(${v})`,
  object: (v) => code`isObject(${v})`,
};

/** An expression that is true when `value` has one of `types`. */
export function typeCheck(types: readonly JsonType[], value: Code): Code {
  if (types.length === 0) return raw('false');
  const list = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  return join(
    list.map((t) => TESTS[t](value)),
    ' || ',
  );
}

const NEGATED: Partial<Record<JsonType, (v: Code) => Code>> = {
  string: (v) => code`typeof ${v} !== "string"`,
  number: (v) => code`!Number.isFinite(${v})`,
  integer: (v) => code`!Number.isInteger(${v})`,
  boolean: (v) => code`typeof ${v} !== "boolean"`,
  null: (v) => code`${v} !== null`,
  array: (v) => code`!Array.isArray(${v})`,
  object: (v) => code`!isObject(${v})`,
};

/** An expression that is true when `value` has none of `types` (the short form for one type). */
export function notTypeCheck(types: readonly JsonType[], value: Code): Code {
  const single = types.length === 1 ? NEGATED[types[0]!] : undefined;
  return single ? single(value) : code`!(${typeCheck(types, value)})`;
}
