/** generator/analyse/views.ts: which schemas need separate read and write views, through references and cycles. */
import { describe, expect, it } from 'vitest';
import { schemaViews } from '../../generator/analyse/views.js';
import { modelOf } from '../support/model.js';
import { specWithSchemas } from '../support/fixtures.js';

const SCHEMAS = `User: { type: object, properties: { id: { type: string, readOnly: true }, friend: { $ref: '#/components/schemas/User' } } }
Team: { type: object, properties: { members: { type: array, items: { $ref: '#/components/schemas/User' } } } }
Status: { type: string, enum: [a, b] }
Stamp: { type: object, properties: { at: { type: string, format: date-time } } }
Plain: { type: object, properties: { name: { type: string } } }`;

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
});
