/**
 * What a refused union reports (runtime `haltUnion`): the issues of the one alternative that got
 * past the value's type, else the union's own message. The answers (valid or not) are the same as
 * before; only the issues of an invalid value say more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { componentRef, PLAN_SCHEMA, schemasDocument } from '../support/fixtures.js';

const ref = componentRef;

const spec = schemasDocument({
  Plan: PLAN_SCHEMA,
  Account: {
    type: 'object',
    properties: { plan: { anyOf: [ref('Plan'), { type: 'null' }] } },
  },
  // Two alternatives of different types: a string, or a Plan.
  PlanOrCode: { oneOf: [{ type: 'string', minLength: 2 }, ref('Plan')] },
  // Two object alternatives: both get past an object's type, so neither is "the" answer.
  Shape: {
    oneOf: [
      { type: 'object', required: ['r'], properties: { r: { type: 'number' } } },
      { type: 'object', required: ['w'], properties: { w: { type: 'number' } } },
    ],
  },
  Loose: { oneOf: [{ type: 'object' }, { type: 'object', properties: { a: { type: 'string' } } }] },
  // Untagged variants: the one whose required properties the value has is the one it meant.
  Pet: {
    oneOf: [
      { type: 'object', required: ['meows'], properties: { meows: { type: 'boolean' } } },
      { type: 'object', required: ['barks'], properties: { barks: { type: 'boolean' } } },
    ],
  },
  Node: { type: 'object', properties: { v: { type: 'string' }, next: { anyOf: [ref('Node'), { type: 'null' }] } } },
  // With an `unevaluatedProperties` in the spec, every check of the module records what it evaluated
  // (tracking mode), Account's union too: it said only "must match at least one schema" then.
  SealedOne: { oneOf: [ref('Plan'), { type: 'string' }], unevaluatedProperties: false },
  SealedAny: { anyOf: [ref('Plan'), { type: 'string' }], unevaluatedProperties: false },
  // Past 256 alternatives the checks are a list constant, tried in a loop.
  ManyOne: { oneOf: [...codes(300), ref('Plan')] },
  ManyAny: { anyOf: [...codes(300), ref('Plan')] },
});

function codes(n: number): object[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'string', const: `code${i}` }));
}

/** A chain of `depth` nodes whose last has a number for `v`. */
function chain(depth: number): unknown {
  let node: unknown = { v: 1, next: null };
  for (let i = 1; i < depth; i++) node = { v: 'x', next: node };
  return node;
}

let schemas: Record<string, { is(v: unknown): boolean; issues(v: unknown, o?: object): unknown[] }>;
beforeAll(async () => {
  schemas = (await (await generateInline(spec)).load())['schemas'];
});

describe('a refused union', () => {
  it("reports the nullable object's own problem, at its path, not 'must match at least one schema'", () => {
    expect(schemas['Account']!.issues({ plan: { name: 'pro', seats: 'ten' } })).toEqual([
      { message: 'must be integer', path: ['plan', 'seats'] },
    ]);
    expect(schemas['Account']!.issues({ plan: { name: 'pro', seats: 0 } })).toEqual([
      { message: 'must be >= 1', path: ['plan', 'seats'] },
    ]);
    // Every issue of that alternative when all are asked for.
    expect(schemas['Account']!.issues({ plan: { seats: 'ten' } }, { all: true })).toEqual([
      { message: 'is required', path: ['plan', 'name'] },
      { message: 'must be integer', path: ['plan', 'seats'] },
    ]);
    expect(schemas['Account']!.issues({ plan: null })).toEqual([]);
    expect(schemas['Account']!.is({ plan: { name: 'pro', seats: 'ten' } })).toBe(false);
  });

  it('picks the alternative of the value’s type, in a oneOf too', () => {
    expect(schemas['PlanOrCode']!.issues('x')).toEqual([{ message: 'must have at least 2 characters', path: [] }]);
    expect(schemas['PlanOrCode']!.issues({ name: 'pro' })).toEqual([{ message: 'is required', path: ['seats'] }]);
    expect(schemas['PlanOrCode']!.issues('pro')).toEqual([]);
  });

  it('finds the problem through nested unions, and past 16 of them says where it stopped looking', () => {
    const next = (n: number) => Array.from({ length: n }, () => 'next');
    expect(schemas['Node']!.issues(chain(6))).toEqual([{ message: 'must be string', path: [...next(5), 'v'] }]);
    // Each nested re-run checks the rest of the chain again: bounded, so a 2,000-deep value stays linear.
    expect(schemas['Node']!.issues(chain(40))).toEqual([
      { message: 'must match at least one schema in anyOf', path: next(17) },
    ]);
    expect(schemas['Node']!.issues(chain(2000))).toHaveLength(1);
  });

  it('beside unevaluatedProperties, and in a union of more than 256 alternatives, too', () => {
    for (const name of ['SealedOne', 'SealedAny', 'ManyOne', 'ManyAny']) {
      expect(schemas[name]!.issues({ name: 'pro', seats: 'ten' }), name).toEqual([
        { message: 'must be integer', path: ['seats'] },
      ]);
      expect(schemas[name]!.issues({ name: 'pro', seats: 2 }), name).toEqual([]);
    }
    expect(schemas['SealedOne']!.issues({ name: 'pro', seats: 2, extra: 1 })).toEqual([
      { message: 'is not allowed (unevaluatedProperties)', path: ['extra'] },
    ]);
    expect(schemas['ManyOne']!.issues('code299')).toEqual([]);
    expect(schemas['ManyAny']!.issues(7)).toEqual([{ message: 'must match at least one schema in anyOf', path: [] }]);
  });

  it('among object alternatives, picks the one whose required properties the value has', () => {
    expect(schemas['Pet']!.issues({ meows: 'loud' })).toEqual([{ message: 'must be boolean', path: ['meows'] }]);
    expect(schemas['Pet']!.issues({ barks: 1 })).toEqual([{ message: 'must be boolean', path: ['barks'] }]);
    // Neither, or both: no guess.
    expect(schemas['Pet']!.issues({ purrs: true })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: [] },
    ]);
    expect(schemas['Pet']!.issues({ meows: 1, barks: 1 })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: [] },
    ]);
  });

  it("keeps the union's message when no alternative, or more than one, got past the type", () => {
    expect(schemas['Account']!.issues({ plan: 'pro' })).toEqual([
      { message: 'must match at least one schema in anyOf', path: ['plan'] },
    ]);
    expect(schemas['PlanOrCode']!.issues(7)).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
    expect(schemas['Shape']!.issues({})).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
    // Matched by both: ambiguity, not a problem of one alternative.
    expect(schemas['Loose']!.issues({ a: 'x' })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: [] },
    ]);
  });
});
