/**
 * Huge enums and anyOfs compile to code a consumer's `tsc` can bind: a chain of 2,476 `x === …`
 * tests (APIs.guru's storecove.com) overflowed TypeScript's binder stack, `@ts-nocheck` or not.
 * Long enums become a `Set` lookup, long anyOfs one statement per alternative; both still validate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheck } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const N = 5000;
const values = Array.from({ length: N }, (_, i) => `v${i}`);
const spec = schemasDocument({
  Big: { type: 'string', enum: values },
  Holder: {
    type: 'object',
    properties: { code: { type: 'string', enum: values }, mixed: { enum: [...values.slice(0, 20), 1, null, true] } },
  },
  // Distinct alternatives (each requires its own key), so none is shared with another.
  Any: { anyOf: Array.from({ length: 3000 }, (_, i) => ({ type: 'object', required: [`k${i}`] })) },
  Few: { type: 'string', enum: ['a', 'b', 'c'] },
  Objects: { enum: Array.from({ length: 300 }, (_, i) => ({ id: i })) },
  // Long lists in the other shapes: oneOf, and anyOf whose annotations unevaluatedProperties reads.
  One: { oneOf: Array.from({ length: 300 }, (_, i) => ({ type: 'object', required: [`k${i}`] })) },
  Tracked: {
    anyOf: Array.from({ length: 300 }, (_, i) => ({
      properties: { [`k${i}`]: { type: 'integer' } },
      required: [`k${i}`],
    })),
    unevaluatedProperties: false,
  },
});

describe('long enum and anyOf chains', () => {
  let pkg: InlinePackage;
  let schemas: Record<
    string,
    { is(v: unknown): boolean; issues(v: unknown, o?: object): Array<{ message: string; path: unknown[] }> }
  >;
  beforeAll(async () => {
    pkg = await generateInline(spec);
    schemas = (await pkg.load())['schemas'];
  }, 120_000);

  it('type-checks (tsc binds the validators without overflowing)', () => {
    const result = typeCheck(pkg.out);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);

  it('hoists one Set per distinct value list and keeps short enums as comparisons', () => {
    const text = readFileSync(path.join(pkg.out, 'validators.gen.ts'), 'utf8');
    expect(text.match(/^const values\d+ = \/\* @__PURE__ \*\/ new Set\(/gm)).toHaveLength(2); // Big and Holder.code share one; mixed has its own
    expect(text).toContain("x === 'a' || x === 'b' || x === 'c'");
    expect(text).not.toMatch(/x === 'v4999'/);
    expect(text).toMatch(/^const (values\d+) = \[\n {2}\{ id: 0 \},/m); // objects: an array, compared deeply
    expect(text).toMatch(/!values\d+\.some\(\(value\) => eq\(x, value\)\)/);
  });

  it('validates as before: members, wrong values, wrong types, lenient mode, messages', () => {
    expect(schemas['Big']!.is('v4999')).toBe(true);
    expect(schemas['Big']!.is('v5000')).toBe(false);
    expect(schemas['Big']!.issues(7)).toEqual([{ message: 'must be string', path: [] }]);
    expect(schemas['Big']!.issues('zz')).toEqual([
      { message: `must be one of: ${values.slice(0, 20).join(', ')}, …`, path: [] },
    ]);
    expect(schemas['Big']!.issues('zz', { lenient: true })).toEqual([]);
    expect(schemas['Holder']!.issues({ code: 'v0' })).toEqual([]);
    expect(schemas['Holder']!.issues({ code: 'nope' })[0]!.path).toEqual(['code']);
    for (const ok of ['v3', 1, null, true]) expect(schemas['Holder']!.is({ mixed: ok })).toBe(true);
    for (const bad of ['1', 0, false, 'null']) expect(schemas['Holder']!.is({ mixed: bad })).toBe(false);
    expect(schemas['Objects']!.is({ id: 299 })).toBe(true);
    expect(schemas['Objects']!.is({ id: 300 })).toBe(false);
    expect(schemas['Objects']!.is({ id: 1, extra: true })).toBe(false);
  });

  it('an anyOf of 3,000 alternatives passes when one matches and fails when none does', () => {
    expect(schemas['Any']!.is({ k2999: 1 })).toBe(true);
    expect(schemas['Any']!.is({ k0: 1 })).toBe(true);
    expect(schemas['Any']!.issues({ other: 1 })).toEqual([
      { message: 'must match at least one schema in anyOf', path: [] },
    ]);
  });

  it('a oneOf of 300 wants exactly one match; an anyOf of 300 gives every passing alternative’s annotations', () => {
    expect(schemas['One']!.is({ k299: 1 })).toBe(true);
    expect(schemas['One']!.is({ k1: 1, k2: 1 })).toBe(false);
    expect(schemas['One']!.issues({})).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
    expect(schemas['Tracked']!.is({ k5: 1, k299: 2 })).toBe(true);
    expect(schemas['Tracked']!.issues({ k5: 1, zz: 2 })).toEqual([
      { message: 'is not allowed (unevaluatedProperties)', path: ['zz'] },
    ]);
    expect(schemas['Tracked']!.is({ k5: 'x' })).toBe(false);
  });
});
