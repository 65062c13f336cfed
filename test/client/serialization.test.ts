/**
 * Serialisation details on a generated client: query styles (form arrays and objects, explode
 * false, deepObject, spaceDelimited, pipeDelimited), header and cookie parameters, label/matrix
 * path styles, form-urlencoded bodies with and without `encoding` (Stripe's nested deepObject, read
 * back with qs, the parser Rails-style servers agree with), multipart bodies, text and binary
 * responses.
 */
import qs from 'qs';
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
          {
            name: 'space',
            in: 'query',
            style: 'spaceDelimited',
            explode: false,
            schema: { type: 'array', items: { type: 'string' } },
          },
          {
            name: 'pipe',
            in: 'query',
            style: 'pipeDelimited',
            explode: false,
            schema: { type: 'array', items: { type: 'string' } },
          },
          { name: 'X-Trace', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
          // Named like Object.prototype members: absent unless the caller gives them.
          { name: 'constructor', in: 'query', schema: { type: 'string' } },
          { name: 'toString', in: 'header', schema: { type: 'string' } },
          { name: 'valueOf', in: 'cookie', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
    '/label/{ids}': {
      get: {
        operationId: 'label',
        parameters: [
          {
            name: 'ids',
            in: 'path',
            required: true,
            style: 'label',
            schema: { type: 'array', items: { type: 'string' } },
          },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/matrix/{id}': {
      get: {
        operationId: 'matrix',
        parameters: [{ name: 'id', in: 'path', required: true, style: 'matrix', schema: { type: 'string' } }],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/mx/{ids}/{point}': {
      get: {
        operationId: 'matrixExploded',
        parameters: [
          {
            name: 'ids',
            in: 'path',
            required: true,
            style: 'matrix',
            explode: true,
            schema: { type: 'array', items: { type: 'integer' } },
          },
          {
            name: 'point',
            in: 'path',
            required: true,
            style: 'matrix',
            explode: true,
            schema: { type: 'object', properties: { x: { type: 'integer' }, y: { type: 'integer' } } },
          },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/pageable': {
      get: {
        operationId: 'pageable',
        parameters: [
          {
            name: 'pageable',
            in: 'query',
            schema: {
              type: 'object',
              properties: { page: { type: 'integer' }, sort: { type: 'array', items: { type: 'string' } } },
            },
          },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/form': {
      post: {
        operationId: 'form',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
    '/charges': {
      post: {
        operationId: 'createCharge',
        parameters: [
          {
            name: 'expand',
            in: 'query',
            style: 'deepObject',
            explode: true,
            schema: { type: 'array', items: { type: 'string' } },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: {
                  amount: { type: 'integer' },
                  metadata: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
                  expand: { type: 'array', items: { type: 'string' } },
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        price: { type: 'string' },
                        price_data: {
                          type: 'object',
                          properties: { currency: { type: 'string' }, unit_amount: { type: 'integer' } },
                        },
                      },
                    },
                  },
                  options: { type: 'object', properties: { notify: { type: 'boolean' } } },
                  tags: { type: 'array', items: { type: 'string' } },
                  extra: { type: 'object', properties: { x: { type: 'integer' } } },
                  toString: { type: 'object', properties: { x: { type: 'integer' } } },
                },
              },
              encoding: {
                metadata: { style: 'deepObject', explode: true },
                expand: { style: 'deepObject', explode: true },
                items: { style: 'deepObject', explode: true },
                options: { contentType: 'application/json' },
                tags: { style: 'pipeDelimited', explode: false },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
    '/upload': {
      post: {
        operationId: 'upload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: { type: 'string', format: 'binary' },
                  name: { type: 'string' },
                  options: { type: 'object', properties: { pages: { type: 'array', items: { type: 'integer' } } } },
                  meta: { type: 'object' },
                },
              },
              encoding: { options: { contentType: 'application/json' } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
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
      query: {
        tags: ['x', 'y z'],
        csv: [1, 2],
        filter: { role: 'admin', 'a&b': '1=2' },
        obj: { k: 'v', n: 1 },
        space: ['a', 'b'],
        pipe: ['c', 'd'],
      },
      headers: { 'X-Trace': ['t1', 't2'] },
      cookies: { session: 's 1' },
    });
    const req = server.requests.at(-1)!;
    expect(req.url).toBe(
      '/q/a%20b%2Fc?tags=x&tags=y%20z&csv=1,2&filter%5Brole%5D=admin&filter%5Ba%26b%5D=1%3D2&k=v&n=1&space=a%20b&pipe=c|d',
    );
    expect(req.headers['x-trace']).toBe('t1,t2');
    expect(req.headers.cookie).toBe('session=s%201');
    expect(req.headers['tostring']).toBeUndefined();
    expect(result.data).toBe('plain text');
  });

  it('label and matrix path styles', async () => {
    await client.label({ path: { ids: ['a', 'b'] } });
    expect(server.requests.at(-1)!.url).toBe('/label/.a,b');
    await client.matrix({ path: { id: 'x y' } });
    expect(server.requests.at(-1)!.url).toBe('/matrix/;id=x%20y');
    // RFC 6570 `{;ids*}`: each item its own pair; an exploded object's keys name their pairs.
    await client.matrixExploded({ path: { ids: [3, 4, 5], point: { x: 1, y: 2 } } });
    expect(server.requests.at(-1)!.url).toBe('/mx/;ids=3;ids=4;ids=5/;x=1;y=2');
  });

  it("an exploded query object's list property repeats its name (Spring's Pageable)", async () => {
    await client.pageable({ query: { pageable: { page: 2, sort: ['name,asc', 'id,desc'] } } });
    expect(server.requests.at(-1)!.url).toBe('/pageable?page=2&sort=name%2Casc&sort=id%2Cdesc');
  });

  it('form-urlencoded bodies', async () => {
    await client.form({ body: { a: 'x y', b: ['1', '2'] } });
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.body).toBe('a=x+y&b=1&b=2');
  });

  it("form bodies follow the media type's encoding: deepObject nests as Stripe reads it", async () => {
    const body = {
      amount: 2000,
      metadata: { order_id: '6735', 'a&b': 'x=y z', cleared: null },
      expand: ['customer', 'invoice.subscription'],
      items: [{ price: 'price_1' }, { price_data: { currency: 'eur', unit_amount: 5 } }],
      options: { notify: true },
      tags: ['a', 'b'],
      extra: { x: 1 },
      toString: { x: 2 },
    };
    await client.createCharge({ query: { expand: ['balance'] }, body });
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.url).toBe('/charges?expand%5B0%5D=balance');
    expect(req.body).toBe(
      'amount=2000' +
        '&metadata%5Border_id%5D=6735&metadata%5Ba%26b%5D=x%3Dy+z&metadata%5Bcleared%5D=' +
        '&expand%5B0%5D=customer&expand%5B1%5D=invoice.subscription' +
        '&items%5B0%5D%5Bprice%5D=price_1&items%5B1%5D%5Bprice_data%5D%5Bcurrency%5D=eur&items%5B1%5D%5Bprice_data%5D%5Bunit_amount%5D=5' +
        '&options=%7B%22notify%22%3Atrue%7D&tags=a|b' +
        // No encoding: an object goes as JSON, whatever its name (`toString` is not Object.prototype's).
        '&extra=%7B%22x%22%3A1%7D&toString=%7B%22x%22%3A2%7D',
    );
    // An independent reader of bracketed forms (qs, as Rails/Rack and PHP parse them) gets the data back.
    const parsed = qs.parse(req.body);
    expect(parsed['metadata']).toEqual({ order_id: '6735', 'a&b': 'x=y z', cleared: '' });
    expect(parsed['expand']).toEqual(['customer', 'invoice.subscription']);
    expect(parsed['items']).toEqual([{ price: 'price_1' }, { price_data: { currency: 'eur', unit_amount: '5' } }]);
    expect(JSON.parse(parsed['options'] as string)).toEqual({ notify: true });
  });

  it('deepObject query parameters nest too', async () => {
    await client.query({
      path: { id: '1' },
      query: { filter: { owner: { id: 'u 1', roles: ['a', 'b'] }, skip: undefined, when: new Date(0) } },
    });
    const url = server.requests.at(-1)!.url;
    expect(url).toBe(
      '/q/1?filter%5Bowner%5D%5Bid%5D=u%201&filter%5Bowner%5D%5Broles%5D%5B0%5D=a&filter%5Bowner%5D%5Broles%5D%5B1%5D=b&filter%5Bwhen%5D=1970-01-01T00%3A00%3A00.000Z',
    );
    expect(qs.parse(url.split('?')[1]!)['filter']).toEqual({
      owner: { id: 'u 1', roles: ['a', 'b'] },
      when: '1970-01-01T00:00:00.000Z',
    });
  });

  it('multipart bodies with a file; a binary response is a Blob', async () => {
    const result = await client.upload({
      body: {
        file: new Blob(['hello'], { type: 'text/plain' }),
        name: 'greeting',
        options: { pages: [1, 2] },
        meta: { a: 1 },
      },
    });
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.body).toContain('name="name"\r\n\r\ngreeting');
    // The encoding types `options` as JSON: one part with that content type, the array not split.
    expect(req.body).toMatch(
      /name="options"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"pages":\[1,2\]\}\r\n/,
    );
    // Without an encoding an object is still JSON text, as a plain field.
    expect(req.body).toContain('name="meta"\r\n\r\n{"a":1}\r\n');
    expect(req.body).toContain('hello');
    expect(result.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await result.data.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
