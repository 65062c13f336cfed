/**
 * With an `unevaluatedProperties` in a spec, the checks it reaches in place record what they
 * evaluated (`ev`), and only those: an object of unions far from the keyword is checked as in a spec
 * without it, with no record made and no key list taken (7× slower when each union alternative made
 * its two sets anyway, 0.6× with the whole module in tracking mode), while the schemas that need the
 * records still fill them, through `$ref`s and `allOf` too.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { componentRef, PLAN_SCHEMA, schemasDocument } from '../support/fixtures.js';

const ref = componentRef;
const plan = { name: 'pro', seats: 2 };

const spec = schemasDocument({
  Plan: PLAN_SCHEMA,
  Account: {
    type: 'object',
    properties: {
      plan: { anyOf: [ref('Plan'), { type: 'null' }] },
      kind: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      rule: { if: { type: 'string' }, then: { minLength: 1 }, else: { type: 'integer' } },
    },
  },
  Sealed: { oneOf: [ref('Plan'), { type: 'string' }], unevaluatedProperties: false },
  // Base is checked in place by Closed, so it records `id` and `plan`; Plan, the value of `plan`, need not.
  Base: { type: 'object', properties: { id: { type: 'integer' }, plan: ref('Plan') } },
  Closed: { allOf: [ref('Base')], properties: { note: { type: 'string' } }, unevaluatedProperties: false },
});

let schemas: Record<string, { is(v: unknown): boolean; issues(v: unknown): unknown[] }>;
beforeAll(async () => {
  schemas = (await (await generateInline(spec)).load())['schemas'];
});

/** How many `Set`s `run` constructs and how many key lists (`Object.keys`) it takes: tracking's work. */
function trackingWorkOf(run: () => void): number {
  const [OriginalSet, keys] = [globalThis.Set, Object.keys];
  let work = 0;
  globalThis.Set = class extends OriginalSet<unknown> {
    constructor(values?: Iterable<unknown> | null) {
      super(values);
      work++;
    }
  } as SetConstructor;
  Object.keys = (o: object) => (work++, keys(o));
  try {
    run();
  } finally {
    [globalThis.Set, Object.keys] = [OriginalSet, keys];
  }
  return work;
}
const keysOf = Object.keys;

afterEach(() => {
  expect(globalThis.Set).toBe(Set);
  expect(Object.keys).toBe(keysOf);
});

describe('tracking mode', () => {
  it('checks objects and unions far from unevaluatedProperties without making records', () => {
    const value = { plan, kind: 3, rule: 'x' };
    expect(trackingWorkOf(() => expect(schemas['Account']!.is(value)).toBe(true))).toBe(0);
    expect(trackingWorkOf(() => expect(schemas['Account']!.is({ ...value, plan: null, rule: 4 })).toBe(true))).toBe(0);
    expect(schemas['Account']!.issues({ ...value, kind: true })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: ['kind'] },
    ]);
  });

  it('makes them where unevaluatedProperties reads them', () => {
    const closed = { id: 1, plan, note: 'n' };
    expect(trackingWorkOf(() => expect(schemas['Closed']!.is(closed)).toBe(true))).toBeGreaterThan(0);
    expect(schemas['Closed']!.issues({ ...closed, extra: 1 })).toEqual([
      { message: 'is not allowed (unevaluatedProperties)', path: ['extra'] },
    ]);
    expect(schemas['Closed']!.issues({ ...closed, plan: { ...plan, seats: 0 } })).toEqual([
      { message: 'must be >= 1', path: ['plan', 'seats'] },
    ]);
    expect(trackingWorkOf(() => expect(schemas['Sealed']!.is(plan)).toBe(true))).toBeGreaterThan(0);
    expect(schemas['Sealed']!.issues({ ...plan, extra: 1 })).toEqual([
      { message: 'is not allowed (unevaluatedProperties)', path: ['extra'] },
    ]);
    expect(schemas['Sealed']!.is('code')).toBe(true);
  });
});
