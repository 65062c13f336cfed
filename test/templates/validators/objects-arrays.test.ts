/**
 * templates/validators/keywords/objects.ts and arrays.ts: required and property names (own, never
 * inherited; `__proto__` is data), additional and pattern properties, sizes, items and uniqueness,
 * run as emitted.
 */
import { describe, expect, it } from 'vitest';
import { objectChecks } from '../../../templates/validators/keywords/objects.js';
import { arrayChecks } from '../../../templates/validators/keywords/arrays.js';
import { raw } from '../../../generator/safe/code.js';
import { keywordCompiler, keywords, runLines } from '../../support/keyword-harness.js';

const string = keywords({ types: ['string'] });
const noEv = raw('undefined');

describe('objectChecks', () => {
  it('requires own properties: inherited ones and prototype names do not count', () => {
    const c = keywordCompiler();
    const check = runLines(c, objectChecks(c, keywords({ required: ['id', '__proto__'] }), 'read', noEv));
    expect(check(JSON.parse('{"id": 1, "__proto__": 2}'))).toEqual([]);
    expect(check({ id: 1 })).toHaveLength(1);
    expect(check(Object.create({ id: 1, ['__proto__']: 2 }))).toHaveLength(2);
  });

  it('closes an object with additionalProperties: false, letting declared and pattern properties through', () => {
    const c = keywordCompiler();
    const schema = keywords({
      properties: [{ name: 'name', schema: string }],
      patternProperties: [{ pattern: '^x-', schema: string }],
      additionalProperties: { kind: 'boolean', pointer: '#', value: false },
    });
    const check = runLines(c, objectChecks(c, schema, 'read', noEv));
    expect(check({ name: 'a', 'x-trace': 'b' })).toEqual([]);
    expect(check({ name: 'a', other: 1 })).toHaveLength(1);
    expect(check({ 'x-trace': 5 })).toHaveLength(1); // a pattern property is checked by its schema
  });

  it('counts properties (minProperties, maxProperties)', () => {
    const c = keywordCompiler();
    const check = runLines(c, objectChecks(c, keywords({ minProperties: 1, maxProperties: 2 }), 'read', noEv));
    expect(check({ a: 1 })).toEqual([]);
    expect(check({})).toHaveLength(1);
    expect(check({ a: 1, b: 2, c: 3 })).toHaveLength(1);
  });
});

describe('arrayChecks', () => {
  it('checks sizes, items and uniqueness (by JSON value, not identity)', () => {
    const c = keywordCompiler();
    const check = runLines(
      c,
      arrayChecks(c, keywords({ minItems: 1, maxItems: 3, items: string, uniqueItems: true }), 'read', noEv),
    );
    expect(check(['a', 'b'])).toEqual([]);
    expect(check([])).toHaveLength(1);
    expect(check(['a', 'b', 'c', 'd'])).toHaveLength(1);
    expect(check(['a', 1])).toHaveLength(1);
    expect(check(['a', 'a'])).toHaveLength(1);
    const objects = runLines(c, arrayChecks(c, keywords({ uniqueItems: true }), 'read', noEv));
    expect(
      objects([
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toHaveLength(1);
  });

  it('checks prefixItems position by position, and closes the rest with items: false', () => {
    const c = keywordCompiler();
    const schema = keywords({
      prefixItems: [string, keywords({ types: ['integer'] })],
      items: { kind: 'boolean', pointer: '#', value: false },
    });
    const check = runLines(c, arrayChecks(c, schema, 'read', noEv));
    expect(check(['a', 1])).toEqual([]);
    expect(check([1, 'a'])).toHaveLength(2);
    expect(check(['a', 1, 'extra'])).toHaveLength(1);
  });
});
