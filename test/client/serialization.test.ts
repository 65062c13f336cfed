/**
 * Serialisation details on a generated client: query styles (form arrays and objects, explode
 * false, deepObject, spaceDelimited, pipeDelimited), header and cookie parameters, label/matrix
 * path styles, form-urlencoded and multipart bodies, text and binary responses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { startServer, type TestServer } from '../support/http-server.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 's', version: '1' },
  paths: {
    '/q/{id}': {
      get: {
        operationId: 'query',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'csv', in: 'query', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object' } },
          { name: 'obj', in: 'query', schema: { type: 'object' } },
          { name: 'space', in: 'query', style: 'spaceDelimited', explode: false, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'pipe', in: 'query', style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'string' } } },
          { name: 'X-Trace', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
    '/label/{ids}': { get: { operationId: 'label', parameters: [{ name: 'ids', in: 'path', required: true, style: 'label', schema: { type: 'array', items: { type: 'string' } } }], responses: { '204': { description: 'ok' } } } },
    '/matrix/{id}': { get: { operationId: 'matrix', parameters: [{ name: 'id', in: 'path', required: true, style: 'matrix', schema: { type: 'string' } }], responses: { '204': { description: 'ok' } } } },
    '/form': { post: { operationId: 'form', requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' } } } } } } }, responses: { '204': { description: 'ok' } } } },
    '/upload': { post: { operationId: 'upload', requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, name: { type: 'string' } } } } } }, responses: { '200': { description: 'ok', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } } },
  },
};

let server: TestServer;
let client: any;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url.startsWith('/q/')) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('plain text');
      return;
    }
    if (req.url === '/upload') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from([1, 2, 3]));
      return;
    }
    res.writeHead(204);
    res.end();
  });
  const pkg = await generateInline(spec);
  client = (await pkg.load())['createClient']({ baseUrl: server.url });
});
afterAll(() => server.close());

describe('serialisation', () => {
  it('query styles, headers and cookies; a text/plain response is a string', async () => {
    const result = await client.query({
      path: { id: 'a b/c' },
      query: { tags: ['x', 'y z'], csv: [1, 2], filter: { role: 'admin', 'a&b': '1=2' }, obj: { k: 'v', n: 1 }, space: ['a', 'b'], pipe: ['c', 'd'] },
      headers: { 'X-Trace': ['t1', 't2'] },
      cookies: { session: 's 1' },
    });
    const req = server.requests.at(-1)!;
    expect(req.url).toBe('/q/a%20b%2Fc?tags=x&tags=y%20z&csv=1,2&filter%5Brole%5D=admin&filter%5Ba%26b%5D=1%3D2&k=v&n=1&space=a%20b&pipe=c|d');
    expect(req.headers['x-trace']).toBe('t1,t2');
    expect(req.headers.cookie).toBe('session=s%201');
    expect(result.data).toBe('plain text');
  });

  it('label and matrix path styles', async () => {
    await client.label({ path: { ids: ['a', 'b'] } });
    expect(server.requests.at(-1)!.url).toBe('/label/.a,b');
    await client.matrix({ path: { id: 'x y' } });
    expect(server.requests.at(-1)!.url).toBe('/matrix/;id=x%20y');
  });

  it('form-urlencoded bodies', async () => {
    await client.form({ body: { a: 'x y', b: ['1', '2'] } });
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.body).toBe('a=x+y&b=1&b=2');
  });

  it('multipart bodies with a file; a binary response is a Blob', async () => {
    const result = await client.upload({ body: { file: new Blob(['hello'], { type: 'text/plain' }), name: 'greeting' } });
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.body).toContain('name="name"\r\n\r\ngreeting');
    expect(req.body).toContain('hello');
    expect(result.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await result.data.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
