/**
 * Property test for OpenAPI discriminators, where JSON Schema tools are no oracle: random variants
 * whose tag property is a string, an enum, a number, an integer or a boolean, and a union over
 * them with random mapping keys (`'1'`, `'True'`, `'2.5'`, schema names, keys no variant admits)
 * and, at random, a 3.2 `defaultMapping`.
 *
 * - Soundness of dispatch: a value its variant accepts (ajv), carrying a tag that is a mapping key
 *   to that variant (read as the JSON value the variant's tag takes), passes the union's validator
 *   whenever the union dispatches on the tag. Read as strings, numeric and boolean keys failed
 *   every such value.
 * - Types agree: every value the union's validator accepts type-checks as the union's type (a
 *   branch typed `never` was the other face of that bug).
 * - The same two for inheritance: children extending a parent whose discriminator maps random keys
 *   to them (`Cat: allOf [Pet, …]`), where the child checks and types its inherited tag.
 */
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument } from '../support/fixtures.js';
import { typeCheckAssignments } from '../support/tsc.js';

const UNIONS = Number(process.env['FUZZ_SCHEMAS'] ?? 60);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
const VARIANTS = 4;
const KEYS = ['a', 'b', '1', '2', '2.5', 'True', 'false', 'V0', 'V1', 'V2'];
const TAGS: unknown[] = ['a', 'b', '1', 'True', 'V0', 1, 2, 2.5, true, false, null];

const tagSchema = fc.oneof(
  fc.constant({ type: 'string' }),
  fc
    .uniqueArray(fc.constantFrom('a', 'b', '1', 'True'), { minLength: 1, maxLength: 2 })
    .map((e) => ({ type: 'string', enum: e })),
  fc.constantFrom(1, 2, 2.5).map((c) => ({ type: 'number', const: c })),
  fc.constantFrom(1, 2).map((c) => ({ type: 'integer', const: c })),
  fc.boolean().map((b) => ({ type: 'boolean', const: b })),
  fc.constantFrom(1, 2).map((c) => ({ type: ['integer', 'null'], const: c })),
);
const variants = fc.tuple(
  ...Array.from({ length: VARIANTS }, (_, i) =>
    fc.record({ tag: tagSchema, tagRequired: fc.boolean() }).map(({ tag, tagRequired }) => ({
      type: 'object',
      required: tagRequired ? ['tag', `p${i}`] : [`p${i}`],
      properties: { tag, [`p${i}`]: { type: 'string' } },
    })),
  ),
);
const union = fc.record({
  kind: fc.constantFrom('oneOf', 'anyOf'),
  members: fc.uniqueArray(fc.integer({ min: 0, max: VARIANTS - 1 }), { minLength: 2, maxLength: 3 }),
  mapping: fc.option(
    fc.dictionary(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: VARIANTS - 1 }), { minKeys: 1, maxKeys: 4 }),
    { nil: undefined },
  ),
  // Also map each member by a key its tag can hold (the n-th such key), so most unions dispatch.
  mapMembers: fc.option(fc.nat(3), { nil: undefined }),
  // OpenAPI 3.2's defaultMapping: the member for a value whose tag is absent or mapped to nothing.
  defaultMember: fc.option(fc.nat(2), { nil: undefined }),
});
const ref = (i: number) => `#/components/schemas/V${i}`;

/** Generates `spec` once for the enclosing describe block: the package folder and its validators. */
function useGenerated(spec: object): { out: string; schemas: Record<string, { is(v: unknown): boolean }> } {
  const state = { out: '', schemas: {} as Record<string, { is(v: unknown): boolean }> };
  beforeAll(async () => {
    const pkg = await generateInline(spec);
    state.out = pkg.out;
    state.schemas = (await pkg.load())['schemas'];
  }, 60_000);
  return state;
}

/** The JSON values a mapping key may stand for (the string first), as a tag property holds them. */
const readings = (key: string): unknown[] => [
  key,
  ...(/^-?\d+(\.\d+)?$/.test(key) ? [Number(key)] : []),
  ...(/^(true|false)$/i.test(key) ? [key.toLowerCase() === 'true'] : []),
];

describe('discriminated unions on random tags', () => {
  const [variantSchemas, drawn] = fc.sample(
    fc.tuple(variants, fc.array(union, { minLength: UNIONS, maxLength: UNIONS })),
    { numRuns: 1, seed: SEED },
  )[0]!;
  const ajv = new Ajv2020({ strict: false });
  const variantCheck = variantSchemas.map((v) => ajv.compile(v));
  const holds = (key: string, m: number) => readings(key).some((r) => variantCheck[m]!({ [`p${m}`]: 's', tag: r }));
  const unions = drawn.map((u) => {
    if (u.mapMembers === undefined) return u;
    const mapping: Record<string, number> = { ...u.mapping };
    for (const m of u.members) {
      const keys = KEYS.filter((k) => holds(k, m) && mapping[k] === undefined);
      if (keys.length) mapping[keys[u.mapMembers % keys.length]!] = m;
    }
    return { ...u, mapping };
  });
  const spec = schemasDocument(
    {
      ...Object.fromEntries(variantSchemas.map((v, i) => [`V${i}`, v])),
      ...Object.fromEntries(
        unions.map((u, i) => [
          `U${i}`,
          {
            [u.kind]: u.members.map((m) => ({ $ref: ref(m) })),
            discriminator: {
              propertyName: 'tag',
              ...(u.mapping
                ? { mapping: Object.fromEntries(Object.entries(u.mapping).map(([k, m]) => [k, ref(m)])) }
                : {}),
              ...(u.defaultMember !== undefined && u.defaultMember < u.members.length
                ? { defaultMapping: ref(u.members[u.defaultMember]!) }
                : {}),
            },
          },
        ]),
      ),
    },
    '3.2.0',
  );
  const generated = useGenerated(spec);

  const values = (i: number) => TAGS.map((tag) => ({ tag, p0: 'x', p1: 'y', p2: 'z', p3: 'w', [`p${i}`]: 'own' }));

  it('a value its variant accepts, tagged with a key mapped to it, passes the union', () => {
    let checked = 0;
    unions.forEach((u, i) => {
      if (!u.mapping) return;
      const entries = Object.entries(u.mapping).filter(([, m]) => u.members.includes(m));
      // The union dispatches on the tag when each member is mapped by a key its tag can hold.
      if (!u.members.every((m) => entries.some(([k, t]) => t === m && holds(k, m)))) return;
      for (const [key, m] of entries) {
        for (const tag of readings(key)) {
          const value = { tag, [`p${m}`]: 's' };
          if (!variantCheck[m]!(value)) continue;
          checked++;
          expect(
            generated.schemas[`U${i}`]!.is(value),
            `U${i} ${JSON.stringify(spec.components.schemas[`U${i}`])} ${JSON.stringify(value)}`,
          ).toBe(true);
        }
      }
    });
    expect(checked).toBeGreaterThan(10);
  });

  it('every value a union accepts type-checks as its type (tsc)', () => {
    const assignments = unions.flatMap((_, i) =>
      Array.from({ length: VARIANTS }, (_, m) => values(m))
        .flat()
        .filter((v) => generated.schemas[`U${i}`]!.is(v))
        .map((value) => ({ type: `U${i}`, value, note: `U${i}` })),
    );
    expect(assignments.length).toBeGreaterThan(20);
    expect(typeCheckAssignments(generated.out, assignments)).toBe('');
  }, 60_000);
});

describe('inheritance on random tags (children extending a discriminated parent)', () => {
  // Parent Pi has a random tag schema and maps random keys to its three children (`allOf: [Pi, …]`).
  const parents = fc.sample(
    fc.array(
      fc.record({
        tag: tagSchema,
        mapping: fc.dictionary(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 2 }), { minKeys: 1, maxKeys: 4 }),
      }),
      { minLength: UNIONS, maxLength: UNIONS },
    ),
    { numRuns: 1, seed: SEED + 1 },
  )[0]!;
  const child = (i: number, c: number) => `C${i * 3 + c}`;
  const schemasOf: Record<string, unknown> = {};
  parents.forEach((p, i) => {
    schemasOf[`P${i}`] = {
      type: 'object',
      properties: { tag: p.tag },
      discriminator: {
        propertyName: 'tag',
        mapping: Object.fromEntries(
          Object.entries(p.mapping).map(([k, c]) => [k, `#/components/schemas/${child(i, c)}`]),
        ),
      },
    };
    for (let c = 0; c < 3; c++)
      schemasOf[child(i, c)] = {
        allOf: [
          { $ref: `#/components/schemas/P${i}` },
          { type: 'object', required: [`p${c}`], properties: { [`p${c}`]: { type: 'string' } } },
        ],
      };
  });
  const spec = schemasDocument(schemasOf);
  const ajv = new Ajv2020({ strict: false, discriminator: false });
  ajv.addSchema({ components: spec.components }, 'root');
  const plain = (name: string) => ajv.compile({ $ref: `root#/components/schemas/${name}` });

  const generated = useGenerated(spec);

  it('a child accepts a value tagged with a key mapped to it, when its JSON Schema does', () => {
    let checked = 0;
    parents.forEach((p, i) => {
      for (const [key, c] of Object.entries(p.mapping)) {
        const check = plain(child(i, c));
        for (const tag of readings(key)) {
          const value = { tag, [`p${c}`]: 's' };
          if (!check(value)) continue;
          checked++;
          expect(
            generated.schemas[child(i, c)]!.is(value),
            `${child(i, c)} of ${JSON.stringify(schemasOf[`P${i}`])}: ${JSON.stringify(value)}`,
          ).toBe(true);
        }
      }
    });
    expect(checked).toBeGreaterThan(10);
  });

  it('every value a child accepts type-checks as its type (tsc)', () => {
    const assignments = parents.flatMap((_, i) =>
      [0, 1, 2].flatMap((c) =>
        TAGS.map((tag) => ({ tag, [`p${c}`]: 's' }))
          .filter((v) => generated.schemas[child(i, c)]!.is(v))
          .map((value) => ({ type: child(i, c), value, note: child(i, c) })),
      ),
    );
    expect(assignments.length).toBeGreaterThan(20);
    expect(typeCheckAssignments(generated.out, assignments)).toBe('');
  }, 60_000);
});
