/**
 * One `unevaluatedProperties` in a spec puts every check of its validators module in tracking mode
 * (each takes the record `ev` of what it evaluated). The records are made only when a check is asked
 * for one: an object of unions, far from the keyword, is checked without a single allocation of
 * them (7× slower when each alternative made its two sets anyway), and the schema that needs them
 * still gets them.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument } from '../support/fixtures.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const plan = { name: 'pro', seats: 2 };

const spec = schemasDocument({
  Plan: {
    type: 'object',
    required: ['name', 'seats'],
    properties: { name: { type: 'string' }, seats: { type: 'integer', minimum: 1 } },
  },
  Account: {
    type: 'object',
    properties: {
      plan: { anyOf: [ref('Plan'), { type: 'null' }] },
      kind: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      rule: { if: { type: 'string' }, then: { minLength: 1 }, else: { type: 'integer' } },
    },
  },
  Sealed: { oneOf: [ref('Plan'), { type: 'string' }], unevaluatedProperties: false },
});

let schemas: Record<string, { is(v: unknown): boolean; issues(v: unknown): unknown[] }>;
beforeAll(async () => {
  schemas = (await (await generateInline(spec)).load())['schemas'];
});

/** How many `Set`s `run` constructs. */
function setsMadeBy(run: () => void): number {
  const Original = globalThis.Set;
  let made = 0;
  globalThis.Set = class extends Original<unknown> {
    constructor(values?: Iterable<unknown> | null) {
      super(values);
      made++;
    }
  } as SetConstructor;
  try {
    run();
  } finally {
    globalThis.Set = Original;
  }
  return made;
}

afterEach(() => expect(globalThis.Set).toBe(Set));

describe('tracking mode', () => {
  it('checks unions far from unevaluatedProperties without making records', () => {
    const value = { plan, kind: 3, rule: 'x' };
    expect(setsMadeBy(() => expect(schemas['Account']!.is(value)).toBe(true))).toBe(0);
    expect(setsMadeBy(() => expect(schemas['Account']!.is({ ...value, plan: null, rule: 4 })).toBe(true))).toBe(0);
    expect(schemas['Account']!.issues({ ...value, kind: true })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: ['kind'] },
    ]);
  });

  it('makes them where unevaluatedProperties reads them', () => {
    expect(setsMadeBy(() => expect(schemas['Sealed']!.is(plan)).toBe(true))).toBeGreaterThan(0);
    expect(schemas['Sealed']!.issues({ ...plan, extra: 1 })).toEqual([
      { message: 'is not allowed (unevaluatedProperties)', path: ['extra'] },
    ]);
    expect(schemas['Sealed']!.is('code')).toBe(true);
  });
});
