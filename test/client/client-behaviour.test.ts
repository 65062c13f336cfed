/**
 * The generated clients, run for real against a local HTTP server: serialisation, auth, typed
 * results, retries, timeouts, aborts and paging.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient as createClockify,
  SpecforgeRequestError,
  SpecforgeHttpError,
} from '../../generated/clockify/index.js';
import { createClient as createJournyx } from '../../generated/journyx/index.js';
import { serverWait } from '../../templates/runtime/client/transport.js';
import { json, startServer, type Handler, type TestServer } from '../support/http-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function serve(handler: Handler): Promise<TestServer> {
  server = await startServer(handler);
  return server;
}

const WS = '64a687e29ae1f428e7ebe303';
const fast = { retries: 3, minDelayMs: 1, maxDelayMs: 50 };

describe('clockify client', () => {
  it('sends the seed operation: encoded path, X-Api-Key, JSON body; types the 201 body', async () => {
    const s = await serve((_req, res) =>
      json(res, 201, { customFieldId: 'cf', customFieldType: 'TXT', value: '20231211-12345' }),
    );
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'secret-key' } });
    const result = await client.upsertUserCustomFieldValue({
      path: { workspaceId: WS, userId: 'u/1?x', customFieldId: 'cf' },
      body: { value: '20231211-12345' },
    });
    expect(s.requests[0]).toMatchObject({
      method: 'PUT',
      url: `/v1/workspaces/${WS}/users/u%2F1%3Fx/custom-field/cf/value`,
      body: '{"value":"20231211-12345"}',
    });
    expect(s.requests[0]!.headers['x-api-key']).toBe('secret-key');
    expect(s.requests[0]!.headers['content-type']).toBe('application/json');
    expect(result.status).toBe(201);
    if (result.error === undefined && result.status === 201) expect(result.data.customFieldType).toBe('TXT');
    else throw new Error('expected data');
  });

  it('uses the add-on token when that is the credential given (alternatives), resolving functions', async () => {
    const s = await serve((_req, res) => json(res, 200, []));
    const client = createClockify({ baseUrl: s.url, auth: { AddonKeyAuth: async () => 'addon-token' } });
    await client.listCustomFields({
      path: { workspaceId: WS },
      query: { 'entity-type': ['TIMEENTRY', 'USER'], status: 'VISIBLE' },
    });
    expect(s.requests[0]!.headers['x-addon-token']).toBe('addon-token');
    expect(s.requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(s.requests[0]!.url).toBe(
      `/v1/workspaces/${WS}/custom-fields?status=VISIBLE&entity-type=TIMEENTRY&entity-type=USER`,
    );
  });

  it('refuses to call without credentials, naming the schemes', async () => {
    const client = createClockify({ baseUrl: 'http://127.0.0.1:9' });
    await expect(client.deleteCustomField({ path: { workspaceId: WS, customFieldId: 'x' } })).rejects.toThrow(
      /no credentials .*ApiKeyAuth or AddonKeyAuth/,
    );
  });

  it('types error bodies and never sets data and error together', async () => {
    const s = await serve((_req, res) => json(res, 400, { code: 501, message: "Client doesn't belong to Workspace" }));
    const result = await createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } }).getMemberProfile({
      path: { workspaceId: WS, userId: 'u' },
    });
    expect(result.data).toBeUndefined();
    expect(result.status).toBe(400);
    if (result.status === 400) expect(result.error.code).toBe(501);
  });

  it('returns undefined data for 204', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const result = await createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } }).deleteCustomField({
      path: { workspaceId: WS, customFieldId: 'c' },
    });
    expect(result).toMatchObject({ status: 204, data: undefined });
  });

  it('retries 429 honouring Retry-After, then succeeds', async () => {
    const s = await serve((_req, res, i) =>
      i < 2 ? json(res, 429, { message: 'Too many requests', code: 429 }, { 'retry-after': '0' }) : json(res, 200, []),
    );
    const attempts: number[] = [];
    const client = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'k' },
      retry: fast,
      onRequest: (info) => void attempts.push(info.attempt),
    });
    const result = await client.listCustomFields({ path: { workspaceId: WS } });
    expect(result.status).toBe(200);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("waits for a rate limit's reset without Retry-After; GitHub's 403 with none remaining is one too", async () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    const h = (init: Record<string, string>) => new Headers(init);
    expect(serverWait(h({ 'retry-after': '2' }), now)).toBe(2000);
    expect(serverWait(h({ 'retry-after': 'Mon, 30 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(serverWait(h({ 'ratelimit-reset': '3' }), now)).toBe(3000);
    expect(serverWait(h({ 'x-ratelimit-reset': String(now / 1000 + 7) }), now)).toBe(7000); // epoch seconds
    expect(serverWait(h({ 'x-ratelimit-reset': '4' }), now)).toBe(4000); // seconds from now
    expect(serverWait(h({ 'retry-after': '1', 'x-ratelimit-reset': '9' }), now)).toBe(1000);
    expect(serverWait(h({ 'x-ratelimit-reset': 'soon', 'retry-after': '' }), now)).toBeNull();
    expect(serverWait(h({}), now)).toBeNull();

    const s = await serve((_req, res, i) =>
      i === 0
        ? json(
            res,
            403,
            { message: 'API rate limit exceeded', code: 403 },
            { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
          )
        : json(res, 200, []),
    );
    const client = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'k' },
      retry: { retries: 3, maxDelayMs: 2000 },
    });
    expect((await client.listCustomFields({ path: { workspaceId: WS } })).status).toBe(200);
    expect(s.requests).toHaveLength(2);
    await s.close();
    // A plain 403 is a refusal: not retried.
    const refused = await serve((_req, res) =>
      json(res, 403, { message: 'forbidden', code: 403 }, { 'x-ratelimit-remaining': '12' }),
    );
    expect(
      (
        await createClockify({ baseUrl: refused.url, auth: { ApiKeyAuth: 'k' }, retry: fast }).listCustomFields({
          path: { workspaceId: WS },
        })
      ).status,
    ).toBe(403);
    expect(refused.requests).toHaveLength(1);
  });

  it('returns a 429 at once when the server asks for a wait over maxDelayMs, never retrying early', async () => {
    const s = await serve((_req, res) =>
      json(res, 429, { message: 'slow down', code: 429 }, { 'retry-after': '3600' }),
    );
    const started = Date.now();
    const result = await createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, retry: fast }).listCustomFields({
      path: { workspaceId: WS },
    });
    expect(result.status).toBe(429);
    expect(s.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries a POST on 429 but not on 500 (not idempotent)', async () => {
    const s = await serve((_req, res) => json(res, 500, { message: 'boom', code: 1 }));
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, retry: fast });
    const result = await client.createCustomField({ path: { workspaceId: WS }, body: { name: 'n', type: 'TXT' } });
    expect(result.status).toBe(500);
    expect(s.requests).toHaveLength(1);
    // A GET is idempotent: retried.
    await client.listCustomFields({ path: { workspaceId: WS } });
    expect(s.requests).toHaveLength(1 + 4);
  });

  it("a call's own timeoutMs and retry replace the client's", async () => {
    const s = await serve((req, res) => (req.url.includes('slow') ? undefined : json(res, 503, {})));
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, retry: fast, timeoutMs: 10_000 });
    await client.listCustomFields({ path: { workspaceId: WS } }, { retry: { retries: 0 } });
    expect(s.requests).toHaveLength(1);
    await client.listCustomFields({ path: { workspaceId: WS } });
    expect(s.requests).toHaveLength(1 + 4);
    const started = Date.now();
    const error = await client
      .listCustomFields({ path: { workspaceId: 'slow' } }, { timeoutMs: 30, retry: { retries: 0 } })
      .catch((e: unknown) => e);
    expect((error as SpecforgeRequestError).kind).toBe('timeout');
    expect((error as Error).message).toContain('timed out after 30 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries: 0 turns retrying off', async () => {
    const s = await serve((_req, res) => json(res, 503, {}));
    await createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, retry: { retries: 0 } }).listCustomFields({
      path: { workspaceId: WS },
    });
    expect(s.requests).toHaveLength(1);
  });

  it('times out with SpecforgeRequestError naming the operation and URL, without the key', async () => {
    const s = await serve(() => undefined); // never answers
    const client = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'top-secret' },
      timeoutMs: 50,
      retry: { retries: 0 },
    });
    const error = await client.listCustomFields({ path: { workspaceId: WS } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecforgeRequestError);
    expect((error as SpecforgeRequestError).kind).toBe('timeout');
    expect((error as Error).message).toMatch(
      new RegExp(`listCustomFields: timed out after 50 ms calling GET ${s.url}/v1/workspaces/${WS}/custom-fields`),
    );
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('top-secret');
  });

  it('rejects when the caller aborts', async () => {
    const s = await serve(() => undefined);
    const controller = new AbortController();
    const pending = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } }).listCustomFields(
      { path: { workspaceId: WS } },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'aborted' });
  });

  it('an abort during the backoff between retries rejects the same way', async () => {
    const s = await serve((_req, res) => json(res, 503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    const pending = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'k' },
      retry: { retries: 3, maxDelayMs: 30_000 },
    }).listCustomFields({ path: { workspaceId: WS } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'aborted',
      message: 'listCustomFields: aborted by the caller',
    });
    expect(s.requests).toHaveLength(1);
  });

  it('rateLimit spaces the starts of attempts across concurrent calls', async () => {
    const s = await serve((_req, res) => json(res, 200, []));
    expect(() => createClockify({ rateLimit: { requestsPerSecond: 0 } })).toThrow(/positive number/);
    const starts: number[] = [];
    const paced = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'k' },
      rateLimit: { requestsPerSecond: 20 },
      onRequest: () => void starts.push(Date.now()),
    });
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => paced.listCustomFields({ path: { workspaceId: WS } })));
    // 20 a second: the k-th attempt starts no sooner than k × 50 ms after the first could (a busy
    // machine may start any of them later, never sooner; timers may fire a millisecond early).
    expect(starts).toHaveLength(5);
    starts.forEach((t, k) => expect(t - t0).toBeGreaterThanOrEqual(k * 50 - 5));
  });

  it('reports network errors (nothing listening) without retrying forever', async () => {
    const client = createClockify({ baseUrl: 'http://127.0.0.1:9', auth: { ApiKeyAuth: 'k' }, retry: fast });
    await expect(client.listCustomFields({ path: { workspaceId: WS } })).rejects.toMatchObject({
      kind: 'network',
      operation: 'listCustomFields',
    });
  });

  it('pages through users with page/page-size until a short page', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: `u${i}`, email: `u${i}@example.com` }));
    const s = await serve((req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const page = Number(q.get('page'));
      const size = Number(q.get('page-size'));
      json(res, 200, all.slice((page - 1) * size, page * size));
    });
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } });
    const seen: string[] = [];
    for await (const user of client.paginate.listUsersOfWorkspace({
      path: { workspaceId: WS },
      query: { 'page-size': 2 },
    }))
      seen.push(user.id!);
    expect(seen).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    expect(s.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('pages the POST users/info filter through its JSON body (page, pageSize)', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ id: `u${i}`, email: `u${i}@example.com` }));
    const s = await serve((req, res) => {
      const { page, pageSize } = JSON.parse(req.body) as { page: number; pageSize: number };
      json(res, 200, all.slice((page - 1) * pageSize, page * pageSize));
    });
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } });
    const seen: string[] = [];
    for await (const user of client.paginate.filterUsersOfWorkspace({
      path: { workspaceId: WS },
      body: { status: 'ACTIVE', pageSize: 2 },
    }))
      seen.push(user.id!);
    expect(seen).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    expect(s.requests.map((r) => JSON.parse(r.body))).toEqual(
      [1, 2, 3].map((page) => ({ status: 'ACTIVE', pageSize: 2, page })),
    );
  });

  it('paginators throw SpecforgeHttpError on an error page', async () => {
    const s = await serve((_req, res) => json(res, 403, { message: 'no', code: 403 }));
    const it = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' } }).paginate.listUsersOfWorkspace({
      path: { workspaceId: WS },
    });
    await expect(
      (async () => {
        for await (const _ of it) void _;
      })(),
    ).rejects.toBeInstanceOf(SpecforgeHttpError);
  });

  it('a success that is not the JSON it claims is invalid-response; an error keeps its status and text', async () => {
    const s = await serve((req, res) => {
      const bad = req.url.includes('/bad');
      res.writeHead(bad ? 502 : 200, { 'content-type': 'application/json' });
      res.end(bad ? 'Bad gateway' : '{"truncated":');
    });
    const client = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, retry: { retries: 0 } });
    await expect(client.listCustomFields({ path: { workspaceId: WS } })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('HTTP 200 response is not valid JSON'),
    });
    const result = await client.listCustomFields({ path: { workspaceId: 'bad' } });
    expect(result).toMatchObject({ status: 502, error: 'Bad gateway' });
  });

  it('hooks see redacted credentials', async () => {
    const s = await serve((_req, res) => json(res, 200, []));
    const seen: unknown[] = [];
    const client = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'sekrit' },
      onRequest: (i) => void seen.push(i),
      onResponse: (i) => void seen.push(i),
    });
    await client.listCustomFields({ path: { workspaceId: WS } });
    expect(JSON.stringify(seen)).not.toContain('sekrit');
    expect(JSON.stringify(seen)).toContain('[redacted]');
  });

  it('defaults to the spec server and its variables', async () => {
    const requests: Request[] = [];
    const fetch = async (r: Request) => {
      requests.push(r);
      return new Response('[]', { headers: { 'content-type': 'application/json' } });
    };
    await createClockify({ fetch, auth: { ApiKeyAuth: 'k' } }).listCustomFields({ path: { workspaceId: WS } });
    await createClockify({
      fetch,
      auth: { ApiKeyAuth: 'k' },
      serverVariables: { host: 'euc1.clockify.me' },
    }).listCustomFields({ path: { workspaceId: WS } });
    expect(requests.map((r) => new URL(r.url).origin + new URL(r.url).pathname)).toEqual([
      `https://api.clockify.me/api/v1/workspaces/${WS}/custom-fields`,
      `https://euc1.clockify.me/api/v1/workspaces/${WS}/custom-fields`,
    ]);
  });
});

describe('validation in the client', () => {
  it('validate.response turns a mismatching body into an error naming the bad field', async () => {
    const s = await serve((_req, res) => json(res, 201, { customFieldId: 'cf', customFieldType: 'RICH', value: 'v' }));
    const strict = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, validate: { response: true } });
    const result = await strict.upsertUserCustomFieldValue({
      path: { workspaceId: WS, userId: 'u', customFieldId: 'c' },
      body: { value: 'v' },
    });
    expect(result.data).toBeUndefined();
    expect(result.error).toMatchObject({
      message: expect.stringContaining('customFieldType: must be one of: TXT'),
      issues: [{ path: ['customFieldType'] }],
    });
    // Lenient: an enum value the spec does not know yet reaches the caller.
    const lenient = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'k' }, validate: { response: 'lenient' } });
    const ok = await lenient.upsertUserCustomFieldValue({
      path: { workspaceId: WS, userId: 'u', customFieldId: 'c' },
      body: { value: 'v' },
    });
    expect(ok.data).toMatchObject({ customFieldType: 'RICH' });
  });

  it('validate.onMismatch reports a mismatching body and lets it through, credentials redacted', async () => {
    const s = await serve((_req, res) => json(res, 201, { customFieldId: 'cf', customFieldType: 'RICH', value: 'v' }));
    const seen: unknown[] = [];
    const watched = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'secret-key' },
      validate: { response: true, onMismatch: (m) => seen.push(m) },
    });
    const result = await watched.upsertUserCustomFieldValue({
      path: { workspaceId: WS, userId: 'u', customFieldId: 'c' },
      body: { value: 'v' },
    });
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ customFieldType: 'RICH' });
    expect(seen).toEqual([
      {
        operation: 'upsertUserCustomFieldValue',
        method: 'PUT',
        url: `${s.url}/v1/workspaces/${WS}/users/u/custom-field/c/value`,
        status: 201,
        part: 'body',
        issues: [
          {
            message: 'must be one of: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX, LINK',
            path: ['customFieldType'],
          },
        ],
      },
    ]);
    expect(JSON.stringify(seen)).not.toContain('secret-key');
    // A matching body reports nothing.
    const fine = await serve((_req, res) =>
      json(res, 201, { customFieldId: 'cf', customFieldType: 'TXT', value: 'v' }),
    );
    await createClockify({
      baseUrl: fine.url,
      auth: { ApiKeyAuth: 'k' },
      validate: { response: true, onMismatch: (m) => seen.push(m) },
    }).upsertUserCustomFieldValue({ path: { workspaceId: WS, userId: 'u', customFieldId: 'c' }, body: { value: 'v' } });
    expect(seen).toHaveLength(1);
  });

  it('validate.request refuses a bad body before any request is sent', async () => {
    const s = await serve((_req, res) => json(res, 201, {}));
    const client = createJournyx({ baseUrl: s.url, auth: { sessionCookie: 't' }, validate: { request: true } });
    const bad = { user_login: 'j', fullname: 'J', group_names: [] } as unknown as {
      user_login: string;
      fullname: string;
    };
    await expect(client.createUser({ body: bad })).rejects.toMatchObject({
      kind: 'invalid-request',
      issues: [{ path: ['group_names'] }],
    });
    expect(s.requests).toHaveLength(0);
  });

  it('validate.request checks parameters: a login name for a 32-hex user ID, a negative $top', async () => {
    const s = await serve((_req, res) => json(res, 200, { results: [] }));
    const client = createJournyx({ baseUrl: s.url, auth: { sessionCookie: 't' }, validate: { request: true } });
    await expect(client.getUser({ path: { userId: 'jsmith' } })).rejects.toMatchObject({
      kind: 'invalid-request',
      issues: [{ path: ['path', 'userId'] }],
    });
    await expect(client.getUser({ path: { userId: 'jsmith' } })).rejects.toThrow(
      /^getUser: invalid request parameters: path\.userId: must match the pattern \^\[0-9A-Fa-f\]\{32\}\$$/,
    );
    await expect(client.listUsers({ query: { $top: -1 } })).rejects.toMatchObject({
      issues: [{ path: ['query', '$top'], message: 'must be >= 0' }],
    });
    // A required header left out (a plain-JavaScript caller; the types require it).
    const noEtag = {
      path: { userId: '0123456789abcdef0123456789ABCDEF' },
      body: { user_login: 'j', fullname: 'J' },
    } as unknown as Parameters<typeof client.updateUser>[0];
    await expect(client.updateUser(noEtag)).rejects.toMatchObject({
      issues: [{ path: ['header', 'If-Match'], message: 'is required' }],
    });
    expect(s.requests).toHaveLength(0);
    await client.getUser({ path: { userId: '0123456789abcdef0123456789ABCDEF' } });
    await client.listUsers({ query: { $top: 5 } });
    expect(s.requests).toHaveLength(2);
    // Without validate.request nothing is checked before sending.
    await createJournyx({ baseUrl: s.url, auth: { sessionCookie: 't' } }).getUser({ path: { userId: 'jsmith' } });
    expect(s.requests).toHaveLength(3);
  });
});

describe('journyx client', () => {
  it('sends Basic auth and $-prefixed, percent-encoded query parameters', async () => {
    const s = await serve((_req, res) => json(res, 200, { results: [] }));
    const client = createJournyx({
      baseUrl: `${s.url}/api/v1`,
      auth: { basicAuth: { username: 'jsmith', password: 'pässword' } },
    });
    await client.listUsers({
      query: { $top: 10, $filter: 'status intersects ["active","hidden"]', $keys: 'custom_fields' },
    });
    const req = s.requests[0]!;
    expect(req.url).toBe(
      '/api/v1/users?$top=10&$filter=status%20intersects%20%5B%22active%22%2C%22hidden%22%5D&$keys=custom_fields',
    );
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('jsmith:pässword').toString('base64')}`);
  });

  it('sends the session cookie when that is the credential', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await createJournyx({ baseUrl: s.url, auth: { sessionCookie: 'tok en' } }).deleteUser({
      path: { userId: '84A9E688C8AF4931B206F0423C3F70EA' },
    });
    expect(s.requests[0]!.headers.cookie).toBe('wtsession=tok%20en');
  });

  it('sends the required If-Match header on update', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(204, { location: '/api/v1/users/x' });
      res.end();
    });
    await createJournyx({ baseUrl: s.url, auth: { sessionCookie: 't' } }).updateUser({
      path: { userId: 'X' },
      headers: { 'If-Match': 'etag-1' },
      body: { user_login: 'j', fullname: 'J', new_pw: 'a', new_pw2: 'a' },
    });
    expect(s.requests[0]!.headers['if-match']).toBe('etag-1');
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ user_login: 'j', fullname: 'J', new_pw: 'a', new_pw2: 'a' });
  });

  it('pages with @nextLink to the end', async () => {
    const s = await serve((req, res) => {
      const skip = Number(new URL(req.url, 'http://x').searchParams.get('$skip') ?? 0);
      const results =
        skip >= 6
          ? []
          : [
              { id: `A${skip}`, user_login: `u${skip}`, fullname: 'x' },
              { id: `A${skip + 1}`, user_login: `u${skip + 1}`, fullname: 'y' },
            ];
      const next = skip + 2 < 6 ? `${s.url}/api/v1/users?$top=2&$skip=${skip + 2}` : undefined;
      json(res, 200, {
        response_code: 200,
        $count: 6,
        $skip: skip,
        $top: 2,
        results,
        ...(next ? { '@nextLink': next } : {}),
      });
    });
    const client = createJournyx({ baseUrl: `${s.url}/api/v1`, auth: { sessionCookie: 't' } });
    const ids: string[] = [];
    for await (const user of client.paginate.listUsers({ query: { $top: 2, $keys: 'custom_fields' } }))
      ids.push(user.id!);
    expect(ids).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5']);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/api/v1/users?$top=2&$keys=custom_fields',
      '/api/v1/users?$top=2&$skip=2&$keys=custom_fields',
      '/api/v1/users?$top=2&$skip=4&$keys=custom_fields',
    ]);
    let pages = 0;
    for await (const page of client.paginate.listUsers({ query: { $top: 2 } }).pages())
      pages += page.results?.length ? 1 : 0;
    expect(pages).toBe(3);
  });

  it('never sends credentials to the host a @nextLink names: only its query is used', async () => {
    const s = await serve((req, res) => {
      const skip = Number(new URL(req.url, 'http://x').searchParams.get('$skip') ?? 0);
      json(res, 200, {
        results: skip ? [] : [{ id: 'A' }],
        '@nextLink': 'https://evil.example.com/api/v1/users?$skip=1',
      });
    });
    const client = createJournyx({ baseUrl: `${s.url}/api/v1`, auth: { basicAuth: { username: 'u', password: 'p' } } });
    const ids: unknown[] = [];
    for await (const u of client.paginate.listUsers()) ids.push(u.id);
    expect(ids).toEqual(['A']);
    expect(s.requests.map((r) => r.url)).toEqual(['/api/v1/users', '/api/v1/users?$skip=1']);
  });

  it('refuses a @nextLink that leaves the operation or repeats the page', async () => {
    const s = await serve((req, res) =>
      json(res, 200, {
        results: [{ id: 'A' }],
        '@nextLink': req.url.includes('loop') ? req.url : '/api/v1/groups?$skip=1',
      }),
    );
    const client = createJournyx({ baseUrl: `${s.url}/api/v1`, auth: { sessionCookie: 't' } });
    const drain = async (it: AsyncIterable<unknown>) => {
      for await (const _ of it) void _;
    };
    await expect(drain(client.paginate.listUsers())).rejects.toThrow(/not this operation's path/);
    await expect(drain(client.paginate.listUsers({ query: { $filter: 'loop' } }))).rejects.toThrow(
      /repeats the current page/,
    );
  });
});
