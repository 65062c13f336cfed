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
});
