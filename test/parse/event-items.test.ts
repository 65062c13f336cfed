/** generator/parse/event-items.ts: what the model keeps of an event stream's 3.2 `itemSchema`. */
import { expect, it } from 'vitest';
import type { KeywordSchemaNode, MediaTypeNode } from '../../generator/ir/ir.js';
import { modelOf } from '../support/model.js';

async function streamOf(itemSchema: string): Promise<MediaTypeNode> {
  const { model } = await modelOf(`openapi: 3.2.0
info: { title: t, version: '1' }
components:
  schemas:
    Todo: { type: object, properties: { id: { type: string } } }
paths:
  /events:
    get:
      operationId: events
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              itemSchema: ${itemSchema}
`);
  return model.operations[0]!.responses[0]!.content[0]!;
}

it("keeps the data's contentSchema, the specification's way", async () => {
  const media = await streamOf(
    `{ type: object, properties: { data: {
                type: string, contentMediaType: application/json,
                contentSchema: { $ref: '#/components/schemas/Todo' } } } }`,
  );
  expect(media.schema).toMatchObject({ kind: 'ref' });
  expect(media.jsonEvents).toBeUndefined();
});

it('keeps a data schema that describes JSON (ASP.NET Core, zod-openapi), and none for text data', async () => {
  const json = await streamOf(`{ type: object, properties: { data: { $ref: '#/components/schemas/Todo' } } }`);
  expect(json.schema).toMatchObject({ kind: 'ref' });
  const text = await streamOf(`{ type: object, properties: { data: { type: string } } }`);
  expect(text.schema).toBeUndefined();
});

it('a JSON media type without a schema is any JSON; another media type is text', async () => {
  const any = await streamOf(`{ properties: { data: { contentMediaType: application/json } } }`);
  expect(any.schema).toMatchObject({ kind: 'keywords' });
  const csv = await streamOf(`{ properties: { data: { contentMediaType: text/csv } } }`);
  expect(csv.schema).toBeUndefined();
});

it('per-event data in oneOf becomes one union of { event, data }, listing the events whose data is JSON', async () => {
  const media = await streamOf(`
                oneOf:
                  - properties: { event: { const: added }, data: { $ref: '#/components/schemas/Todo' } }
                    required: [event]
                  - { properties: { event: { enum: [ping] }, data: { type: string } }, required: [event] }`);
  expect(media.jsonEvents).toEqual(['added']);
  const schema = media.schema as KeywordSchemaNode;
  expect(schema.oneOf ?? schema.anyOf).toHaveLength(2);
});
