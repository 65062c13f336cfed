/**
 * templates/validators/uses-unevaluated.ts: annotation tracking is compiled in only when some schema
 * needs it, and only into the checks such a schema reaches in place.
 */
import { expect, it } from 'vitest';
import { trackedSchemas, usesUnevaluated } from '../../../templates/validators/uses-unevaluated.js';
import { specWithSchemas } from '../../support/fixtures.js';
import { modelOf } from '../../support/model.js';

it('finds unevaluated* in a named schema, however deep', async () => {
  const deep = specWithSchemas(`A: { type: object, properties: { b: { allOf: [{ unevaluatedItems: false }] } } }`);
  expect(usesUnevaluated((await modelOf(deep)).model)).toBe(true);
  const none = specWithSchemas(`A: { type: object, additionalProperties: false }`);
  expect(usesUnevaluated((await modelOf(none)).model)).toBe(false);
});

it('finds it in an inline request or response body, and in a webhook payload', async () => {
  const closed = (keyword: string) => `{ application/json: { schema: { ${keyword}: false } } }`;
  const body = (where: string) => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a:
    post:
      ${where === 'request' ? `requestBody: { content: ${closed('unevaluatedProperties')} }` : ''}
      responses:
        '200': { description: ok${where === 'response' ? `, content: ${closed('unevaluatedProperties')}` : ''} }
webhooks:
  hook:
    post:
      ${where === 'webhook' ? `requestBody: { content: ${closed('unevaluatedItems')} }` : ''}
      responses: { '200': { description: ok } }
`;
  for (const where of ['request', 'response', 'webhook'])
    expect(usesUnevaluated((await modelOf(body(where))).model), where).toBe(true);
  expect(usesUnevaluated((await modelOf(body('nowhere'))).model)).toBe(false);
});

it('tracks the named schemas an unevaluated* schema checks in place, through others, and no property values', async () => {
  const ref = (name: string) => `{ $ref: '#/components/schemas/${name}' }`;
  const spec = specWithSchemas(
    [
      `Closed: { allOf: [${ref('Base')}], oneOf: [${ref('Left')}, { if: ${ref('Cond')} }], unevaluatedProperties: false }`,
      `Base: { type: object, properties: { plan: ${ref('Plan')} }, allOf: [${ref('Mixin')}] }`,
      'Mixin: { properties: { m: { type: string } } }',
      'Left: { properties: { l: { type: string } } }',
      'Cond: { properties: { c: { type: string } } }',
      'Plan: { type: object, properties: { name: { type: string } } }',
      `Open: { allOf: [${ref('Plan')}] }`,
    ].join('\n'),
  );
  const tracked = [...trackedSchemas((await modelOf(spec)).model)!].sort();
  expect(tracked).toEqual(['Base', 'Cond', 'Left', 'Mixin'].map((name) => `#/components/schemas/${name}`));
});

it('is undefined without unevaluated*, and follows a chain of 20,000 in-place $refs on a stack of its own', async () => {
  expect(trackedSchemas((await modelOf(specWithSchemas('A: { type: object }'))).model)).toBeUndefined();
  const chain = Array.from(
    { length: 20_000 },
    (_, i) => `S${i}: { allOf: [{ $ref: '#/components/schemas/S${i + 1}' }], properties: { p${i}: { type: string } } }`,
  );
  const spec = specWithSchemas(
    [
      'Top: { allOf: [{ $ref: "#/components/schemas/S0" }], unevaluatedProperties: false }',
      ...chain,
      'S20000: { type: object }',
    ].join('\n'),
  );
  expect(trackedSchemas((await modelOf(spec)).model)?.size).toBe(20_001);
}, 60_000);
