/**
 * The client against a hostile server and a careless caller: redaction by place (keys with any
 * character, one-letter keys), pagination that links back to an earlier page, success statuses
 * the spec does not declare, control characters in operationIds, path values, `Retry-After`
 * forms, server-sent `retry:` values, the default time limit, and credentials for another host.
 */
import { describe, expect, it, vi } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { json } from '../support/http-server.js';

const thing = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, n: { type: 'number', minimum: 0, maximum: 10 } },
};
const jsonBody = (schema: unknown, description = 'ok') => ({
  description,
  content: { 'application/json': { schema } },
});
const EVIL_ID = 'evil\r\nX-Forged: yes\u2028\u001b[2J';

const spec = {
  openapi: '3.1.0',
  info: { title: 'hardening', version: '1' },
  servers: [{ url: 'http://placeholder.invalid/api' }],
  security: [{ key: [] }],
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'query', name: 'api_key' },
      hkey: { type: 'apiKey', in: 'header', name: 'X-Key' },
    },
    schemas: {
      Loose: {
        type: 'object',
        properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
      },
      Thing: thing,
      Ids: { type: 'array', uniqueItems: true },
      Tree: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
    },
  },
  paths: {
    '/workspaces/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'q', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '201': jsonBody(thing) },
      },
    },
    '/tree': { get: { operationId: 'getTree', responses: { '200': jsonBody({ $ref: '#/components/schemas/Tree' }) } } },
    '/header-keyed': {
      get: { operationId: 'headerKeyed', security: [{ hkey: [] }], responses: { '200': jsonBody(thing) } },
    },
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [{ name: 'page', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': jsonBody({
            type: 'object',
            properties: { items: { type: 'array', items: { type: 'string' } }, next: { type: 'string' } },
          }),
        },
      },
    },
    '/evil': { get: { operationId: EVIL_ID, responses: { '200': jsonBody(thing) } } },
    '/events': {
      get: {
        operationId: 'events',
        responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
    '/reports': {
      get: {
        operationId: 'report',
        servers: [{ url: 'http://reports.placeholder.invalid/v1' }],
        responses: { '200': jsonBody(thing) },
      },
    },
  },
};

const client = useInlineClient(spec);

/** Every text a caller, a hook or a log could see of a failed call. */
async function everythingShown(
  create: (hooks: object) => any,
  call: (c: any) => Promise<unknown>,
): Promise<{ text: string; error: any }> {
  const seen: unknown[] = [];
  const c = create({
    onRequest: (i: unknown) => void seen.push(i),
    onError: (i: { error: Error }) =>
      void seen.push({ ...i, error: { message: i.error.message, cause: String(i.error.cause) } }),
  });
  const error = (await call(c).catch((e: unknown) => e)) as any;
  return { text: JSON.stringify([error?.message, String(error?.cause), error?.url, error?.stack, seen]), error };
}

describe('redaction by place', () => {
  it.each([
    ['a tilde', 'k~ey~1'],
    ['a space', 'my key 42'],
    ['form-special characters', "k*e!y'(1)"],
    ['a plus and a percent', 'k+e%y'],
  ])('a query API key with %s never shows, in any encoding', async (_name, key) => {
    const forms = [
      key,
      encodeURIComponent(key),
      new URLSearchParams({ k: key }).toString().slice(2),
      key.replace(/ /g, '%20'),
    ];
    const { text } = await everythingShown(
      (hooks) =>
        client.createClient({ baseUrl: 'http://127.0.0.1:9/api', auth: { key }, retry: { retries: 0 }, ...hooks }),
      (c) => c.getThing({ path: { id: 'w1' }, query: { q: 'x y' } }),
    );
    for (const form of forms) expect(text).not.toContain(form);
    expect(text).toContain('api_key=%5Bredacted%5D');
    expect(text).toContain('q=x+y'); // other parameters as sent
  });

  it('a one-letter key blanks its place only: the rest of the URL and the messages stay readable', async () => {
    const { text, error } = await everythingShown(
      (hooks) =>
        client.createClient({ baseUrl: 'http://127.0.0.1:9/api', auth: { key: 'k' }, retry: { retries: 0 }, ...hooks }),
      (c) => c.getThing({ path: { id: 'work' } }),
    );
    expect(error.url).toBe('http://127.0.0.1:9/api/workspaces/work?api_key=%5Bredacted%5D');
    expect(text).not.toMatch(/wor\[redacted\]/);
  });

  it('a header key and URL userinfo are blanked by place', async () => {
    const { text, error } = await everythingShown(
      (hooks) =>
        client.createClient({
          baseUrl: 'http://user:pa55@127.0.0.1:9/api',
          auth: { hkey: 'e' },
          retry: { retries: 0 },
          ...hooks,
        }),
      (c) => c.headerKeyed(),
    );
    expect(text).not.toContain('pa55');
    expect(text).toContain('"x-key":"[redacted]"');
    expect(error.url).toBe('http://%5Bredacted%5D:%5Bredacted%5D@127.0.0.1:9/api/header-keyed');
    expect(error.message).toContain('header-keyed');
  });
});

describe('pagination cycles', () => {
  it('a next link back to any earlier page (not only the last) stops the walk with an error', async () => {
    // 1 → 2 → 1: each link differs from the page before it, so only a memory of the walk stops it.
    const s = await client.serve((req, res) => {
      const page = new URL(req.url, 'http://x').searchParams.get('page') ?? '1';
      json(res, 200, { items: [`item${page}`], next: `/api/items?page=${page === '1' ? '2' : '1'}` });
    });
    const c = client.createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of c.paginate.listItems()) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'invalid-response',
      message: expect.stringMatching(/leads back to a page already fetched/),
    });
    // The first request named no page, so `?page=1` is new once; then `?page=2` repeats.
    expect(seen).toEqual(['item1', 'item2', 'item1']);
    expect(s.requests).toHaveLength(3);
  });
});

describe('success statuses the spec does not declare', () => {
  it('a 200 where only 201 is declared is validated against the declared success', async () => {
    const s = await client.serve((_req, res) => json(res, 200, { name: 42 }));
    const c = client.createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' }, validate: { response: true } });
    const result = await c.getThing({ path: { id: 'w1' } });
    expect(result.data).toBeUndefined();
    expect(result.error.issues).toEqual([{ message: 'must be string', path: ['name'] }]);
    const fine = await client.serve((_req, res) => json(res, 200, { name: 'ok' }));
    const ok = await client
      .createClient({ baseUrl: `${fine.url}/api`, auth: { key: 'k' }, validate: { response: true } })
      .getThing({ path: { id: 'w1' } });
    expect(ok).toMatchObject({ status: 200, data: { name: 'ok' } });
  });
});

describe('validators', () => {
  it('NaN and ±Infinity are no numbers; a 100,000-deep body is a clean issue under validate.response too', async () => {
    const { schemas } = await client.pkg.load();
    for (const n of [NaN, Infinity, -Infinity]) expect(schemas.Thing.is({ name: 'x', n })).toBe(false);
    expect(schemas.Thing.is({ name: 'x', n: 10 })).toBe(true);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(schemas.Tree['~standard'].validate(JSON.parse(deep)).issues).toEqual([
      { message: 'could not be validated: nested too deeply', path: [] },
    ]);
    const s = await client.serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(deep);
    });
    const c = client.createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' }, validate: { response: true } });
    const result = await c.getTree();
    expect(result.error.issues).toEqual([{ message: 'could not be validated: nested too deeply', path: [] }]);
  });
});

describe('validators read own properties only, and never throw', () => {
  it('a polluted Object.prototype or an inherited property does not satisfy required', async () => {
    const { schemas } = await client.pkg.load();
    const proto = Object.prototype as Record<string, unknown>;
    proto['name'] = 'x';
    try {
      expect(schemas.Thing.is({})).toBe(false);
      expect(schemas.Thing['~standard'].validate({}).issues).toEqual([{ message: 'is required', path: ['name'] }]);
    } finally {
      delete proto['name'];
    }
    expect(schemas.Thing.is(Object.create({ name: 'x' }))).toBe(false);
  });

  it('an inherited value of an optional property is absent: it neither fails nor passes a check', async () => {
    const { schemas } = await client.pkg.load();
    const proto = Object.prototype as Record<string, unknown>;
    proto['name'] = 5;
    proto['tags'] = [7];
    try {
      expect(schemas.Loose.is({})).toBe(true);
      expect(schemas.Loose['~standard'].validate({}).issues).toBeUndefined();
      expect(schemas.Loose['~standard'].validate({ name: 5 }).issues).toEqual([
        { message: 'must be string', path: ['name'] },
      ]);
      expect(schemas.Loose['~standard'].validate({ tags: [7] }).issues).toEqual([
        { message: 'must be string', path: ['tags', 0] },
      ]);
    } finally {
      delete proto['name'];
      delete proto['tags'];
    }
    expect(schemas.Loose.is(Object.create({ name: 5, tags: [7] }))).toBe(true);
  });

  it('a getter that throws something that cannot become text gives an issue, not an exception', async () => {
    const { schemas } = await client.pkg.load();
    const hostile = {
      get name() {
        throw Object.create(null);
      },
    };
    expect(schemas.Thing['~standard'].validate(hostile).issues).toEqual([
      { message: 'could not be validated: an exception that cannot be shown', path: [] },
    ]);
    expect(schemas.Thing.is(hostile)).toBe(false);
  });

  it('uniqueItems is linear: 60,000 integers and 20,000 objects in under a second, JSON equality', async () => {
    const { schemas } = await client.pkg.load();
    const ints = Array.from({ length: 60_000 }, (_, i) => i);
    const objects = Array.from({ length: 20_000 }, (_, i) => ({ id: i, tags: ['a', i % 7] }));
    const started = performance.now();
    expect(schemas.Ids.is(ints)).toBe(true);
    expect(schemas.Ids.is(objects)).toBe(true);
    expect(schemas.Ids.is([...objects, { tags: ['a', 19_999 % 7], id: 19_999 }])).toBe(false); // key order ignored
    expect(performance.now() - started).toBeLessThan(1000);
    expect(schemas.Ids.is([1, 1.0])).toBe(false);
    expect(schemas.Ids.is([0, -0])).toBe(false);
    expect(schemas.Ids.is([1, '1', [1], { a: 1 }, { a: '1' }, null, false, 'null'])).toBe(true);
    expect(schemas.Ids.is([{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }])).toBe(false);
  });
});

describe('runtime messages and limits', () => {
  it("an operationId's CR, LF, U+2028 and ESC are escaped in error messages", async () => {
    const c = client.createClient({ baseUrl: 'http://127.0.0.1:9/api', auth: { key: 'k' }, retry: { retries: 0 } });
    const method = Object.keys(c).find((k) => k.startsWith('evil'))!;
    const error = (await c[method]().catch((e: unknown) => e)) as Error & { operation: string };
    expect(error.message).not.toMatch(/[\r\n\u2028\u001b]/);
    expect(error.message).toContain('evil\\u000d\\u000aX-Forged: yes\\u2028\\u001b[2J');
    expect(error.operation).toBe(EVIL_ID); // the field stays the data it is
  });

  it("a path value of '..' is a SpecforgeRequestError of kind invalid-request", async () => {
    const c = client.createClient({ baseUrl: 'http://127.0.0.1:9/api', auth: { key: 'k' } });
    const error = await c.getThing({ path: { id: '..' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SpecforgeRequestError', kind: 'invalid-request', operation: 'getThing' });
  });

  it('Retry-After is digits (seconds) or an HTTP-date: 0x10 is neither, and is not 16 s', async () => {
    const { serverWait } = await import('../../templates/runtime/client/transport.js');
    const at = (value: string) =>
      serverWait(new Headers({ 'retry-after': value }), Date.parse('Sun, 06 Dec 2026 05:00:00 GMT'));
    expect(at('0x10')).toBeNull();
    expect(at('1e3')).toBeNull();
    expect(at(' 16 ')).toBe(16_000);
    expect(at('Sun, 06 Dec 2026 05:00:30 GMT')).toBe(30_000);
  });

  it('a server-sent retry past what a timer can wait is clamped, not fired at once', async () => {
    const s = await client.serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('retry: 4000000000\ndata: hi\n\n');
    });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const abort = new AbortController();
    const c = client.createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' }, events: { reconnect: true } });
    const { data } = await c.events({}, { signal: abort.signal });
    const events: unknown[] = [];
    const reading = (async () => {
      for await (const e of data) events.push(e);
    })().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    abort.abort();
    await reading;
    process.off('warning', onWarning);
    expect(events).toHaveLength(1);
    expect(s.requests).toHaveLength(1); // no reconnection after 1 ms
    expect(warnings).not.toContain('TimeoutOverflowWarning');
  });

  it('an attempt has a 60 s time limit by default; timeoutMs: 0 turns it off', async () => {
    const s = await client.serve((_req, res) => json(res, 201, { name: 'x' }));
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const limits = () => timers.mock.calls.filter(([, ms]) => ms === 60_000).length;
    try {
      await client.createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' } }).getThing({ path: { id: 'w' } });
      expect(limits()).toBe(1);
      timers.mockClear();
      await client
        .createClient({ baseUrl: `${s.url}/api`, auth: { key: 'k' }, timeoutMs: 0 })
        .getThing({ path: { id: 'w' } });
      expect(limits()).toBe(0);
    } finally {
      timers.mockRestore();
    }
  });
});

describe('credentials and other hosts', () => {
  it("after baseUrl moves, another host's operation gets credentials only if credentialHosts lists it", async () => {
    const s = await client.serve((req, res) =>
      json(res, 200, { name: new URL(req.url, 'http://x').searchParams.get('api_key') ?? 'none' }),
    );
    const reports = new URL(s.url).host;
    const base = { baseUrl: 'http://127.0.0.2:9/api', auth: { key: 'secret-key' }, retry: { retries: 0 } };
    // The spec's reports server is sent to the test server by operationBaseUrls (which the user chose: trusted).
    const chosen = await client.createClient({ ...base, operationBaseUrls: { report: `${s.url}/v1` } }).report();
    expect(chosen.data).toEqual({ name: 'secret-key' });
    // Without a choice: the spec's own other host, with baseUrl moved, gets nothing unless listed.
    const c = client.createClient({ ...base, baseUrl: `http://localhost:${new URL(s.url).port}/api` });
    const refused = await c.report().catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'auth', message: expect.stringMatching(/credentialHosts/) });
    const listed = await client
      .createClient({
        ...base,
        baseUrl: `http://localhost:${new URL(s.url).port}/api`,
        credentialHosts: ['reports.placeholder.invalid'],
      })
      .report()
      .catch((e: unknown) => e);
    expect(listed).toMatchObject({ kind: 'network' }); // sent, with its credentials, to a host that does not exist
    void reports;
  });
});
