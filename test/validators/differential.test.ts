/**
 * Property test: for random schemas built from the 2020-12 keywords and random values, the
 * generated validator agrees with ajv (2020-12 mode), a dev-only oracle. The seed is fixed so CI is
 * repeatable; `npm run fuzz` runs a larger budget with a random seed (FUZZ_SCHEMAS, FUZZ_VALUES,
 * FUZZ_SEED).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ajvMissesEmptyContains, comparable, generateSchemas, value } from '../support/random-schemas.js';
import { typeCheck } from '../support/tsc.js';

const SCHEMAS = Number(process.env['FUZZ_SCHEMAS'] ?? 60);
const VALUES = Number(process.env['FUZZ_VALUES'] ?? 60);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);

describe('generated validators agree with ajv (2020-12) on random schemas and values', () => {
  const schemas = fc.sample(comparable, { numRuns: SCHEMAS, seed: SEED });
  let validators: Record<
    string,
    { is(v: unknown): boolean; issues(v: unknown, o?: { all?: boolean; lenient?: boolean }): unknown[] }
  >;
  let pkg = '';

  beforeAll(async () => {
    pkg = await generateSchemas(schemas, 'specforge-diff-');
    validators = (
      (await import(pathToFileURL(path.join(pkg, 'validators.gen.ts')).href)) as { schemas: typeof validators }
    ).schemas;
  }, 120_000);

  // The random schemas' types must compile too: a long seeded run found a tuple type tsc rejects.
  it('the package of random schemas type-checks', () => {
    const result = typeCheck(pkg);
    expect(result.output).toBe('');
  }, 60_000);

  it.each(schemas.map((s, i) => [i, s] as const))('schema %i', (i, s) => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const check = ajv.compile(s as object);
    const v = validators[`S${i}`]!;
    fc.assert(
      fc.property(value, (data) => {
        let expected: boolean;
        try {
          expected = check(data) as boolean;
        } catch {
          return; // ajv itself threw (a bug of its own, pinned in oracle-gaps.test.ts): no oracle for this value
        }
        const issues = v.issues(data, { all: true });
        if (expected && ajvMissesEmptyContains(issues, data)) return; // ajv's bug, pinned in oracle-gaps.test.ts
        expect(v.is(data), `schema ${JSON.stringify(s)}\nvalue ${JSON.stringify(data)}`).toBe(expected);
        expect(issues.length === 0).toBe(expected);
        // Lenient mode (responses) only ever accepts more: what the spec accepts, it accepts.
        if (expected)
          expect(
            v.issues(data, { lenient: true }),
            `lenient: schema ${JSON.stringify(s)}\nvalue ${JSON.stringify(data)}`,
          ).toEqual([]);
      }),
      { numRuns: VALUES, seed: SEED + i },
    );
  });
});
