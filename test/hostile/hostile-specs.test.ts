/**
 * Hostile specs: text that tries to escape comments and strings, names that are not identifiers or
 * collide, values full of quotes and newlines, patterns with slashes, deep and recursive schemas.
 * Each generates a package that type-checks, imports without side effects (the canary
 * `globalThis.PWNED` stays unset) and behaves.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheck } from '../support/tsc.js';

const PAYLOAD =
  '*/ globalThis.PWNED = 1; /* ${globalThis.PWNED = 2} `${globalThis.PWNED = 3}` \\ " \' <!-- --> \u2028 \u2029 end';
const info = { title: PAYLOAD, version: PAYLOAD, description: PAYLOAD };
const str = { type: 'string', description: PAYLOAD };
/** A media type with quotes, backslashes, a template and a line break (no `*`: that would make it a range). */
const HOSTILE_MEDIA = 'application/vnd.a"b\\c\'`${globalThis.PWNED = 4}\n/x+json';

const specs: Record<string, unknown> = {
  'comment and string breakouts in every text field': {
    openapi: '3.1.0',
    info,
    servers: [
      {
        url: 'https://{host}/x',
        description: PAYLOAD,
        variables: { host: { default: 'a"b\\c', description: PAYLOAD } },
      },
    ],
    paths: {
      '/a/{id}': {
        get: {
          operationId: 'get*/x',
          summary: PAYLOAD,
          description: PAYLOAD,
          parameters: [
            { name: 'id', in: 'path', required: true, description: PAYLOAD, schema: { ...str, example: PAYLOAD } },
          ],
          responses: {
            '200': {
              description: PAYLOAD,
              // Declared response headers with hostile names: typed members and table entries, never code.
              headers: {
                [PAYLOAD]: { description: PAYLOAD, schema: { type: 'integer' } },
                ['__proto__']: { schema: { type: 'array', items: { type: 'boolean' } } },
                Link: { schema: { type: 'string' } },
              },
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Evil *~1 name' }, example: { PAYLOAD } },
              },
            },
          },
        },
        // A callback whose name and URL expression are hostile text: a key and a doc line, never code.
        put: {
          operationId: 'subscribe*/x',
          responses: { '204': { description: PAYLOAD } },
          callbacks: {
            [PAYLOAD]: {
              [PAYLOAD]: {
                post: {
                  summary: PAYLOAD,
                  requestBody: {
                    content: {
                      'application/json': {
                        schema: { type: 'object', properties: { [PAYLOAD]: { type: 'integer' } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        // OpenAPI 3.2: a method token with quotes and backticks (RFC 9110 allows them), and a
        // querystring parameter named by hostile text.
        additionalOperations: {
          "X'`|^~": {
            operationId: 'custom*/x',
            summary: PAYLOAD,
            parameters: [
              {
                name: PAYLOAD,
                in: 'querystring',
                content: {
                  'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { [PAYLOAD]: str } } },
                },
              },
            ],
            responses: { '204': { description: PAYLOAD } },
          },
        },
        // A form body whose encoding names hostile properties, and a body-paged search.
        post: {
          operationId: 'search*/x',
          requestBody: {
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  properties: {
                    [PAYLOAD]: { type: 'object' },
                    ['__proto__']: { type: 'object' },
                    page: { type: 'integer' },
                    pageSize: { type: 'integer' },
                  },
                },
                encoding: {
                  [PAYLOAD]: { style: 'deepObject', explode: true },
                  ['__proto__']: { style: PAYLOAD, contentType: PAYLOAD },
                },
              },
              // Other media types the body may be sent as, named by hostile text (`contentType`).
              [HOSTILE_MEDIA]: { schema: { type: 'object', properties: { [PAYLOAD]: { type: 'integer' } } } },
              ['__proto__']: { schema: { type: 'string' } },
            },
          },
          responses: {
            '200': {
              description: PAYLOAD,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { [PAYLOAD]: { type: 'array' }, 'next*/': { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    // Webhooks named by hostile text, payloads with hostile property names.
    webhooks: {
      [PAYLOAD]: {
        post: {
          summary: PAYLOAD,
          requestBody: {
            content: { 'application/json': { schema: { type: 'object', properties: { [PAYLOAD]: str } } } },
          },
        },
      },
      ['__proto__']: {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Evil *~1 name' } } } },
        },
      },
    },
    components: {
      schemas: {
        'Evil enum': {
          type: 'string',
          enum: ['a', 'b'],
          'x-ms-enum': {
            name: PAYLOAD,
            values: [
              { value: 'a', name: PAYLOAD, description: PAYLOAD },
              { value: 'b', name: '__proto__' },
            ],
          },
        },
        'Evil */ name': {
          type: 'object',
          title: PAYLOAD,
          description: PAYLOAD,
          examples: [PAYLOAD],
          default: { [PAYLOAD]: PAYLOAD },
          properties: { [PAYLOAD]: str, '*/': str },
        },
      },
      securitySchemes: { [PAYLOAD]: { type: 'apiKey', in: 'header', name: 'X-"Key"\\', description: PAYLOAD } },
    },
  },
  'names that are not identifiers, reserved, prototype members or colliding': {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/u': {
        get: {
          operationId: 'get-user',
          parameters: [
            { name: 'a"b\\c', in: 'query', schema: str },
            { name: '$top', in: 'query', schema: { type: 'integer' } },
            // Validated parameters keyed by prototype names (an arrow there lost its contextual type: TS7006).
            { name: 'constructor', in: 'query', schema: { enum: ['a'] } },
            { name: 'toString', in: 'header', schema: { type: 'string', pattern: '^x' } },
          ],
          responses: { '200': { description: 'ok' } },
        },
        post: { operationId: 'getUser', responses: { '200': { description: 'ok' } } },
      },
      '/v': {
        get: { operationId: 'constructor', responses: { '204': { description: 'ok' } } },
        put: { operationId: '__proto__', responses: { '204': { description: 'ok' } } },
        delete: { operationId: 'toString', responses: { '204': { description: 'ok' } } },
      },
    },
    components: {
      schemas: Object.fromEntries(
        [
          'class',
          '__proto__',
          'constructor',
          'toString',
          'hasOwnProperty',
          'a"b',
          'a\\b',
          '😀',
          '',
          'rtl',
          'RTL',
          'user_name',
          'UserName',
          'Error',
          'Promise',
          'createClient',
          'schemas',
          '1st',
          'Issue',
          'Validator',
          'ValidationIssue',
          'operationValidators',
          'Operations',
          'Client',
          'ApiSuccess',
          'ApiFailure',
        ].map((n) => [
          n,
          {
            type: 'object',
            required: ['__proto__', 'constructor'],
            properties: {
              __proto__: str,
              constructor: str,
              toString: str,
              'a"b': str,
              'x\\y': str,
              '': str,
              '😀': str,
            },
          },
        ]),
      ),
    },
  },
  'enum, const and default values full of quotes, newlines and big numbers': {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: {
      schemas: {
        E: { enum: ['a"b', 'a\\b', '*/', 'line\nbreak', '\u2028', '${x}', '`', 1e308, -1e308, -0, 0.1, null, true] },
        C: { const: 'x"); globalThis.PWNED = 1; ("', default: '*/ PWNED' },
        O: { const: JSON.parse('{"__proto__": {"polluted": true}, "*/": 1}') },
      },
    },
  },
  'patterns with slashes, backslashes, lookarounds and comment closers': {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: {
      schemas: {
        P1: { type: 'string', pattern: '^a/b\\/c$' },
        P2: { type: 'string', pattern: '(?<=a)b(?!c)' },
        P3: { type: 'string', pattern: '*/'.replace('*', '\\*') },
        P4: { type: 'string', pattern: '\\p{L}+' },
        P5: { type: 'object', patternProperties: { '^x-"/\\\\': { type: 'string' } } },
      },
    },
  },
  'deep and recursive schemas': (() => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'object', properties: { next: deep } };
    return {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Deep: deep,
          Self: {
            type: 'object',
            properties: {
              self: { $ref: '#/components/schemas/Self' },
              list: { type: 'array', items: { $ref: '#/components/schemas/Self' } },
            },
          },
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/A' }] },
        },
      },
    };
  })(),
};

/**
 * Generated with `dates: 'Date'`: conversions keyed by hostile and prototype names, shared by client and validators.
 */
const DATES_SPEC = 'dates as Date under hostile and prototype names';
const dt = { type: 'string', format: 'date-time' };
const dated = {
  type: 'object',
  properties: { ['__proto__']: dt, constructor: dt, [PAYLOAD]: dt, map: { type: 'object', additionalProperties: dt } },
};
specs[DATES_SPEC] = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/d': {
      get: {
        operationId: 'get*/d',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/constructor' } } },
          },
        },
      },
    },
  },
  webhooks: {
    [PAYLOAD]: {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/__proto__' } } } },
      },
    },
  },
  components: {
    schemas: {
      ['__proto__']: dated,
      constructor: { type: 'object', properties: { inner: { $ref: '#/components/schemas/__proto__' }, [PAYLOAD]: dt } },
      [PAYLOAD]: dated,
    },
  },
};

const root = mkdtempSync(path.join(tmpdir(), 'specforge-hostile-'));
const packages = new Map<string, InlinePackage>();

describe('hostile specs', () => {
  beforeAll(async () => {
    for (const [name, spec] of Object.entries(specs))
      packages.set(name, await generateInline(spec, name === DATES_SPEC ? { dates: 'Date' } : {}, root));
  }, 120_000);
  afterAll(() => {
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
  });

  it('every package type-checks (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, noUnusedLocals)', () => {
    const result = typeCheck(root, {
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noUnusedLocals: true,
    });
    expect(result.output).toBe('');
  }, 120_000);

  it.each(Object.keys(specs))('%s: imports without side effects', async (name) => {
    const mod = await packages.get(name)!.load();
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(typeof mod['createClient']).toBe('function');
  });

  it('keeps hostile encoding keys and enum member names as data', async () => {
    const pkg = packages.get('comment and string breakouts in every text field')!;
    const table = readFileSync(path.join(pkg.out, 'operations.gen.ts'), 'utf8');
    // A `__proto__` key in the operation table would set a prototype: it is computed.
    expect(table).toMatch(/encoding: \{[^]*\['__proto__'\]: \{\s*style:/);
    const mod = await pkg.load();
    const names = Object.keys(mod['EvilEnum'] as object);
    expect(names).toEqual([PAYLOAD, '__proto__']);
    expect(Object.getPrototypeOf(mod['EvilEnum'])).toBe(Object.prototype);
  });

  it('sends a hostile method token as data, with a hostile querystring', async () => {
    const pkg = packages.get('comment and string breakouts in every text field')!;
    const table = readFileSync(path.join(pkg.out, 'operations.gen.ts'), 'utf8');
    expect(table).toContain('method: "X\'`|^~"');
    const seen: { method?: string; url?: string } = {};
    const mod = await pkg.load();
    const api = mod['createClient']({
      baseUrl: 'http://api.test',
      fetch: async (input: Request) => {
        Object.assign(seen, { method: input.method, url: input.url });
        return new Response(null, { status: 204 });
      },
    });
    expect((await api.customX({ path: { id: '1' }, query: { [PAYLOAD]: 'v' } })).status).toBe(204);
    expect(seen.method).toBe("X'`|^~");
    expect(new URL(seen.url!).searchParams.get(PAYLOAD)).toBe('v');
  });

  it('sends a body in a hostile media type as data, checked by its own schema', async () => {
    const mod = await packages.get('comment and string breakouts in every text field')!.load();
    const sent: Array<string | null> = [];
    const fetch = async (input: Request) => {
      sent.push(input.headers.get('content-type'));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const api = mod['createClient']({ baseUrl: 'http://api.test', fetch, validate: { request: true } });
    const mediaType = HOSTILE_MEDIA;
    await expect(
      api.searchX({ path: { id: '1' }, contentType: mediaType, body: { [PAYLOAD]: 'x' } }),
    ).rejects.toMatchObject({ kind: 'invalid-request', issues: [{ path: [PAYLOAD], message: 'must be integer' }] });
    expect(sent).toEqual([]);
    // fetch refuses the payload's line breaks in a header: a request error, not a crash or a smuggled header.
    await expect(
      api.searchX({ path: { id: '1' }, contentType: mediaType, body: { [PAYLOAD]: 1 } }),
    ).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining('cannot be sent as a Content-Type header'),
    });
    expect((await api.searchX({ path: { id: '1' }, contentType: '__proto__', body: 'x' })).status).toBe(200);
    expect(sent).toEqual(['__proto__']);
  });

  it('keeps hostile webhook and response header names as data', async () => {
    const pkg = packages.get('comment and string breakouts in every text field')!;
    const mod = await pkg.load();
    const webhooks = mod['webhooks'] as Record<string, { is(v: unknown): boolean }>;
    expect(Object.keys(webhooks)).toEqual([PAYLOAD, '__proto__', `subscribe*/x.${PAYLOAD}`]);
    expect(webhooks[`subscribe*/x.${PAYLOAD}`]!.is({ [PAYLOAD]: 1 })).toBe(true);
    expect(webhooks[`subscribe*/x.${PAYLOAD}`]!.is({ [PAYLOAD]: 'one' })).toBe(false);
    expect(Object.getPrototypeOf(webhooks)).toBe(Object.prototype);
    expect(webhooks[PAYLOAD]!.is({ [PAYLOAD]: 'x' })).toBe(true);
    expect(webhooks[PAYLOAD]!.is({ [PAYLOAD]: 1 })).toBe(false);
    // The header table holds the names as strings.
    const table = readFileSync(path.join(pkg.out, 'operations.gen.ts'), 'utf8');
    expect(table).toMatch(/responseHeaders: \{\s*'200': \[\s*\{\s*name: '\*\/ globalThis/);
    expect(table).toContain("{ name: '__proto__', type: 'boolean', array: true }");
  });

  it('keeps hostile values as data: enum, const, patterns', async () => {
    const { schemas } = await packages
      .get('enum, const and default values full of quotes, newlines and big numbers')!
      .load();
    for (const v of ['a"b', 'a\\b', '*/', 'line\nbreak', '\u2028', '${x}', '`', 1e308, -1e308, 0, 0.1, null, true])
      expect(schemas.E.is(v)).toBe(true);
    expect(schemas.E.is('a')).toBe(false);
    expect(schemas.C.is('x"); globalThis.PWNED = 1; ("')).toBe(true);
    expect(schemas.O.is(JSON.parse('{"__proto__": {"polluted": true}, "*/": 1}'))).toBe(true);
    expect(schemas.O.is({ '*/': 1 })).toBe(false);
    const p = (await packages.get('patterns with slashes, backslashes, lookarounds and comment closers')!.load())
      .schemas;
    expect([p.P1.is('a/b/c'), p.P1.is('a/bc')]).toEqual([true, false]);
    expect([p.P2.is('ab'), p.P2.is('abc')]).toEqual([true, false]);
    expect([p.P3.is('*/'), p.P4.is('été'), p.P4.is('123')]).toEqual([true, true, false]);
    expect(p.P5.issues({ 'x-"/\\z': 1 })).toEqual([{ message: 'must be string', path: ['x-"/\\z'] }]);
  });

  it('keeps every original name as a key and gives colliding names distinct exports', async () => {
    const mod = await packages.get('names that are not identifiers, reserved, prototype members or colliding')!.load();
    const names = [
      'class',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'a"b',
      'a\\b',
      '😀',
      '',
      'rtl',
      'RTL',
      'user_name',
      'UserName',
      'Error',
      'Promise',
      'createClient',
      'schemas',
      '1st',
      'Issue',
      'Validator',
      'ValidationIssue',
      'operationValidators',
      'Operations',
      'Client',
      'ApiSuccess',
      'ApiFailure',
    ];
    for (const n of names) expect(Object.prototype.hasOwnProperty.call(mod['schemas'], n), n).toBe(true);
    const value = JSON.parse('{"__proto__": "p", "constructor": "c"}');
    expect(mod['schemas']['__proto__'].is(value)).toBe(true);
    expect(mod['schemas']['__proto__'].issues({ constructor: 'c' })).toEqual([
      { message: 'is required', path: ['__proto__'] },
    ]);
    const client = mod['createClient']({ baseUrl: 'http://127.0.0.1:9' });
    expect(Object.keys(client).sort()).toEqual(
      ['constructor2', 'getUser', 'getUser2', 'paginate', 'proto', 'queryKeyScope', 'toString2', 'use'].sort(),
    );
  });

  it('validates 200-level and recursive instances without a stack overflow', async () => {
    const { schemas } = await packages.get('deep and recursive schemas')!.load();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200; i++) deep = { next: deep };
    expect(schemas.Deep.is(deep)).toBe(true);
    let self: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) self = { self, list: [{}] };
    expect(schemas.Self.is(self)).toBe(true);
    let hostile: unknown = {};
    for (let i = 0; i < 100_000; i++) hostile = { self: hostile };
    // Far deeper than any stack: an issue, not an exception.
    expect(schemas.Self['~standard'].validate(hostile).issues?.[0]?.message).toMatch(/nested too deeply/);
    expect(schemas.B.is({ b: null })).toBe(true);
  });

  it("dates: 'Date' converts under hostile names and keeps `__proto__` keys as data", async () => {
    const { schemas, webhooks } = await packages.get(DATES_SPEC)!.load();
    const at = '2026-11-23T10:00:00Z';
    const json = JSON.parse(
      JSON.stringify({ inner: { constructor: at, [PAYLOAD]: at, map: { x: at } }, [PAYLOAD]: at })
        .replace('"inner":{', `"inner":{"__proto__":"${at}",`)
        .replace('"map":{', `"map":{"__proto__":"${at}",`),
    );
    const value = schemas['constructor'].parse(json);
    expect(value[PAYLOAD]).toBeInstanceOf(Date);
    expect(value.inner[PAYLOAD]).toBeInstanceOf(Date);
    expect(value.inner.map.x).toBeInstanceOf(Date);
    // Own `__proto__` keys stay own properties; a map's is converted like any key.
    expect(Object.getPrototypeOf(value.inner)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.inner.map)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value.inner.map, '__proto__')?.value).toBeInstanceOf(Date);
    expect(Object.getOwnPropertyDescriptor(value.inner, '__proto__')?.value).toBeInstanceOf(Date);
    expect(webhooks[PAYLOAD].parse({ constructor: at }).constructor).toBeInstanceOf(Date);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
