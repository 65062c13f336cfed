/** templates/validators/type-checks.ts: the JSON type tests, as expressions, run on values. */
import { describe, expect, it } from 'vitest';
import { notTypeCheck, typeCheck } from '../../../templates/validators/type-checks.js';
import { raw } from '../../../generator/safe/code.js';
import type { JsonType } from '../../../generator/ir/ir.js';
import { isObject } from '../../../templates/runtime/validators.js';

// The expressions call the runtime's helpers (`isObject`), as the generated module imports them.
const run = (expression: string) => (x: unknown) =>
  (new Function('x', 'isObject', `return ${expression};`) as (x: unknown, o: typeof isObject) => boolean)(x, isObject);
const VALUES: unknown[] = ['s', 1, 1.5, Number.NaN, Infinity, true, null, [], {}, undefined];

describe('type checks', () => {
  it.each<JsonType[]>([
    ['string'],
    ['integer'],
    ['number'],
    ['boolean'],
    ['null'],
    ['array'],
    ['object'],
    ['integer', 'null'],
    ['number', 'integer'],
  ])('%s: the negated test is the test negated, for every kind of value', (...types) => {
    const is = run(typeCheck(types, raw('x')).text);
    const isNot = run(notTypeCheck(types, raw('x')).text);
    for (const v of VALUES) expect(isNot(v)).toBe(!is(v));
  });

  it('numbers are finite (JSON has no NaN or Infinity); integers are whole; objects are not arrays or null', () => {
    expect(VALUES.filter(run(typeCheck(['number'], raw('x')).text))).toEqual([1, 1.5]);
    expect(VALUES.filter(run(typeCheck(['integer'], raw('x')).text))).toEqual([1]);
    expect(VALUES.filter(run(typeCheck(['object'], raw('x')).text))).toEqual([{}]);
    expect(run(typeCheck([], raw('x')).text)('s')).toBe(false);
  });
});
