/** generator/analyse/response-headers.ts: the headers a client reads, by status, with the JSON type their text becomes. */
import { describe, expect, it } from 'vitest';
import { findResponseHeaders } from '../../generator/analyse/response-headers.js';
import { modelOf } from '../support/model.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-RateLimit-Remaining: { required: true, schema: { type: integer } }
            X-Flags: { schema: { type: array, items: { type: boolean } } }
            x-ratelimit-remaining: { schema: { type: string } }
            Content-Type: { schema: { type: string } }
            ETag: { schema: { type: string } }
        '404': { description: gone }
  /plain:
    get:
      responses: { '200': { description: ok } }
`;

describe('findResponseHeaders', () => {
  it("types each declared header; Content-Type is the body's; one name in two cases is one header", async () => {
    const { model } = await modelOf(SPEC);
    const headers = findResponseHeaders(model);
    const byStatus = headers.get(model.operations[0]!)!;
    expect([...byStatus.keys()]).toEqual(['200']);
    expect(byStatus.get('200')!.map(({ name, required, value, array }) => ({ name, required, value, array }))).toEqual([
      { name: 'X-RateLimit-Remaining', required: true, value: 'number', array: false },
      { name: 'X-Flags', required: false, value: 'boolean', array: true },
      { name: 'ETag', required: false, value: 'string', array: false },
    ]);
    expect(headers.has(model.operations[1]!)).toBe(false);
  });
});
