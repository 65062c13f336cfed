/**
 * OpenAPI 3.2 documents: the HTTP QUERY method (a safe, idempotent request with a body, retried
 * like GET), `additionalOperations` (any method token, sent as written), the `querystring`
 * parameter (the whole query string, as a form or as text), `itemSchema` for JSON lines and
 * server-sent events, `$ref`'d Media Type Objects (`components/mediaTypes`) and `dataValue`
 * examples. 3.2 was refused as an unknown version before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { generateInline } from '../support/generate-inline.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { generate } from '../../generator/generate.js';

const item = { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, name: { type: 'string' } } };
const page = { type: 'object', properties: { items: { type: 'array', items: item }, next: { type: 'string' } } };
const spec = {
  openapi: '3.2.0',
  $self: 'https://example.com/openapi.yaml',
  info: { title: 'three-two', version: '1' },
  tags: [{ name: 'items', kind: 'nav', summary: 'Items' }],
  paths: {
    '/items': {
      query: {
        operationId: 'searchItems',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { name: { type: 'string' }, cursor: { type: 'string' } } },
            },
          },
        },
        responses: {
          '200': { summary: 'a page', content: { 'application/json': { $ref: '#/components/mediaTypes/Page' } } },
        },
      },
      additionalOperations: {
        LINK: {
          operationId: 'linkItems',
          parameters: [{ name: 'Link', in: 'header', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'linked' } },
        },
      },
    },
    '/filter': {
      get: {
        operationId: 'filterItems',
        parameters: [
          {
            name: 'filter',
            in: 'querystring',
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  properties: { color: { type: 'string' }, size: { type: 'array', items: { type: 'integer' } } },
                },
              },
            },
          },
        ],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: item } } } },
        },
      },
    },
    '/jsonpath': {
      get: {
        operationId: 'selectItems',
        parameters: [
          { name: 'selector', in: 'querystring', content: { 'application/jsonpath': { schema: { type: 'string' } } } },
        ],
        responses: { '204': { description: 'ok' } },
      },
    },
    '/export': {
      get: {
        operationId: 'exportItems',
        responses: {
          '200': { description: 'one item per line', content: { 'application/jsonl': { itemSchema: item } } },
        },
      },
    },
    '/events': {
      get: {
        operationId: 'watchItems',
        responses: {
          '200': {
            description: 'changes',
            content: {
              'text/event-stream': {
                itemSchema: {
                  type: 'object',
                  required: ['data'],
                  properties: {
                    event: { type: 'string' },
                    data: { type: 'string', contentMediaType: 'application/json', contentSchema: item },
                  },
                },
              },
            },
          },
        },
      },
    },
    // ASP.NET Core's SseItem<T>: the JSON's schema on `data` itself, not as its contentSchema.
    '/todos': {
      get: {
        operationId: 'watchTodos',
        responses: {
          '200': {
            description: 'todos',
            content: {
              'text/event-stream': {
                itemSchema: {
                  type: 'object',
                  required: ['data'],
                  properties: {
                    data: { $ref: '#/components/schemas/Item' },
                    event: { type: 'string' },
                    id: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    // 3.2's own example: each event name has its own data, JSON or text.
    '/feed': {
      get: {
        operationId: 'followFeed',
        responses: {
          '200': {
            description: 'named events',
            content: {
              'text/event-stream': {
                itemSchema: {
                  type: 'object',
                  required: ['event', 'data'],
                  oneOf: [
                    { properties: { event: { const: 'note' }, data: { contentMediaType: 'text/plain' } } },
                    {
                      properties: {
                        event: { const: 'created' },
                        data: { contentMediaType: 'application/json', contentSchema: item },
                      },
                    },
                    // zod-openapi writes the JSON's schema on `data` itself.
                    { properties: { event: { enum: ['deleted'] }, data: { type: 'integer' } } },
                  ],
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: { Item: item },
    mediaTypes: {
      Page: { schema: page, examples: { first: { dataValue: { items: [{ id: 1 }] } } } },
    },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

describe('OpenAPI 3.2', () => {
  it('sends QUERY with its body, and retries it like GET', async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: [{ id: 1, name: JSON.parse(req.body).name }] }));
    });
    const client = createClient({ baseUrl: server.url, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } });
    const result = await client.searchItems({ body: { name: 'x' } });
    expect(result.data).toEqual({ items: [{ id: 1, name: 'x' }] });
    expect(server.requests.map((r) => r.method)).toEqual(['QUERY', 'QUERY']);
    expect(server.requests[1]!.body).toBe('{"name":"x"}');
  });

  it('sends an additional operation by its method token, as written', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const result = await createClient({ baseUrl: server.url }).linkItems({
      headers: { Link: '</items/2>; rel="next"' },
    });
    expect(result.status).toBe(204);
    expect(server.requests[0]!.method).toBe('LINK');
    expect(server.requests[0]!.headers['link']).toBe('</items/2>; rel="next"');
  });

  it('writes a querystring parameter as the whole query: a form, or text', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[]');
    });
    const client = createClient({ baseUrl: server.url });
    await client.filterItems({ query: { color: 'dark red', size: [1, 2] } });
    expect(server.requests[0]!.url).toBe('/filter?color=dark%20red&size=1&size=2');
    await client.selectItems({ query: '$.items[?(@.id>1)]' });
    expect(server.requests[1]!.url).toBe('/jsonpath?%24.items%5B%3F%28%40.id%3E1%29%5D');
    await client.selectItems();
    expect(server.requests[2]!.url).toBe('/jsonpath');
    // validate.request checks the query as one value, issues under `query`.
    const checked = createClient({ baseUrl: server.url, validate: { request: true } });
    await expect(checked.filterItems({ query: { size: [1.5] } })).rejects.toMatchObject({
      kind: 'invalid-request',
      issues: [{ path: ['query', 'size', 0], message: 'must be integer' }],
    });
    expect(server.requests).toHaveLength(3);
  });

  it('reads JSON lines and event data by their itemSchema', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/export') {
        res.writeHead(200, { 'content-type': 'application/jsonl' });
        return res.end('{"id":1}\n{"id":2,"name":"b"}\n');
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('event: created\ndata: {"id":3}\n\n');
    });
    const client = createClient({ baseUrl: server.url, validate: { response: true } });
    const lines: unknown[] = [];
    for await (const line of (await client.exportItems()).data) lines.push(line);
    expect(lines).toEqual([{ id: 1 }, { id: 2, name: 'b' }]);
    const events: unknown[] = [];
    for await (const e of (await client.watchItems()).data) events.push(e);
    expect(events).toEqual([{ event: 'created', data: { id: 3 } }]);
    const todos: unknown[] = [];
    for await (const e of (await client.watchTodos()).data) todos.push(e);
    expect(todos).toEqual([{ event: 'created', data: { id: 3 } }]);
  });

  it('reads each event by its name when the itemSchema gives each name its own data', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (req.headers['x-bad']) return res.end('event: created\ndata: {"name":"no id"}\n\n');
      res.end('event: note\ndata: {not json}\n\nevent: created\ndata: {"id":3}\n\nevent: deleted\ndata: 3\nid: 7\n\n');
    });
    const client = createClient({ baseUrl: server.url, validate: { response: true } });
    const events: unknown[] = [];
    for await (const e of (await client.followFeed()).data) events.push(e);
    // The note's data stays text (it is not JSON), the others' is parsed; each is checked by its name.
    expect(events).toEqual([
      { event: 'note', data: '{not json}' },
      { event: 'created', data: { id: 3 } },
      { event: 'deleted', data: 3, id: '7' },
    ]);
    // A created event without an id fails its own schema, not the note's: the event names its
    // alternative, whose issue is the one reported.
    const read = async () => {
      for await (const e of (await client.followFeed({}, { headers: { 'x-bad': '1' } })).data) void e;
    };
    await expect(read()).rejects.toMatchObject({
      kind: 'invalid-response',
      issues: [{ message: 'is required', path: ['data', 'id'] }],
    });
  });

  it('types every part (tsc): QUERY body, querystring, stream items; the README lists the methods', () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient, type Operations } from './index.js';",
        'const client = createClient();',
        "void client.searchItems({ body: { name: 'x' } }).then((r) => { if (r.error === undefined) { const n: " +
          'number | undefined = r.data.items?.[0]?.id; void n; } });',
        "void client.filterItems({ query: { color: 'red', size: [1] } });",
        '// @ts-expect-error size holds integers',
        "void client.filterItems({ query: { size: ['1'] } });",
        "void client.selectItems({ query: '$.a' });",
        "type Line = Operations['exportItems']['responses']['200'] extends AsyncIterable<infer T> ? T : never;",
        'const line: Line = { id: 1 };',
        "type Event = Operations['watchItems']['responses']['200'] extends AsyncIterable<infer T> ? T : never;",
        "const event: Event = { data: { id: 1 }, event: 'created' };",
        "type Todo = Operations['watchTodos']['responses']['200'] extends AsyncIterable<infer T> ? T : never;",
        'const todo: Todo = { data: { id: 1 } };',
        '// @ts-expect-error the data is an item',
        "const notTodo: Todo = { data: 'text' };",
        'void [todo, notTodo];',
        "type Named = Operations['followFeed']['responses']['200'] extends AsyncIterable<infer T> ? T : never;",
        "const named: Named[] = [{ event: 'note', data: 'text' }, { event: 'created', data: { id: 1 } }, { " +
          "event: 'deleted', data: 2, id: '9' }];",
        '// @ts-expect-error a created event carries an item, not text',
        "const wrong: Named = { event: 'created', data: 'text' };",
        "const use = (e: Named): number => (e.event === 'created' ? e.data.id : e.event === 'deleted' ? e.data : e.data.length);",
        'void [line, event, named, wrong, use];',
      ]),
    ).toBe('');
    const readme = readFileSync(path.join(fixture.pkg.out, 'README.md'), 'utf8');
    expect(readme).toContain('`QUERY /items`');
    expect(readme).toContain('`LINK /items`');
  });
});

describe('OpenAPI 3.2 documents checked', () => {
  it('reads events as text when some branch of the itemSchema does not name its event', async () => {
    const feed = spec.paths['/feed'].get.responses['200'].content['text/event-stream'].itemSchema;
    const unnamed = {
      ...feed,
      oneOf: [...feed.oneOf, { properties: { event: { type: 'string' }, data: { contentMediaType: 'text/plain' } } }],
    };
    const loose = {
      ...spec,
      paths: {
        '/feed': {
          get: {
            ...spec.paths['/feed'].get,
            responses: { '200': { description: 'd', content: { 'text/event-stream': { itemSchema: unnamed } } } },
          },
        },
      },
    };
    const pkg = await generateInline(loose);
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toContain('AsyncIterable<{ data: string; event?: string; id?: string; retry?: number }>');
  });

  it('parses data that contentMediaType says is JSON, even without a contentSchema', async () => {
    const json = {
      ...spec,
      paths: {
        '/feed': {
          get: {
            operationId: 'followFeed',
            responses: {
              '200': {
                description: 'd',
                content: {
                  'text/event-stream': {
                    itemSchema: { properties: { data: { contentMediaType: 'application/json' } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const pkg = await generateInline(json);
    const { createClient: create } = (await pkg.load()) as {
      createClient: (o: object) => { followFeed(): Promise<{ data: AsyncIterable<unknown> }> };
    };
    const client = create({
      baseUrl: 'http://x',
      fetch: async () => new Response('data: {"a":1}\n\n', { headers: { 'content-type': 'text/event-stream' } }),
    });
    const events: unknown[] = [];
    for await (const e of (await client.followFeed()).data) events.push(e);
    expect(events).toEqual([{ data: { a: 1 } }]);
  });

  it('reads a `data` schema of strings (or null) as text, not JSON', async () => {
    const text = {
      ...spec,
      paths: {
        '/feed': {
          get: {
            operationId: 'followFeed',
            responses: {
              '200': {
                description: 'd',
                content: {
                  'text/event-stream': { itemSchema: { properties: { data: { type: ['string', 'null'] } } } },
                },
              },
            },
          },
        },
      },
    };
    const pkg = await generateInline(text);
    const { createClient: create } = (await pkg.load()) as {
      createClient: (o: object) => { followFeed(): Promise<{ data: AsyncIterable<unknown> }> };
    };
    const client = create({
      baseUrl: 'http://x',
      fetch: async () => new Response('data: hello\n\n', { headers: { 'content-type': 'text/event-stream' } }),
    });
    const events: unknown[] = [];
    for await (const e of (await client.followFeed()).data) events.push(e);
    expect(events).toEqual([{ data: 'hello' }]);
  });

  it('refuses an additional operation that a fixed field covers, or that is not a method token', async () => {
    const bad = (extra: object) => ({ ...spec, paths: { '/x': { additionalOperations: extra } } });
    for (const [extra, message] of [
      [{ POST: { responses: {} } }, /POST belongs in the path item's `post` field/],
      [{ 'NOT A TOKEN': { responses: {} } }, /"NOT A TOKEN" is not an HTTP method/],
      [{ CONNECT: { responses: {} } }, /CONNECT cannot be sent by fetch/],
    ] as const) {
      const pkg = generateInline(bad(extra));
      await expect(pkg).rejects.toBeInstanceOf(SpecforgeError);
      await expect(pkg).rejects.toThrow(message);
    }
  });

  it('reads `query` in a 3.1 document with a warning, and still refuses 4.0', async () => {
    const { dir } = await generateInline({
      ...spec,
      openapi: '3.1.1',
      paths: { '/items': { query: spec.paths['/items'].query } },
    });
    const result = await generate({ spec: path.join(dir, 'openapi.json'), out: path.join(dir, 'again') });
    expect(result.warnings.map((w) => w.message)).toContain(
      '`query` (HTTP QUERY) is an OpenAPI 3.2 field; read in this 3.1 document all the same',
    );
    await expect(generateInline({ ...spec, openapi: '4.0.0' })).rejects.toThrow(/expected 3.0.x, 3.1.x or 3.2.x/);
  });
});
