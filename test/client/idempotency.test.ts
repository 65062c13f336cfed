/**
 * Retrying a POST is safe only when the server will not run it twice. An operation that declares an
 * `Idempotency-Key` header (Svix, Adyen, Mastodon…) gets a key per call, the same on every retry,
 * and is then retried on 5xx and network errors like a GET; one without stays unretried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { json, startServer, type TestServer } from '../support/http-server.js';

const created = { '201': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'keys', version: '1' },
  paths: {
    '/messages': {
      post: {
        operationId: 'send',
        parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
        responses: created,
      },
    },
    '/plain': { post: { operationId: 'plain', responses: created } },
  },
};

let server: TestServer;
let client: any;
let failFirst = new Set<string>();
beforeAll(async () => {
  server = await startServer((req, res) => {
    // Each path fails its first attempt with a 500, as a flaky upstream would.
    if (!failFirst.has(req.url)) {
      failFirst.add(req.url);
      return json(res, 500, { message: 'upstream hiccup' });
    }
    return json(res, 201, {});
  });
  const pkg = await generateInline(spec);
  client = (await pkg.load())['createClient']({
    baseUrl: server.url,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 5 },
  });
});
afterAll(() => server.close());

describe('idempotency keys', () => {
  it('a POST that takes a key gets one, the same on its retry, and is retried after a 500', async () => {
    failFirst = new Set();
    const result = await client.send();
    expect(result.status).toBe(201);
    const keys = server.requests.filter((r) => r.url === '/messages').map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    // The next call is another operation run: a new key.
    failFirst.add('/messages');
    await client.send();
    expect(server.requests.at(-1)!.headers['idempotency-key']).not.toBe(keys[0]);
  });

  it("the caller's own key is kept", async () => {
    failFirst = new Set();
    await client.send({ headers: { 'Idempotency-Key': 'order-42' } });
    expect(
      server.requests
        .filter((r) => r.url === '/messages')
        .slice(-2)
        .map((r) => r.headers['idempotency-key']),
    ).toEqual(['order-42', 'order-42']);
  });

  it('a POST without one is neither given a key nor retried after a 500', async () => {
    failFirst = new Set();
    const before = server.requests.length;
    const result = await client.plain();
    expect(result.status).toBe(500);
    expect(server.requests.length - before).toBe(1);
    expect(server.requests.at(-1)!.headers['idempotency-key']).toBeUndefined();
  });
});
