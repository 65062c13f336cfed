/**
 * Random JSON Schemas (2020-12 keywords, `$ref`s into `$defs` by pointer, `$id` and `$anchor`) and random JSON values,
 * for
 * the property tests that compare the generated validators with ajv (differential.test.ts) and the
 * generated types with the validators (types-agree.test.ts), and a package generated from them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { generate } from '../../generator/generate.js';

// Object.prototype names (`__proto__`, `constructor`, `toString`) are left out: ajv reads them
// through the prototype chain (`{}` "has" `toString`) or ignores them, so it is no oracle there.
// test/validators/prototype-keys.test.ts pins our answers, which follow the spec.
const KEYS = ['a', 'b', 'c', 'x-1'];
const PATTERNS = ['^a', 'b$', '^[0-9]+$', '\\p{L}', '^x-'];

/** d0's `$id`; each generated file gets its own (`generateSchemas`), as two files may not declare one URI. */
const D0_ID = 'https://example.com/random/d0';

const leafValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('', 'a', 'ab', 'b', '12', 'é', '😀', 'x-1'),
);

const schema: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  schema: fc.oneof({ maxDepth: 3, depthIdentifier: 'schema', withCrossShrink: true }, fc.boolean(), tie('keywords')),
  // A few keywords per schema (a record of all of them would grow exponentially with depth).
  keywords: fc
    .record(
      {
        type: fc.oneof(
          fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'array', 'object'),
          fc.uniqueArray(fc.constantFrom('string', 'integer', 'null', 'object', 'array'), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        // Mixed enums, and enums of strings only: the ones lenient mode opens to unknown strings.
        enum: fc.oneof(
          fc.uniqueArray(leafValue, { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) }),
          fc.uniqueArray(fc.constantFrom('a', 'ab', 'b'), { minLength: 1, maxLength: 2 }),
        ),
        const: leafValue,
        minimum: fc.integer({ min: -3, max: 3 }),
        exclusiveMaximum: fc.integer({ min: -3, max: 3 }),
        multipleOf: fc.integer({ min: 1, max: 3 }),
        minLength: fc.integer({ min: 0, max: 2 }),
        maxLength: fc.integer({ min: 0, max: 2 }),
        pattern: fc.constantFrom(...PATTERNS),
        minItems: fc.integer({ min: 0, max: 2 }),
        maxItems: fc.integer({ min: 0, max: 3 }),
        uniqueItems: fc.boolean(),
        items: tie('schema'),
        prefixItems: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }),
        contains: tie('schema'),
        minContains: fc.integer({ min: 0, max: 2 }),
        maxContains: fc.integer({ min: 0, max: 2 }),
        properties: fc.dictionary(fc.constantFrom(...KEYS), tie('schema'), { maxKeys: 3 }),
        patternProperties: fc.dictionary(fc.constantFrom(...PATTERNS), tie('schema'), { maxKeys: 2 }),
        additionalProperties: tie('schema'),
        propertyNames: fc.record({ maxLength: fc.integer({ min: 0, max: 2 }) }),
        required: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 2 }),
        minProperties: fc.integer({ min: 0, max: 2 }),
        maxProperties: fc.integer({ min: 0, max: 3 }),
        dependentRequired: fc.dictionary(
          fc.constantFrom(...KEYS),
          fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 2 }),
          { maxKeys: 2 },
        ),
        dependentSchemas: fc.dictionary(fc.constantFrom(...KEYS), tie('schema'), { maxKeys: 1 }),
        allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }),
        anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }),
        oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }),
        not: tie('schema'),
        if: tie('schema'),
        then: tie('schema'),
        else: tie('schema'),
        unevaluatedProperties: tie('schema'),
        unevaluatedItems: tie('schema'),
        // Refs into the root's $defs (see `rooted` below): by pointer, by d0's `$id` and by d1's
        // `$anchor`; the defs themselves hold no $ref, so no cycle can loop without descending into
        // the value.
        $ref: fc.constantFrom('#/$defs/d0', '#/$defs/d1', D0_ID, '#d1'),
      },
      { requiredKeys: [] },
    )
    .chain((all) => {
      const entries = Object.entries(all);
      return fc.subarray(entries, { maxLength: 3 }).map((picked) => {
        // min/maxContains only next to contains: ajv 8 lets a nested minContains (e.g. inside
        // prefixItems) leak to the parent's contains, so it is no oracle for that combination.
        const schema = Object.fromEntries(
          picked.filter(([k]) => !/^m(in|ax)Contains$/.test(k) || picked.some(([c]) => c === 'contains')),
        );
        return schema;
      });
    }),
})).schema;

/** Whether some subschema has `if` without `then` and `else`. */
function hasLoneIf(s: unknown): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Record<string, unknown>;
  if ('if' in o && !('then' in o) && !('else' in o)) return true;
  return Object.values(o).some(hasLoneIf);
}

/**
 * A root schema with two `$defs` that its subschemas may `$ref`: d0 is also a resource of its own
 * (`$id`), d1 also has an `$anchor` (a boolean def is wrapped in `allOf` to carry them).
 */
const noRef = (s: unknown): boolean => !JSON.stringify(s).includes('"$ref"');
const identified = (s: unknown, key: string, id: string): object =>
  typeof s === 'object' && s !== null ? { ...s, [key]: id } : { [key]: id, allOf: [s] };
const rooted = fc
  .tuple(
    fc.oneof(
      schema,
      schema.filter((s) => typeof s === 'object'),
    ),
    schema.filter(noRef),
    schema.filter(noRef),
  )
  .map(([root, d0, d1]) =>
    typeof root === 'object'
      ? { ...(root as object), $defs: { d0: identified(d0, '$id', D0_ID), d1: identified(d1, '$anchor', 'd1') } }
      : root,
  );

export const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leafValue, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc
    .dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 })
    .map((o) => JSON.parse(JSON.stringify(o)) as unknown),
})).value;

/**
 * ajv 8 keeps a `var valid` across the iterations of an enclosing loop (items, additionalProperties),
 * so after one array satisfied `contains`, a later empty array passes too. An empty array can never
 * satisfy `contains` (with minContains ≥ 1, the only case we report), so when every issue we give is
 * a `contains` failure on an empty array, we are right and ajv has no answer.
 */
export function ajvMissesEmptyContains(issues: readonly unknown[], data: unknown): boolean {
  const at = (path: readonly PropertyKey[] = []) =>
    path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], data);
  return (
    issues.length > 0 &&
    (issues as readonly { message: string; path?: readonly PropertyKey[] }[]).every((i) => {
      const target = at(i.path);
      return /^must contain (a matching item|at least)/.test(i.message) && Array.isArray(target) && target.length === 0;
    })
  );
}

// Where ajv is no oracle (pinned in oracle-gaps.test.ts): it ignores `contains` annotations for
// unevaluatedItems, accepts arrays without a match when prefixItems holds `false`, skips the
// annotations of a lone `if`, counts an anyOf/oneOf branch's `items` as one evaluated item, keeps
// what a failing anyOf/oneOf branch's own `unevaluatedItems` evaluated, and throws on some
// patternProperties/anyOf mixes (values skipped).
export const comparable = rooted.filter((s) => {
  const text = JSON.stringify(s);
  if (text.includes('"contains"') && (text.includes('"unevaluatedItems"') || /"prefixItems":\[[^\]]*false/.test(text)))
    return false;
  const unevaluatedItems = text.split('"unevaluatedItems"').length - 1;
  if (unevaluatedItems && /"(any|one)Of"/.test(text) && (text.includes('"items"') || unevaluatedItems > 1))
    return false;
  return !(text.includes('"unevaluated') && hasLoneIf(s));
});

/** Generates a package whose component `S<i>` is `schemas[i]` (each in its own file); returns its folder. */
export async function generateSchemas(schemas: readonly unknown[], prefix: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const components = schemas.map((s, i) => {
    writeFileSync(path.join(dir, `s${i}.json`), JSON.stringify(s).split(D0_ID).join(`${D0_ID}/s${i}`));
    return `    S${i}: { $ref: './s${i}.json' }`;
  });
  writeFileSync(
    path.join(dir, 'openapi.yaml'),
    `openapi: 3.1.0\ninfo: { title: random, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n${components.join('\n')}\n`,
  );
  const pkg = path.join(dir, 'pkg');
  await generate({ spec: path.join(dir, 'openapi.yaml'), out: pkg, formats: 'annotate' });
  return pkg;
}
