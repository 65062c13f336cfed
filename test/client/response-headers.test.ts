/**
 * Typed response headers: `result.headers` holds the headers the spec declares for the status that
 * came back, converted to their schema's type (Journyx's `ETag`, a rate-limit count, a list), keyed
 * by the spec's names. What the server left out, or sent in a form that does not convert, is
 * absent; `Content-Type` is the body's media type, not a header to declare (OpenAPI ignores it).
 */
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';

const str = { schema: { type: 'string' } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'headers', version: '1' },
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            headers: {
              ETag: { description: 'The version, for `If-Match`.', ...str },
              Location: { required: true, ...str },
              'X-RateLimit-Remaining': { schema: { type: 'integer' } },
              'X-Cost': { schema: { type: ['number', 'null'] } },
              'X-Cached': { schema: { type: 'boolean' } },
              'X-Ids': { schema: { type: 'array', items: { type: 'integer' } } },
              'X-Tags': { schema: { type: 'array', items: { type: 'string' } } },
              'X-Mode': { schema: { type: 'string', enum: ['fast', 'slow'] } },
              'X-Shared': { $ref: '#/components/headers/Shared' },
              ['__proto__']: str,
              // Ignored: the body's media type, and a second spelling of a declared header.
              'Content-Type': str,
              'x-ratelimit-remaining': str,
            },
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
          '429': {
            description: 'slow down',
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
    '/ping': { get: { operationId: 'ping', responses: { '204': { description: 'none' } } } },
  },
  components: {
    headers: { Shared: { schema: { $ref: '#/components/schemas/Count' } } },
    schemas: { Count: { type: 'integer' } },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

describe('typed response headers', () => {
  it('converts each declared header of the status to its type, under the spec name', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        etag: '"v7"',
        location: '/things/1',
        'x-ratelimit-remaining': '42',
        'x-cost': '0.25',
        'x-cached': 'TRUE',
        'x-ids': '1, 2,3',
        'x-tags': 'a, b c',
        'x-mode': 'fast',
        'x-shared': '-7',
        'x-undeclared': 'not read',
      });
      res.end('{"id":"1"}');
    });
    const result = await createClient({ baseUrl: server.url }).getThing({ path: { id: '1' } });
    expect(result.data).toEqual({ id: '1' });
    expect(result.headers).toEqual({
      ETag: '"v7"',
      Location: '/things/1',
      'X-RateLimit-Remaining': 42,
      'X-Cost': 0.25,
      'X-Cached': true,
      'X-Ids': [1, 2, 3],
      'X-Tags': ['a', 'b c'],
      'X-Mode': 'fast',
      'X-Shared': -7,
    });
  });

  it('leaves out what was not sent or does not convert; a header named __proto__ is data', async () => {
    const server = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-ratelimit-remaining', 'lots');
      res.setHeader('x-cached', 'yes');
      res.setHeader('x-ids', '1,two');
      res.setHeader('x-tags', '');
      res.setHeader('__proto__', 'polluted?');
      res.end('{}');
    });
    const result = await createClient({ baseUrl: server.url }).getThing({ path: { id: '1' } });
    expect(result.headers).toEqual(JSON.parse('{"X-Tags":[],"__proto__":"polluted?"}'));
    expect(Object.getPrototypeOf(result.headers)).toBe(Object.prototype);
    expect(Object.keys(result.headers)).toEqual(['X-Tags', '__proto__']);
    // The raw text is still there.
    expect(result.response.headers.get('x-ratelimit-remaining')).toBe('lots');
  });

  it('under validate.response, a missing required header or one that does not convert is an error', async () => {
    const server = await serve((req, res) => {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-ratelimit-remaining': 'lots',
        'x-ids': '1,two',
      };
      if (req.url === '/things/located') headers['location'] = '/things/1';
      res.writeHead(200, headers);
      res.end('{}');
    });
    const checked = createClient({ baseUrl: server.url, validate: { response: true } });
    const result = await checked.getThing({ path: { id: '1' } });
    expect(result.status).toBe(200);
    expect(result.data).toBeUndefined();
    expect(result.error.issues).toEqual([
      { message: 'is required', path: ['headers', 'Location'] },
      { message: 'must be a number', path: ['headers', 'X-RateLimit-Remaining'] },
      { message: 'must be a list of numbers', path: ['headers', 'X-Ids'] },
    ]);
    expect(result.error.message).toMatch(/^response headers do not match the spec: /);
    // With onMismatch the answer stands and the header issues are reported.
    const reported: Array<{ part: string; issues: unknown[] }> = [];
    const watched = await createClient({
      baseUrl: server.url,
      validate: { response: true, onMismatch: (m: { part: string; issues: unknown[] }) => reported.push(m) },
    }).getThing({ path: { id: '1' } });
    expect(watched.data).toEqual({});
    expect(reported.map((m) => [m.part, m.issues.length])).toEqual([['headers', 3]]);
    // Without validation the answer stands, and what does not convert is left out.
    const lenient = await createClient({ baseUrl: server.url }).getThing({ path: { id: 'located' } });
    expect(lenient.data).toEqual({});
    expect(lenient.headers).toEqual({ Location: '/things/1' });
  });

  it('says a required header may be hidden by CORS when a browser answered a cross-origin request', async () => {
    // What a browser's fetch gives for a cross-origin response: type "cors", unexposed headers absent.
    const corsFetch = async (): Promise<Response> => {
      const response = new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'type', { value: 'cors' });
      return response;
    };
    const result = await createClient({
      baseUrl: 'https://api.example.com',
      fetch: corsFetch,
      validate: { response: true },
    }).getThing({ path: { id: '1' } });
    expect(result.error.issues).toEqual([
      {
        message: expect.stringMatching(/^is required \(or hidden: .*Access-Control-Expose-Headers\)$/),
        path: ['headers', 'Location'],
      },
    ]);
  });

  it("reads an error status's own headers, and gives {} where none are declared", async () => {
    const server = await serve((req, res) => {
      if (req.url === '/ping') {
        res.writeHead(204, { etag: 'x' });
        return res.end();
      }
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0', etag: 'not for 429' });
      res.end('{}');
    });
    const client = createClient({ baseUrl: server.url, retry: { retries: 0 } });
    const limited = await client.getThing({ path: { id: '1' } });
    expect(limited.status).toBe(429);
    expect(limited.headers).toEqual({ 'Retry-After': 0 });
    expect((await client.ping()).headers).toEqual({});
  });

  it('types result.headers by status (tsc)', () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient } from './index.js';",
        "const client = createClient({ baseUrl: 'http://localhost' });",
        'export async function use(): Promise<unknown[]> {',
        "  const r = await client.getThing({ path: { id: '1' } });",
        '  if (r.status === 200) {',
        '    const etag: string | undefined = r.headers.ETag;',
        '    const location: string = r.headers.Location;',
        "    const left: number | undefined = r.headers['X-RateLimit-Remaining'];",
        "    const ids: number[] | undefined = r.headers['X-Ids'];",
        "    const cached: boolean | undefined = r.headers['X-Cached'];",
        "    const mode: 'fast' | 'slow' | (string & {}) | undefined = r.headers['X-Mode'];",
        "    const shared: number | undefined = r.headers['X-Shared'];",
        '    // @ts-expect-error: a number, not a string',
        "    const wrong: string | undefined = r.headers['X-RateLimit-Remaining'];",
        '    // @ts-expect-error: Content-Type is not a declared header',
        "    void r.headers['Content-Type'];",
        '    return [etag, location, left, ids, cached, mode, shared, wrong];',
        '  }',
        '  if (r.status === 429) {',
        "    const retry: number | undefined = r.headers['Retry-After'];",
        '    // @ts-expect-error: ETag is declared for 200 only',
        '    void r.headers.ETag;',
        '    return [retry];',
        '  }',
        '  const p = await client.ping();',
        '  // @ts-expect-error: ping declares no headers',
        '  void p.headers.ETag;',
        '  return [];',
        '}',
      ]),
    ).toBe('');
  }, 60_000);
});
