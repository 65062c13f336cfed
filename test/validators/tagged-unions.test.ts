/**
 * Property test of the tagged-union dispatch (templates/validators/keywords/applicators.ts `byTag`):
 * on random unions whose alternatives pin a tag (`const` or `enum`, through `allOf` or not, required
 * or not; beside `unevaluatedProperties` or not), the validator's answer is ajv's on every value (the dispatch only skips alternatives that
 * fail anyway), lenient mode accepts at least what strict mode does, and a value with a listed tag
 * is accepted in lenient mode only when the alternative listing it accepts it leniently.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSchemas } from '../support/random-schemas.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
const SCHEMAS = Number(process.env['FUZZ_SCHEMAS'] ?? 40) / 2;
const TAGS = ['a', 'b', 'c', 'd', 1, true];

const body = fc.constantFrom<object>(
  {},
  { type: 'string' },
  { type: 'integer' },
  { enum: ['x', 'y'] },
  { type: 'array', items: { type: 'string' } },
);

/** One alternative: the tag pinned to `values`, maybe required, maybe inside an allOf, with a body property. */
const alternative = (values: readonly unknown[]) =>
  fc
    .record({ required: fc.boolean(), viaAllOf: fc.boolean(), closed: fc.boolean(), name: fc.constantFrom('p', 'q') })
    .chain(({ required, viaAllOf, closed, name }) =>
      body.map((schema) => {
        const tag = values.length === 1 && required ? { const: values[0] } : { enum: values };
        const own = {
          type: 'object',
          properties: { kind: tag, [name]: schema },
          ...(required ? { required: ['kind', name] } : {}),
          ...(closed ? { additionalProperties: false } : {}),
        };
        return viaAllOf
          ? { allOf: [{ type: 'object', properties: { kind: { type: ['string', 'integer', 'boolean'] } } }, own] }
          : own;
      }),
    );

/** A union of 2–4 alternatives, each with its own tag values. */
const union = fc
  .shuffledSubarray(TAGS, { minLength: 2, maxLength: 6 })
  .chain((tags) => {
    const count = Math.min(tags.length, 2 + (tags.length % 3));
    const groups = Array.from({ length: count }, (_, i) => tags.filter((_, j) => j % count === i));
    return fc.tuple(fc.constantFrom('oneOf', 'anyOf'), fc.tuple(...groups.map(alternative)), fc.boolean());
  })
  // Sealed: `unevaluatedProperties` beside the union, whose picked alternative then records what it evaluated.
  .map(([keyword, alternatives, sealed]) => ({
    [keyword]: alternatives,
    ...(sealed ? { unevaluatedProperties: false } : {}),
  }));

const value = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom<unknown>(...TAGS, 'z', 2, null),
      p: fc.constantFrom<unknown>('s', 1, 1.5, 'x', ['t'], [1]),
      q: fc.constantFrom<unknown>('s', 1, 'y', [], null),
      r: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom<unknown>(null, 'a', 1, []),
);

describe('tagged unions answer as JSON Schema does', () => {
  const schemas = fc.sample(union, { numRuns: SCHEMAS, seed: SEED });
  let validators: Record<string, { is(v: unknown): boolean; issues(v: unknown, o?: object): unknown[] }>;
  let source = '';
  beforeAll(async () => {
    const pkg = await generateSchemas(schemas, 'specforge-tagged-');
    validators = (await import(pathToFileURL(path.join(pkg, 'validators.gen.ts')).href))['schemas'];
    source = readFileSync(path.join(pkg, 'validators.gen.ts'), 'utf8');
  }, 120_000);

  it('every union dispatches on its tag (one table each)', () => {
    expect(source.split('??= new Map(').length - 1).toBe(schemas.length);
  });

  it.each(schemas.map((s, i) => [i, s] as const))('union %i', (i, s) => {
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(s);
    const v = validators[`S${i}`]!;
    fc.assert(
      fc.property(value, (data) => {
        const expected = check(data) as boolean;
        const where = `schema ${JSON.stringify(s)}\nvalue ${JSON.stringify(data)}`;
        expect(v.is(data), where).toBe(expected);
        expect(v.issues(data, { all: true }).length === 0, where).toBe(expected);
        const lenient = v.issues(data, { lenient: true }).length === 0;
        if (expected) expect(lenient, `lenient: ${where}`).toBe(true);
      }),
      { seed: SEED + i, numRuns: 60 },
    );
  });

  it('dispatches: a listed tag is checked by its own alternative, in lenient mode too', async () => {
    // Known tag "a" with a bad body: the "b" alternative (open to new tags in lenient mode) must not take it.
    const spec = {
      oneOf: [
        { type: 'object', required: ['kind', 'p'], properties: { kind: { const: 'a' }, p: { type: 'string' } } },
        { type: 'object', required: ['kind'], properties: { kind: { const: 'b' } } },
      ],
    };
    const pkg = await generateSchemas([spec], 'specforge-tagged-one-');
    const one = (await import(pathToFileURL(path.join(pkg, 'validators.gen.ts')).href))['schemas']['S0'];
    expect(one.issues({ kind: 'a', p: 1 }, { lenient: true })).toEqual([{ message: 'must be string', path: ['p'] }]);
    expect(one.issues({ kind: 'new' }, { lenient: true })).toEqual([]);
    expect(one.issues({ kind: 'new' })).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
  });
});
