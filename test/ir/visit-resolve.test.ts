/** generator/ir/visit.ts and resolve.ts: a schema's children, and following `$ref`s to keywords. */
import { describe, expect, it } from 'vitest';
import { forEachChild } from '../../generator/ir/visit.js';
import { schemaResolver } from '../../generator/ir/resolve.js';
import { modelOf } from '../support/model.js';
import { specWithSchemas } from '../support/fixtures.js';

const SCHEMAS = `A: { $ref: '#/components/schemas/B' }
B: { $ref: '#/components/schemas/C' }
C: { type: object, properties: { p: { type: string } }, additionalProperties: { type: integer }, allOf: [{ type: object }], items: { type: string }, not: { type: 'null' } }
Loop: { $ref: '#/components/schemas/Loop2' }
Loop2: { $ref: '#/components/schemas/Loop' }`;

describe('visit and resolve', () => {
  it('lists every child schema of every applicator', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const c = model.schemas.find((s) => s.rawName === 'C')!.schema;
    const children: string[] = [];
    forEachChild(c, (child) => children.push(child.pointer.split('/').slice(-2).join('/')));
    expect(children.sort()).toEqual(['C/additionalProperties', 'C/items', 'C/not', 'allOf/0', 'properties/p'].sort());
  });

  it('follows $ref chains to keywords, and gives up on a cycle', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const resolve = schemaResolver(model);
    const byName = (n: string) => model.schemas.find((s) => s.rawName === n)!.schema;
    expect(resolve(byName('A'))?.properties?.map((p) => p.name)).toEqual(['p']);
    expect(resolve(byName('Loop'))).toBeUndefined();
    expect(resolve(undefined)).toBeUndefined();
  });
});
