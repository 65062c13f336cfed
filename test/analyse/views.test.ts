/** generator/analyse/views.ts: which schemas need separate read and write views, through references and cycles. */
import { describe, expect, it } from 'vitest';
import { schemaViews } from '../../generator/analyse/views.js';
import { modelOf } from '../support/model.js';
import { specWithSchemas } from '../support/fixtures.js';

const SCHEMAS = `User: { type: object, properties: { id: { type: string, readOnly: true }, friend: { $ref: '#/components/schemas/User' } } }
Team: { type: object, properties: { members: { type: array, items: { $ref: '#/components/schemas/User' } } } }
Status: { type: string, enum: [a, b] }
Stamp: { type: object, properties: { at: { type: string, format: date-time } } }
Plain: { type: object, properties: { name: { type: string } } }
Tagged: { type: object, properties: { kind: { type: string, enum: [text] }, status: { type: string, enum: [x, null] } } }
Holder: { type: object, properties: { tagged: { $ref: '#/components/schemas/Tagged' } } }
Keyed: { type: object, propertyNames: { enum: [only] }, additionalProperties: { type: string } }`;

describe('schemaViews', () => {
  it('readOnly/writeOnly through refs (cycles too) give access views; enums give type views', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const id = (name: string) => model.schemas.find((s) => s.rawName === name)!.id;
    const views = schemaViews(model);
    expect([...views.accessViews].sort()).toEqual([id('Team'), id('User')].sort());
    expect(views.typeViews.has(id('Status'))).toBe(true);
    expect(views.accessViews.has(id('Status'))).toBe(false);
    expect(views.typeViews.has(id('Plain'))).toBe(false);
    expect(views.typeViews.has(id('Stamp'))).toBe(false);
    // With dates: 'Date', a date-time reads as a Date and is written as a string: two types.
    expect(schemaViews(model, { dates: 'Date' }).typeViews.has(id('Stamp'))).toBe(true);
  });

  it('tells the write views whose types differ from those that are the read type again', async () => {
    const { model } = await modelOf(specWithSchemas(SCHEMAS));
    const id = (name: string) => model.schemas.find((s) => s.rawName === name)!.id;
    const views = schemaViews(model);
    // One-value enums (a tag; a value and null) are closed in both views: a write name, the same type.
    for (const name of ['Tagged', 'Holder']) {
      expect(views.typeViews.has(id(name))).toBe(true);
      expect(views.distinctViews.has(id(name))).toBe(false);
    }
    // An enum of several values (opened in responses), an access view, a key list: two types.
    for (const name of ['Status', 'User', 'Team', 'Keyed']) expect(views.distinctViews.has(id(name))).toBe(true);
    expect(views.distinctViews.has(id('Plain'))).toBe(false);
    expect(views.distinctViews.has(id('Stamp'))).toBe(false);
    expect(schemaViews(model, { dates: 'Date' }).distinctViews.has(id('Stamp'))).toBe(true);
  });
});
