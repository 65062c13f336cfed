/**
 * templates/runtime/validators.ts `haltUnion`: a refused union's report runs again only the
 * alternatives whose types admit the value's (the generator's `admittedTypes` bits).
 */
import { expect, it } from 'vitest';
import { ALL, haltUnion, type Check, type Issue } from '../../templates/runtime/validators.js';
import { TYPE_BITS } from '../../generator/ir/admitted-types.js';

/** A check that refuses everything with `message`, counting its runs. */
function refusing(message: string, path: PropertyKey[] = []): Check & { runs: number } {
  const check = Object.assign(
    (_x: unknown, e: Issue[] | null) => {
      check.runs++;
      e?.push({ message, path: [...path] });
      return false;
    },
    { runs: 0 },
  );
  return check;
}

it('skips the alternatives a value’s type rules out, and reports the one left', () => {
  const text = refusing('must be string');
  const plan = refusing('must be integer', ['seats']);
  const e: Issue[] = [];
  haltUnion(e, ALL, { seats: 'x' }, 0, 'must match', [TYPE_BITS.string, TYPE_BITS.object], text, plan);
  expect(e).toEqual([{ message: 'must be integer', path: ['seats'] }]);
  expect([text.runs, plan.runs]).toEqual([0, 1]);
});

it('runs every alternative when no types are given, or the value has no JSON type', () => {
  const text = refusing('must be string');
  const plan = refusing('must be integer', ['seats']);
  const e: Issue[] = [];
  haltUnion(e, ALL, {}, 0, 'must match', undefined, text, plan);
  haltUnion(e, ALL, undefined, 0, 'must match', [TYPE_BITS.string, TYPE_BITS.object], text, plan);
  expect([text.runs, plan.runs]).toEqual([2, 2]);
  expect(e).toHaveLength(2);
});

it('says the union’s message when every alternative is ruled out, running none', () => {
  const text = refusing('must be string');
  const count = refusing('must be integer');
  const e: Issue[] = [];
  haltUnion(
    e,
    ALL,
    true,
    0,
    'must match exactly one schema in oneOf',
    [TYPE_BITS.string, TYPE_BITS.integer],
    text,
    count,
  );
  expect(e).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
  expect([text.runs, count.runs]).toEqual([0, 0]);
  // Only the answer wanted (`e` null): nothing runs either.
  expect(haltUnion(null, 0, {}, 0, 'must match', undefined, text, count)).toBe(true);
  expect([text.runs, count.runs]).toEqual([0, 0]);
});
