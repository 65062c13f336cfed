/** templates/msw/fake-schemas.ts: the schemas the MSW faker reads, made from the model (read view, refs as a table). */
import { describe, expect, it } from 'vitest';
import { FakeSchemaTable } from '../../../templates/msw/fake-schemas.js';
import { modelOf } from '../../support/model.js';
import { specWithSchemas } from '../../support/fixtures.js';

const SCHEMAS = `User:
  type: object
  required: [id, password, code]
  properties:
    id: { type: string, format: uuid }
    password: { type: string, writeOnly: true }
    code: { type: string, pattern: '^[A-Z]{3}$' }
    team: { $ref: '#/components/schemas/Team' }
Team: { type: object, properties: { members: { type: array, items: { $ref: '#/components/schemas/User' } } } }
Pet:
  oneOf: [{ $ref: '#/components/schemas/Cat' }]
  discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/Cat' } }
Cat: { type: object, properties: { kind: { type: string } } }`;

describe('FakeSchemaTable', () => {
  it('leaves writeOnly properties out of the read view, required list included, and samples patterns', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const table = new FakeSchemaTable(new Map(model.schemas.map((s) => [s.id, s])));
    const user = model.schemas.find((s) => s.rawName === 'User')!;
    const fake = table.of(user.schema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(fake.properties)).toEqual(['id', 'code', 'team']);
    expect(fake.required).toEqual(['id', 'code']);
    expect(fake.properties['code']).toMatchObject({
      samples: expect.arrayContaining([expect.stringMatching(/^[A-Z]{3}$/)]),
    });
  });

  it('collects every named schema a ref reaches (cycles once), and keeps discriminator tags', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const table = new FakeSchemaTable(new Map(model.schemas.map((s) => [s.id, s])));
    const id = (n: string) => model.schemas.find((s) => s.rawName === n)!.id;
    expect(table.of({ kind: 'ref', pointer: '#', target: id('User') })).toEqual({ ref: id('User') });
    table.of({ kind: 'ref', pointer: '#', target: id('Pet') });
    table.drain();
    expect([...table.table.keys()].sort()).toEqual([id('Cat'), id('Pet'), id('Team'), id('User')].sort());
    expect(table.table.get(id('Pet'))).toMatchObject({ tag: { property: 'kind', values: ['cat'] } });
  });

  it("tags a union by the property its alternatives pin when the discriminator names no value (Spotify's)", async () => {
    const { model } = await modelOf(
      specWithSchemas(`Item:
  oneOf: [{ $ref: '#/components/schemas/Artist' }, { $ref: '#/components/schemas/Track' }, { type: string }]
  discriminator: { propertyName: type }
Artist: { type: object, properties: { type: { type: string, enum: [artist] } } }
Track: { type: object, properties: { type: { type: string, enum: [track] } } }`),
    );
    const table = new FakeSchemaTable(new Map(model.schemas.map((s) => [s.id, s])));
    const item = model.schemas.find((s) => s.rawName === 'Item')!;
    expect(table.of(item.schema)).toMatchObject({ tag: { property: 'type', values: ['artist', 'track', null] } });
  });

  it('writes an inline shape met again once, in the table, each use a ref; small or named ones stay', async () => {
    const props = (n: number, extra = '') =>
      Array.from({ length: n }, (_, i) => `p${i}: { type: string, minLength: ${i} }`).join(', ') + extra;
    const { model } = await modelOf(
      specWithSchemas(`A: { type: object, properties: { x: { type: object, properties: { ${props(12)} } } } }
B: { type: object, properties: { y: { type: object, properties: { ${props(12)} } } } }
C: { type: object, properties: { z: { type: object, properties: { ${props(12)} } }, w: { type: object, properties: { ${props(12, ', q: {}')} } } } }
D: { type: object, properties: { v: { type: object, properties: { ${props(12, ', q: {}')} } } } }
E: { type: object, properties: { s: { type: string, minLength: 1 } } }
F: { type: object, properties: { t: { type: string, minLength: 1 } } }
G: { type: object, properties: { ${props(12)} } }`),
    );
    const table = new FakeSchemaTable(new Map(model.schemas.map((s) => [s.id, s])));
    const id = (n: string) => model.schemas.find((s) => s.rawName === n)!.id;
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) table.named(id(name));
    table.drain();
    const property = (name: string, key: string) =>
      (table.table.get(id(name)) as { properties: Record<string, unknown> }).properties[key];
    const shapes = [
      property('A', 'x'),
      property('B', 'y'),
      property('C', 'z'),
      property('C', 'w'),
      property('D', 'v'),
    ] as Array<{ ref?: string }>;
    // Each shape is written once, in its entry; every use names it (the first too: table entries are
    // printed last, so the first use can still become a ref).
    expect(shapes.filter((s) => s.ref === undefined)).toEqual([]);
    const refs = shapes.map((s) => s.ref!);
    expect(new Set(refs).size).toBe(2);
    expect(refs[0]).toBe(refs[1]);
    for (const ref of refs) expect(table.table.get(ref)).toMatchObject({ types: ['object'] });
    expect(table.table.get(refs.find((r) => r !== shapes[1]!.ref)!)).toHaveProperty('properties.q');
    // A small shape stays inline; a named schema that reads as a shared shape keeps its own entry.
    expect([property('E', 's'), property('F', 't')]).toEqual([
      { types: ['string'], minLength: 1 },
      { types: ['string'], minLength: 1 },
    ]);
    expect(table.table.get(id('G'))).not.toHaveProperty('ref');
  });
});
