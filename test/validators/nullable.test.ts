/**
 * `nullable: true` means "or null" wherever it is written: beside `type`, an `enum`,
 * a `$ref`, or a composition, with `type` or without. 3.0.3 lets a composition beside `type` still
 * refuse null, but no author writes `nullable: true` to mean "not null", and a client that rejects
 * the null its spec promised breaks on a valid response (openapi-typescript and hey-api type these
 * as `… | null` too). A 3.1 spec that kept `nullable` from its 3.0 days is read the same way (with
 * a warning, as 3.1 writes `type: [T, 'null']`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const A = { $ref: '#/components/schemas/A' };
const spec = schemasDocument(
  {
    A: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } },
    B: {
      type: 'object',
      properties: {
        typed: { type: 'string', nullable: true },
        enumerated: { type: 'string', nullable: true, enum: ['a', 'b'] },
        beside$ref: { nullable: true, ...A },
        allOfUntyped: { nullable: true, allOf: [A] },
        allOfTyped: { type: 'object', nullable: true, allOf: [A] },
        oneOfTyped: {
          type: 'object',
          nullable: true,
          oneOf: [A, { type: 'object', required: ['y'], properties: { y: { type: 'number' } } }],
        },
        anyOfTyped: { type: 'object', nullable: true, anyOf: [A] },
        xNullable: { type: 'object', 'x-nullable': true, allOf: [A] },
        notNullable: { type: 'object', allOf: [A] },
      },
    },
  },
  '3.0.3',
);

let pkg: InlinePackage;
let schemas: Record<string, any>;
let schemas31: Record<string, any>;
beforeAll(async () => {
  pkg = await generateInline(spec);
  schemas = (await pkg.load())['schemas'];
  schemas31 = (await (await generateInline({ ...spec, openapi: '3.1.0' })).load())['schemas'];
});

const nullable = [
  'typed',
  'enumerated',
  'beside$ref',
  'allOfUntyped',
  'allOfTyped',
  'oneOfTyped',
  'anyOfTyped',
  'xNullable',
];

describe('3.0 nullable', () => {
  it.each(nullable)('%s accepts null, and still checks a present value', (key) => {
    expect(schemas['B'].issues({ [key]: null })).toEqual([]);
    expect(schemas['B'].is({ [key]: 7 })).toBe(false);
  });

  it.each(nullable)('%s accepts null in a 3.1 spec too', (key) => {
    expect(schemas31['B'].issues({ [key]: null })).toEqual([]);
    expect(schemas31['B'].is({ [key]: 7 })).toBe(false);
  });

  it('a composition without nullable still refuses null, and a valid member passes', () => {
    expect(schemas['B'].issues({ notNullable: null })).not.toEqual([]);
    expect(schemas['B'].is({ notNullable: { x: 'a' }, allOfTyped: { x: 'b' }, oneOfTyped: { y: 1 } })).toBe(true);
    expect(schemas['B'].is({ allOfTyped: { y: 1 } })).toBe(false);
  });

  it('types each nullable property as "or null", and only those', () => {
    const lines = [
      "import type { B } from './index.js';",
      ...nullable.map((k) => `export const ${k}: B = { ${k}: null };`),
      '// @ts-expect-error not nullable',
      'export const notNullable: B = { notNullable: null };',
      "export const member: B = { allOfTyped: { x: 'a' }, oneOfTyped: { y: 1 } };",
    ];
    expect(typeCheckUsage(pkg.out, lines)).toBe('');
  });
});
