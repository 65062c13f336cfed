import { describe, expect, it } from 'vitest';
import type { ApiModel, KeywordSchemaNode, SchemaNode } from '../../generator/model/ir.js';
import { planNames } from '../../generator/plan/plan.js';
import { schemaType } from '../../templates/types/schema-type.js';

/** Emitters are tested on IR built by hand, without OpenAPI. */
function kw(fields: Omit<KeywordSchemaNode, 'kind' | 'pointer'>): KeywordSchemaNode {
  return { kind: 'keywords', pointer: '#', ...fields };
}
const model = (schemas: Record<string, SchemaNode>): ApiModel => ({
  openapiVersion: '3.1',
  title: 't',
  version: '1',
  servers: [],
  securitySchemes: [],
  operations: [],
  schemas: Object.entries(schemas).map(([name, schema]) => ({ id: `#/components/schemas/${name}`, rawName: name, isComponent: true, schema })),
});
function typeText(node: SchemaNode, schemas: Record<string, SchemaNode> = {}, view: 'read' | 'write' = 'read'): string {
  return schemaType(node, { plan: planNames(model(schemas)), view }).text.replace(/\s+/g, ' ');
}

describe('schemaType', () => {
  it.each<[string, SchemaNode, string]>([
    ['string', kw({ types: ['string'] }), 'string'],
    ['integer', kw({ types: ['integer'] }), 'number'],
    ['nullable', kw({ types: ['string', 'null'] }), '(string | null)'],
    ['enum with hostile values (read view: open)', kw({ types: ['string'], enum: ['a"b', '*/', 'x\ny', -1, null] }), '"a\\"b" | "*/" | "x\\ny" | -1 | null | (string & {}) | (number & {})'],
    ['const', kw({ const: { value: 'x' } }), '"x"'],
    ['true schema', { kind: 'boolean', pointer: '#', value: true }, 'unknown'],
    ['false schema', { kind: 'boolean', pointer: '#', value: false }, 'never'],
    ['array', kw({ types: ['array'], items: kw({ types: ['string'] }) }), 'Array<string>'],
    ['tuple', kw({ types: ['array'], prefixItems: [kw({ types: ['string'] }), kw({ types: ['number'] })], minItems: 1, items: { kind: 'boolean', pointer: '#', value: false } }), '[string, (number)?]'],
    // Found by a long seeded fuzz run: `true | -3?` makes `?` part of the last member, a TS error.
    ['tuple with an optional union element', kw({ types: ['array'], prefixItems: [kw({ types: ['string'] }), kw({ enum: [true, -3] })] }), '[(string)?, (true | -3 | (number & {}))?, ...Array<unknown>]'],
    ['map', kw({ types: ['object'], additionalProperties: kw({ types: ['number'] }) }), '{ [key: string]: number }'],
    ['closed empty object', kw({ types: ['object'], additionalProperties: { kind: 'boolean', pointer: '#', value: false } }), 'Record<string, never>'],
    ['binary', kw({ types: ['string'], format: 'binary' }), 'Blob'],
  ])('%s', (_name, node, expected) => {
    expect(typeText(node)).toBe(expected);
  });

  it('closes enums in the write view (requests)', () => {
    expect(typeText(kw({ types: ['string'], enum: ['a', 'b'] }), {}, 'write')).toBe('"a" | "b"');
  });

  it('quotes property keys that are not identifiers and keeps original names verbatim', () => {
    const node = kw({ types: ['object'], required: ['rtl'], properties: [
      { name: 'rtl', schema: kw({ types: ['string'] }) },
      { name: 'RTL', schema: kw({ types: ['string'] }) },
      { name: '@nextLink', schema: kw({ types: ['string'] }) },
      { name: '__proto__', schema: kw({ types: ['string'] }) },
    ] });
    expect(typeText(node)).toBe('{ rtl: string; RTL?: string; "@nextLink"?: string; ["__proto__"]?: string; }');
  });

  it('splits read and write views', () => {
    const node = kw({ types: ['object'], required: ['id', 'pw'], properties: [
      { name: 'id', schema: kw({ types: ['string'], readOnly: true }) },
      { name: 'pw', schema: kw({ types: ['string'], writeOnly: true }) },
    ] });
    expect(typeText(node, {}, 'read')).toBe('{ id: string; }');
    expect(typeText(node, {}, 'write')).toBe('{ pw: string; }');
  });

  it('tags discriminated alternatives so they narrow', () => {
    const ref = (name: string): SchemaNode => ({ kind: 'ref', pointer: '#', target: `#/components/schemas/${name}` });
    const pet = kw({ oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', target: '#/components/schemas/Cat' }, { value: 'dog', target: '#/components/schemas/Dog' }] } });
    expect(typeText(pet, { Cat: kw({ types: ['object'] }), Dog: kw({ types: ['object'] }) })).toBe('(({ kind: "cat" } & Cat) | ({ kind: "dog" } & Dog))');
  });

  it('puts descriptions in comments that cannot be closed early', () => {
    const node = kw({ types: ['object'], properties: [{ name: 'a', schema: kw({ types: ['string'], description: 'x */ globalThis.PWNED = 1; /*' }) }] });
    expect(typeText(node)).toContain('x *\\/ globalThis.PWNED = 1; /*');
  });
});
