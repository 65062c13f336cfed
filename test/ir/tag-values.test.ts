/** generator/ir/tag-values.ts: discriminator tags as the JSON values their property holds. */
import { expect, it } from 'vitest';
import type { KeywordSchemaNode, SchemaNode } from '../../generator/ir/ir.js';
import { admits, dispatchesOnTag, propertySchemas, readings, unionTag } from '../../generator/ir/tag-values.js';
import { modelOf } from '../support/model.js';

const keywords = (node: Partial<KeywordSchemaNode>): KeywordSchemaNode => ({ kind: 'keywords', pointer: '#', ...node });

it('reads a mapping key as written, then as a finite number, then as a boolean in any case', () => {
  expect(readings('cat')).toEqual(['cat']);
  expect(readings('1')).toEqual(['1', 1]);
  expect(readings('-2.5e1')).toEqual(['-2.5e1', -25]);
  expect(readings('True')).toEqual(['True', true]);
  expect(readings('1e400')).toEqual(['1e400']);
  expect(readings('01')).toEqual(['01']);
});

it('admits a value by type, enum and const; a boolean schema by its value', () => {
  expect(admits(keywords({ types: ['integer'] }), 1)).toBe(true);
  expect(admits(keywords({ types: ['integer'] }), 1.5)).toBe(false);
  expect(admits(keywords({ types: ['number'] }), 2)).toBe(true);
  expect(admits(keywords({ types: ['string'] }), 1)).toBe(false);
  expect(admits(keywords({ enum: ['a', 'b'] }), 'c')).toBe(false);
  expect(admits(keywords({ const: { value: 'a' } }), 'a')).toBe(true);
  expect(admits({ kind: 'boolean', pointer: '#', value: false }, 'a')).toBe(false);
  expect(admits(keywords({}), true)).toBe(true);
});

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    A: { type: object, properties: { kind: { type: string, enum: [a] } } }
    B: { type: object, properties: { kind: { type: string } } }
    Mapped:
      oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }]
      discriminator: { propertyName: kind, mapping: { a: '#/components/schemas/A', b: '#/components/schemas/B' } }
    Inline:
      oneOf: [{ $ref: '#/components/schemas/A' }, { type: object }]
      discriminator: { propertyName: kind }
    Both: { allOf: [{ $ref: '#/components/schemas/A' }, { properties: { kind: { const: a } } }] }
`;

it('dispatches on the tag only when every alternative is a mapped $ref', async () => {
  const { model } = await modelOf(SPEC);
  const named = (n: string) => model.schemas.find((s) => s.rawName === n)!.schema as KeywordSchemaNode;
  expect(dispatchesOnTag(named('Mapped'))).toBe(true);
  expect(dispatchesOnTag(named('Inline'))).toBe(false);
  expect(dispatchesOnTag(named('A'))).toBe(false);
});

it('finds every declaration of a property, its own and through allOf and $ref', async () => {
  const { model } = await modelOf(SPEC);
  const table = new Map(model.schemas.map((s) => [s.id, s]));
  const both = model.schemas.find((s) => s.rawName === 'Both')!.schema;
  const found = propertySchemas(both, 'kind', table, 0) as KeywordSchemaNode[];
  expect(found).toHaveLength(2);
  expect(found.map((p) => p.enum ?? p.const?.value)).toEqual([['a'], 'a']);
  expect(propertySchemas(both, 'missing', table, 0)).toEqual([]);
  expect(propertySchemas(undefined as SchemaNode | undefined, 'kind', table, 0)).toEqual([]);
});

const UNIONS = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Base: { type: object, properties: { kind: { type: string } } }
    X: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { kind: { const: x }, n: { const: 1 } } }] }
    Y: { type: object, properties: { kind: { enum: [y, z] }, n: { const: 1 } } }
    Open: { type: object, properties: { kind: { type: string } } }
    Tagged: { anyOf: [{ $ref: '#/components/schemas/X' }, { $ref: '#/components/schemas/Y' }, { $ref: '#/components/schemas/Open' }] }
    Shared: { oneOf: [{ $ref: '#/components/schemas/X' }, { properties: { kind: { enum: [x, w] } } }] }
    Nullable: { oneOf: [{ properties: { kind: { enum: [a, null] } } }, { properties: { kind: { const: b } } }] }
`;

it('finds a union tag: a property the alternatives pin to values no two of them share', async () => {
  const { model } = await modelOf(UNIONS);
  const table = new Map(model.schemas.map((s) => [s.id, s]));
  const union = (n: string) => {
    const s = model.schemas.find((x) => x.rawName === n)!.schema as KeywordSchemaNode;
    return unionTag(s.oneOf ?? s.anyOf ?? [], table);
  };
  // Through allOf and $ref; `n` is pinned too, but to one value in both, so it tells nothing apart.
  expect(union('Tagged')).toEqual({ property: 'kind', values: [['x'], ['y', 'z'], undefined] });
  expect(union('Shared')).toBeUndefined(); // x is listed twice
  expect(union('Nullable')).toBeUndefined(); // only one alternative pins kind to tag values
});
