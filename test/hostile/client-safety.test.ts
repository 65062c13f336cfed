/**
 * Client safety: no credential in errors, thrown errors or hook payloads; responses parsed without
 * prototype pollution; oversized bodies refused; redirects to another origin lose every credential.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createClient as createClockify } from '../../generated/clockify/index.js';
import {
  createClient as createJournyx,
  SpecforgeRequestError as JournyxRequestError,
} from '../../generated/journyx/index.js';
import { json, startServer, type TestServer } from '../support/http-server.js';

const WS = '64a687e29ae1f428e7ebe303';
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]) {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

describe('client safety', () => {
  it('never puts a credential in an error message, a thrown error or a hook payload', async () => {
    const secret = 'sk-VERY-SECRET';
    const seen: unknown[] = [];
    const client = createJournyx({
      baseUrl: 'http://127.0.0.1:9/api/v1',
      auth: { basicAuth: { username: 'u', password: secret } },
      retry: { retries: 1, minDelayMs: 1 },
      onRequest: (i) => void seen.push(i),
      onError: (i) => void seen.push({ ...i, error: { message: i.error.message, cause: String(i.error.cause) } }),
    });
    // Each generated package carries its own runtime, so its own error class.
    const error = (await client.listUsers().catch((e: unknown) => e)) as JournyxRequestError;
    expect(error).toBeInstanceOf(JournyxRequestError);
    const everything = JSON.stringify([error.message, String(error.cause), error.url, error.stack, seen]);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(Buffer.from(`u:${secret}`).toString('base64'));
    expect(everything).toContain('[redacted]');
  });

  it('parses hostile JSON without prototype pollution', async () => {
    // A custom field requires only its id: the body below is valid, `__proto__` keys and all.
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}]');
    });
    const { data } = await createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'k' },
      validate: { response: 'lenient' },
    }).listProjectCustomFields({ path: { workspaceId: WS, projectId: WS } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(data![0], '__proto__')).toBe(true);
  });

  it('refuses a response body larger than maxResponseBytes (declared or streamed)', async () => {
    const s = await serve((req, res) => {
      if (req.url.includes('declared')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10_000) });
        res.end(JSON.stringify([{ id: 'x'.repeat(9_980) }]));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
      res.write('[');
      res.end(`"${'y'.repeat(10_000)}"]`);
    });
    for (const base of [`${s.url}/declared`, s.url]) {
      const client = createClockify({ baseUrl: base, auth: { ApiKeyAuth: 'k' }, maxResponseBytes: 1000 });
      await expect(client.listCustomFields({ path: { workspaceId: WS } })).rejects.toMatchObject({
        kind: 'invalid-response',
        message: expect.stringMatching(/larger than 1000 bytes/),
      });
    }
  });

  it('follows a redirect to another origin without any credential; same-origin keeps them', async () => {
    const other = await serve((_req, res) => json(res, 200, []));
    const api = await serve((req, res) => {
      if (req.url.includes('/elsewhere')) {
        res.writeHead(302, { location: `${other.url}/landing` });
        return res.end();
      }
      if (req.url.includes('/custom-fields') && !req.url.includes('moved')) {
        res.writeHead(307, { location: `/v1/workspaces/${WS}/custom-fields?moved=1` });
        return res.end();
      }
      json(res, 200, []);
    });
    const client = createClockify({ baseUrl: api.url, auth: { ApiKeyAuth: 'the-key' } });
    await client.listCustomFields({ path: { workspaceId: WS } });
    expect(api.requests.map((r) => r.headers['x-api-key'])).toEqual(['the-key', 'the-key']);
    const away = createClockify({ baseUrl: `${api.url}/elsewhere`, auth: { ApiKeyAuth: 'the-key' } });
    const result = await away.listCustomFields({ path: { workspaceId: WS } });
    expect(result.status).toBe(200);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('in a browser, leaves redirects to the browser; an opaque redirect is not a status-0 answer', async () => {
    const modes: string[] = [];
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response;
    const fetch = async (request: Request) => {
      modes.push(`${request.method} ${request.redirect}`);
      return request.redirect === 'manual'
        ? opaque
        : new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createClockify({
      baseUrl: 'https://api.example',
      auth: { ApiKeyAuth: 'k' },
      fetch,
      retry: { retries: 0 },
    });
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      expect((await client.listCustomFields({ path: { workspaceId: WS } })).status).toBe(200);
      expect(modes).toEqual(['GET follow']);
    } finally {
      delete g.document;
    }
    // A runtime that hides redirects without looking like a browser: a GET follows on a second try,
    // a POST (which the server may have run) is refused rather than repeated.
    modes.length = 0;
    expect((await client.listCustomFields({ path: { workspaceId: WS } })).status).toBe(200);
    expect(modes).toEqual(['GET manual', 'GET follow']);
    modes.length = 0;
    await expect(
      client.createCustomField({ path: { workspaceId: WS }, body: { name: 'n', type: 'TXT' } }),
    ).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/redirected, and this runtime hides where to/) },
    });
    expect(modes).toEqual(['POST manual']);
  });

  it("refuses path parameter values that would move the call to another path ('', '.', '..')", async () => {
    const s = await serve((_req, res) => json(res, 204, {}));
    const client = createJournyx({ baseUrl: `${s.url}/api/v1`, auth: { basicAuth: { username: 'u', password: 'p' } } });
    for (const userId of ['..', '.', '']) {
      await expect(client.deleteUser({ path: { userId } })).rejects.toThrow(
        /path parameter value .* would change the request's path/,
      );
    }
    expect(s.requests).toHaveLength(0);
    // Dots inside a value are data: encoded or not, they stay in their segment.
    await client.deleteUser({ path: { userId: '...' } });
    await client.deleteUser({ path: { userId: '../x' } });
    expect(s.requests.map((r) => r.url)).toEqual(['/api/v1/users/...', '/api/v1/users/..%2Fx']);
  });

  it('refuses header values fetch cannot send (line break, past Latin-1), never showing a credential', async () => {
    const s = await serve((_req, res) => json(res, 200, []));
    const journyx = createJournyx({
      baseUrl: `${s.url}/api/v1`,
      auth: { basicAuth: { username: 'u', password: 'p' } },
    });
    // A header parameter carrying a line break (header injection), and a call header past Latin-1.
    await expect(
      journyx.updateUser({
        path: { userId: 'x' },
        headers: { 'If-Match': 'v1\r\nX-Admin: 1' },
        body: { user_login: 'j', fullname: 'J' },
      }),
    ).rejects.toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'invalid-request',
      message: 'updateUser: header parameter "If-Match" cannot be sent: a header is Latin-1 text without line breaks',
    });
    await expect(journyx.listUsers(undefined, { headers: { 'X-Note': '日本' } })).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining('header "X-Note" cannot be sent'),
    });
    // A credential with a line break inside: which credential, not its value.
    const broken = createClockify({ baseUrl: s.url, auth: { ApiKeyAuth: 'key-part-one\nkey-part-two' } });
    const error = (await broken.listCustomFields({ path: { workspaceId: WS } }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'auth',
      message: expect.stringContaining('the credential for ApiKeyAuth cannot be sent in a header'),
    });
    expect(JSON.stringify([error.message, error.stack])).not.toContain('key-part');
    expect(s.requests).toHaveLength(0);
    // A key read from a file with its trailing newline is sent trimmed (fetch trims header values),
    // and that trimmed form is redacted from what hooks see too.
    const seen: unknown[] = [];
    const fromFile = createClockify({
      baseUrl: s.url,
      auth: { ApiKeyAuth: 'key-from-file\n' },
      onRequest: (info) => void seen.push(info),
    });
    expect((await fromFile.listCustomFields({ path: { workspaceId: WS } })).status).toBe(200);
    expect(s.requests[0]!.headers['x-api-key']).toBe('key-from-file');
    expect(JSON.stringify(seen)).not.toContain('key-from-file');
  });
});
