/**
 * Standalone operation functions: `createBaseClient(options)` and `op(base, request, options)`.
 * They behave as the client's methods do (the same engine: validation, date transforms, middleware,
 * `operationBaseUrls`), are typed as the methods are, and tree-shake: a bundle of one keeps no other
 * operation. The size goal is measured in bench/bundle.ts.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { typeCheckUsage } from '../support/tsc.js';

const item = {
  type: 'object',
  required: ['id', 'at'],
  properties: { id: { type: 'string', pattern: '^[a-f0-9]{4}$' }, at: { type: 'string', format: 'date-time' } },
};
const spec = {
  openapi: '3.1.0',
  info: { title: 'standalone', version: '1.2.3' },
  servers: [{ url: 'https://api.example.test/v1' }],
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-f0-9]{4}$' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
          },
        },
      },
      delete: {
        operationId: 'delete',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '204': { description: 'gone' } },
      },
    },
    '/items': {
      post: {
        operationId: 'createItem',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
        },
        responses: {
          '201': {
            description: 'made',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
          },
        },
      },
      get: {
        operationId: 'listItemsOnlyInTheBigBundle',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
            },
          },
        },
      },
    },
  },
  components: { schemas: { Item: item } },
};
// A link-paged list (Journyx's envelope): `paginateListPages(base, request)` walks it.
Object.assign(spec.paths, {
  '/pages': {
    get: {
      operationId: 'listPages',
      parameters: [{ name: 'page', in: 'query', schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['results'],
                properties: { results: { type: 'array', items: item }, '@nextLink': { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
});

// An event stream: only a bundle of an operation that streams keeps the stream readers.
Object.assign(spec.paths, {
  '/events': {
    get: {
      operationId: 'watchItems',
      responses: { '200': { description: 'events', content: { 'text/event-stream': { itemSchema: item } } } },
    },
  },
});

let server: TestServer;
let pkg: InlinePackage;
let datesPkg: InlinePackage;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.method === 'DELETE') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.url.startsWith('/pages')) {
      const second = req.url.includes('page=2');
      return json(res, 200, {
        results: [{ id: second ? 'cd34' : 'ab12', at: '2026-01-01T00:00:00Z' }],
        ...(second ? {} : { '@nextLink': `${server.url}/pages?page=2` }),
      });
    }
    if (req.url.endsWith('/bad0')) return json(res, 200, { id: 'not hex', at: '2026-01-01T00:00:00Z' });
    json(res, req.method === 'POST' ? 201 : 200, {
      id: 'ab12',
      at: '2026-01-01T00:00:00Z',
      seen: req.headers['x-trace'] ?? null,
    });
  });
  [pkg, datesPkg] = await Promise.all([generateInline(spec, { build: true }), generateInline(spec, { dates: 'Date' })]);
});
afterAll(() => server.close());

describe('standalone operation functions', () => {
  it('call the operation through a base client, as the client method does', async () => {
    const { createBaseClient, getItem, createItem, deleteOperation } = await pkg.load();
    const base = createBaseClient({ baseUrl: server.url });
    const got = await getItem(base, { path: { id: 'ab12' } });
    expect(got.status).toBe(200);
    expect(got.data.id).toBe('ab12');
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/items/ab12' });
    const made = await createItem(base, { body: { id: 'cd34', at: '2026-01-01T00:00:00Z' } });
    expect(made.status).toBe(201);
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ id: 'cd34', at: '2026-01-01T00:00:00Z' });
    // `delete` is a reserved word: the method keeps it, the function takes a suffix.
    expect((await deleteOperation(base, { path: { id: 'x' } })).status).toBe(204);
  });

  it('validate, run middleware and take operationBaseUrls by method name', async () => {
    const { createBaseClient, getItem } = await pkg.load();
    const strict = createBaseClient({ baseUrl: server.url, validate: { request: true, response: true } });
    await expect(getItem(strict, { path: { id: 'nope' } })).rejects.toMatchObject({ kind: 'invalid-request' });
    const bad = await getItem(strict, { path: { id: 'bad0' } });
    expect(bad.error.message).toMatch(/id/);
    const traced = createBaseClient({ baseUrl: 'http://127.0.0.1:9', operationBaseUrls: { getItem: server.url } });
    traced.use({
      onRequest: ({ request }: { request: Request }) => {
        request.headers.set('x-trace', 't-1');
        return request;
      },
    });
    expect((await getItem(traced, { path: { id: 'ab12' } })).data.seen).toBe('t-1');
  });

  it("convert dates with dates: 'Date'", async () => {
    const { createBaseClient, getItem } = await datesPkg.load();
    const { data } = await getItem(createBaseClient({ baseUrl: server.url }), { path: { id: 'ab12' } });
    expect(data.at).toBeInstanceOf(Date);
  });

  it('page through a paginated operation with paginate<Operation>', async () => {
    const { createBaseClient, paginateListPages } = await pkg.load();
    const base = createBaseClient({ baseUrl: server.url });
    const ids: string[] = [];
    for await (const it of paginateListPages(base)) ids.push(it.id);
    expect(ids).toEqual(['ab12', 'cd34']);
    const pages: unknown[] = [];
    for await (const page of paginateListPages(base).pages()) pages.push(page);
    expect(pages).toHaveLength(2);
  });

  it('are typed as the client methods are', () => {
    const output = typeCheckUsage(pkg.out, [
      "import { createBaseClient, createClient, getItem, createItem, paginateListPages, type Client } from './index.js';",
      'export async function use(): Promise<void> {',
      "  const base = createBaseClient({ baseUrl: 'http://x' });",
      "  const same: Awaited<ReturnType<Client['getItem']>> = await getItem(base, { path: { id: 'ab12' } });",
      "  const method: typeof same = await createClient().getItem({ path: { id: 'ab12' } });",
      '  // @ts-expect-error: the path parameter is required',
      '  await getItem(base, { path: {} });',
      '  // @ts-expect-error: the body is required',
      '  await createItem(base, {});',
      '  // @ts-expect-error: a base client, not options',
      "  await getItem({ baseUrl: 'x' }, { path: { id: 'ab12' } });",
      '  for await (const it of paginateListPages(base)) { const id: string = it.id; void id; }',
      '  // @ts-expect-error: items are Items, which have no `nope`',
      '  for await (const it of paginateListPages(base)) void it.nope;',
      '  void method;',
      '}',
    ]);
    expect(output).toBe('');
  }, 60_000);

  it('tree-shake: a bundle of one keeps no other operation', async () => {
    const bundle = async (contents: string) => {
      const result = await build({
        stdin: { contents, resolveDir: pkg.out, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    };
    const entry = JSON.stringify(path.join(pkg.out, 'dist/index.js'));
    const one = await bundle(
      `import { createBaseClient, getItem } from ${entry};\nexport const run = (o, r) => ` +
        `getItem(createBaseClient(o), r);`,
    );
    expect(one).toContain('/items/{id}');
    expect(one).not.toContain('listItemsOnlyInTheBigBundle');
    expect(one).not.toContain('createItem');
    // The stream readers (a sixth of the runtime) come with a streaming operation only.
    expect(one).not.toContain('the event stream broke');
    const streaming = await bundle(
      `import { createBaseClient, watchItems } from ${entry};\nexport const run = (o) => watchItems(createBaseClient(o));`,
    );
    expect(streaming).toContain('the event stream broke');
    const all = await bundle(`import { createClient } from ${entry};\nexport const run = (o) => createClient(o);`);
    expect(all).toContain('listItemsOnlyInTheBigBundle');
  });
});
