/**
 * Security scheme names are spec text, so data: a scheme named `__proto__` or `constructor` is a
 * key of the client's scheme table like any other, and its credential goes where the spec says.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { generateInline } from '../support/generate-inline.js';

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

// As JSON text: in an object literal, `__proto__: {…}` would set the prototype instead of a key.
const ok = '{"description":"ok","content":{"application/json":{"schema":{"type":"object"}}}}';
const spec = JSON.parse(`{
  "openapi": "3.1.0",
  "info": { "title": "names", "version": "1" },
  "components": { "securitySchemes": {
    "__proto__": { "type": "apiKey", "in": "header", "name": "X-Proto-Key" },
    "constructor": { "type": "apiKey", "in": "query", "name": "ctor" } } },
  "paths": {
    "/a": { "get": { "operationId": "getA", "security": [{ "__proto__": [] }], "responses": { "200": ${ok} } } },
    "/b": { "get": { "operationId": "getB", "security": [{ "constructor": [] }], "responses": { "200": ${ok} } } } }
}`) as unknown;

describe('security scheme names', () => {
  it('keeps `__proto__` and `constructor` as schemes, and sends their credentials', async () => {
    const pkg = await generateInline(spec);
    const mod = await pkg.load();
    const server = await startServer((_req, res) => json(res, 200, {}));
    servers.push(server);
    const auth = JSON.parse('{"__proto__": "proto-secret", "constructor": "ctor-secret"}') as Record<string, string>;
    const client = mod['createClient']({ baseUrl: server.url, auth });
    expect((await client.getA()).status).toBe(200);
    expect((await client.getB()).status).toBe(200);
    expect(server.requests[0]!.headers['x-proto-key']).toBe('proto-secret');
    expect(server.requests[1]!.url).toBe('/b?ctor=ctor-secret');
  });
});
