/**
 * Discriminator tags that are not strings: a mapping key is always a string, but the property may be
 * an integer (`'1'` for `type_id: { const: 1 }`), a number (`'2.5'`) or a boolean (Pydantic's
 * `'True'`). Read as strings, every branch type was `never` and every valid value failed validation
 * (the shared corpus's `discriminator-non-string`, hey-api's `discriminator-mapped-many-number`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const variant = (property: string, tag: Record<string, unknown>, extra: string) => ({
  type: 'object',
  required: [property, extra],
  properties: { [property]: tag, [extra]: { type: 'string' } },
});
const spec = schemasDocument({
  Config: {
    oneOf: [ref('Auto'), ref('Custom')],
    discriminator: { propertyName: 'use_custom', mapping: { False: ref('Auto').$ref, True: ref('Custom').$ref } },
  },
  Auto: variant('use_custom', { type: 'boolean', const: false }, 'auto_setting'),
  Custom: variant('use_custom', { type: 'boolean', const: true }, 'custom_value'),
  // Two keys to one schema, an integer enum; and a float.
  Code: {
    oneOf: [ref('Low'), ref('High')],
    discriminator: {
      propertyName: 'code',
      mapping: { '1': ref('Low').$ref, '2': ref('Low').$ref, '3': ref('High').$ref },
    },
  },
  Low: { type: 'object', properties: { code: { type: 'integer', enum: [1, 2] } } },
  High: { type: 'object', properties: { code: { type: 'integer', enum: [3] } } },
  Version: {
    oneOf: [ref('Alpha'), ref('Beta')],
    discriminator: { propertyName: 'version', mapping: { '1.0': ref('Alpha').$ref, '2.5': ref('Beta').$ref } },
  },
  Alpha: variant('version', { type: 'number', const: 1 }, 'alpha'),
  Beta: variant('version', { type: 'number', const: 2.5 }, 'beta'),
  // A string property whose values look like numbers stays a string.
  Digits: {
    oneOf: [ref('One'), ref('Two')],
    discriminator: { propertyName: 'd', mapping: { '1': ref('One').$ref, '2': ref('Two').$ref } },
  },
  One: variant('d', { type: 'string' }, 'one'),
  Two: variant('d', { type: 'string' }, 'two'),
  // Inheritance: the tag of a child is the integer the parent's property holds.
  Base: {
    type: 'object',
    required: ['kind'],
    properties: { kind: { type: 'integer' } },
    discriminator: { propertyName: 'kind', mapping: { '1': ref('ChildA').$ref } },
  },
  ChildA: { allOf: [ref('Base'), { type: 'object', properties: { a: { type: 'string' } } }] },
  // A key the schema cannot take ('1e400' is no JSON number; Beta's version is 2.5) is dropped
  // with a warning: it would type the branch `never` and fail every Beta.
  Huge: { oneOf: [ref('Beta')], discriminator: { propertyName: 'version', mapping: { '1e400': ref('Beta').$ref } } },
  // No mapping on an integer property: a schema's name cannot be its tag, so plain oneOf applies.
  Implicit: { oneOf: [ref('Low'), ref('High')], discriminator: { propertyName: 'code' } },
});

let pkg: InlinePackage;
let schemas: Record<string, { issues(v: unknown): unknown[] }>;
beforeAll(async () => {
  pkg = await generateInline(spec);
  schemas = (await pkg.load())['schemas'];
});

// OpenAPI 3.2's `defaultMapping`: the schema for a value whose tag is absent or mapped to nothing.
const shapes = schemasDocument(
  {
    Shape: {
      oneOf: [ref('Circle'), ref('Square'), ref('Other')],
      discriminator: {
        propertyName: 'kind',
        mapping: { circle: ref('Circle').$ref, square: 'Square' },
        defaultMapping: 'Other',
      },
    },
    Circle: {
      type: 'object',
      required: ['kind', 'r'],
      properties: { kind: { type: 'string' }, r: { type: 'number' } },
    },
    Square: {
      type: 'object',
      required: ['kind', 'side'],
      properties: { kind: { type: 'string' }, side: { type: 'number' } },
    },
    Other: { type: 'object', required: ['name'], properties: { kind: { type: 'string' }, name: { type: 'string' } } },
    // Inheritance: the default child takes any tag; a mapped one only its own.
    Pet: {
      type: 'object',
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind', mapping: { cat: 'Cat', other: 'AnyPet' }, defaultMapping: 'AnyPet' },
    },
    Cat: { allOf: [ref('Pet'), { type: 'object', properties: { meows: { type: 'boolean' } } }] },
    AnyPet: { allOf: [ref('Pet'), { type: 'object', properties: { name: { type: 'string' } } }] },
  },
  '3.2.0',
);

describe('defaultMapping (OpenAPI 3.2)', () => {
  let shapesPkg: InlinePackage;
  let shape: { issues(v: unknown): unknown[] };
  let pets: Record<string, { issues(v: unknown): unknown[] }>;
  beforeAll(async () => {
    shapesPkg = await generateInline(shapes);
    pets = (await shapesPkg.load())['schemas'];
    shape = pets['Shape']!;
  });

  it('checks a value without the tag, or with a tag mapped to nothing, by the default schema', () => {
    expect(shape.issues({ kind: 'circle', r: 1 })).toEqual([]);
    expect(shape.issues({ kind: 'circle', name: 'c' })).toEqual([{ message: 'is required', path: ['r'] }]);
    expect(shape.issues({ name: 'blob' })).toEqual([]);
    expect(shape.issues({ kind: 'triangle', name: 'tri' })).toEqual([]);
    expect(shape.issues({ kind: 'triangle' })).toEqual([{ message: 'is required', path: ['name'] }]);
  });

  it('a child that is the default takes any tag; a mapped child only its own', () => {
    expect(pets['AnyPet']!.issues({ kind: 'dog', name: 'Rex' })).toEqual([]);
    expect(pets['Cat']!.issues({ kind: 'dog' })).toEqual([{ message: 'must be one of: cat', path: ['kind'] }]);
  });

  it('types the default branch with any tag, or none (tsc)', () => {
    expect(
      typeCheckUsage(shapesPkg.out, [
        "import type { Shape, AnyPet } from './index.js';",
        "export const dog: AnyPet = { kind: 'dog', name: 'Rex' };",
        "export const circle: Shape = { kind: 'circle', r: 1 };",
        "export const blob: Shape = { name: 'blob' };",
        "export const triangle: Shape = { kind: 'triangle', name: 'tri' };",
      ]),
    ).toBe('');
  });
});

describe('non-string discriminator tags', () => {
  it('pick their branch by the JSON value', () => {
    expect(schemas['Config']!.issues({ use_custom: false, auto_setting: 'a' })).toEqual([]);
    expect(schemas['Config']!.issues({ use_custom: true, custom_value: 'c' })).toEqual([]);
    expect(schemas['Config']!.issues({ use_custom: true, auto_setting: 'a' })).toEqual([
      { message: 'is required', path: ['custom_value'] },
    ]);
    expect(schemas['Config']!.issues({ use_custom: 'True', custom_value: 'c' })).toEqual([
      { message: 'must be one of: false, true', path: ['use_custom'] },
    ]);
    for (const code of [1, 2, 3]) expect(schemas['Code']!.issues({ code })).toEqual([]);
    expect(schemas['Code']!.issues({ code: '1' })).toEqual([{ message: 'must be one of: 1, 2, 3', path: ['code'] }]);
    expect(schemas['Version']!.issues({ version: 2.5, beta: 'b' })).toEqual([]);
    expect(schemas['Version']!.issues({ version: 1, alpha: 'a' })).toEqual([]);
    expect(schemas['Digits']!.issues({ d: '1', one: 'x' })).toEqual([]);
    expect(schemas['Digits']!.issues({ d: 1, one: 'x' })).not.toEqual([]);
    expect(schemas['ChildA']!.issues({ kind: 1, a: 'x' })).toEqual([]);
    expect(schemas['ChildA']!.issues({ kind: 2 })).toEqual([{ message: 'must be one of: 1', path: ['kind'] }]);
    expect(schemas['Huge']!.issues({ version: 2.5, beta: 'b' })).toEqual([]);
    // The oneOf's one alternative got past the value's type: its issue is the answer (runtime haltUnion).
    expect(schemas['Huge']!.issues({ version: 2.5 })).toEqual([{ message: 'is required', path: ['beta'] }]);
    expect(schemas['Implicit']!.issues({ code: 3 })).toEqual([]);
    expect(schemas['Implicit']!.issues({ code: 4 })).not.toEqual([]);
  });

  it('type each branch by its value, so unions narrow (tsc)', () => {
    expect(
      typeCheckUsage(pkg.out, [
        "import type { Config, Code, Version, Digits, ChildA, Implicit, Huge } from './index.js';",
        'declare const huge: Huge;',
        'export const hugeVersion: 2.5 = huge.version;',
        'declare const config: Config;',
        'if (config.use_custom) { const v: string = config.custom_value; void v; } else { const v: string = ' +
          'config.auto_setting; void v; }',
        'export const code: Code = { code: 2 };',
        "export const version: Version = { version: 2.5, beta: 'b' };",
        "export const digits: Digits = { d: '1', one: 'x' };",
        "export const child: ChildA = { kind: 1, a: 'x' };",
        '// @ts-expect-error ChildA is tagged 1',
        'export const other: ChildA = { kind: 2 };',
        'export const implicit: Implicit = { code: 3 };',
      ]),
    ).toBe('');
  });
});
