/**
 * The `Accept` a call sends when it sets none: JSON first, unless the operation's successes declare
 * other media types (a CSV export, a file, JSON:API), which then come first; the caller's own wins.
 */
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';

const op = (operationId: string, content: Record<string, object>) => ({
  get: { operationId, responses: { '200': { description: 'ok', content }, '404': { description: 'no' } } },
});
const text = { schema: { type: 'string' } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'accept', version: '1' },
  paths: {
    '/json': op('getJson', { 'application/json': { schema: { type: 'object' } } }),
    '/any': op('getAny', { '*/*': { schema: { type: 'object' } } }),
    '/csv': op('exportCsv', { 'text/csv': text }),
    '/both': op('getBoth', { 'application/json': { schema: { type: 'object' } }, 'text/csv; charset=utf-8': text }),
    '/api': op('getApi', { 'application/vnd.api+json': { schema: { type: 'object' } } }),
    '/file': op('getFile', { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }),
    // Spec text that is no media range (a line break, a comma) is left out of the header.
    '/odd': op('getOdd', { 'text/csv\r\nx-evil: 1': text, 'text/a,b': text, 'text/plain': text }),
  },
};

const { createClient, serve } = useInlineClient(spec);

describe('Accept', () => {
  it("asks for the successes' declared media types first, JSON by default, and keeps the caller's own", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    const client = createClient({ baseUrl: server.url });
    for (const call of [
      client.getJson(),
      client.getAny(),
      client.exportCsv(),
      client.getBoth(),
      client.getApi(),
      client.getFile(),
      client.getOdd(),
      client.exportCsv({}, { headers: { accept: 'text/plain' } }),
    ])
      await call;
    expect(server.requests.map((r) => r.headers['accept'])).toEqual([
      'application/json, */*;q=0.8',
      'application/json, */*;q=0.8',
      'text/csv, */*;q=0.8',
      'application/json, text/csv; charset=utf-8, */*;q=0.8',
      'application/vnd.api+json, */*;q=0.8',
      'application/pdf, */*;q=0.8',
      'text/plain, */*;q=0.8',
      'text/plain',
    ]);
  });
});
