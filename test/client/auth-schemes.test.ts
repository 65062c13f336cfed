/**
 * Security schemes beyond API keys and HTTP auth, and credentials the caller sets by hand: OAuth 2
 * and OpenID Connect access tokens travel as bearer tokens; mutualTLS needs no credential from the
 * client (the certificate is in the caller's `fetch`); a header, query parameter or cookie the
 * caller put on the request meets its scheme, and is redacted like a configured credential.
 */
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { json } from '../support/http-server.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'auth', version: '1' },
  servers: [{ url: 'http://localhost' }],
  paths: {
    '/oauth': { get: { operationId: 'withOAuth', security: [{ oauth: ['read'] }], responses: ok } },
    // Declared as required header parameters too, which OpenAPI says to ignore: `auth` and the body set them.
    '/declared': {
      post: {
        operationId: 'withDeclaredHeaders',
        security: [{ oauth: [] }],
        parameters: ['Authorization', 'Content-Type', 'Accept'].map((name) => ({
          name,
          in: 'header',
          required: true,
          schema: { type: 'string' },
        })),
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: ok,
      },
    },
    '/oidc': { get: { operationId: 'withOpenId', security: [{ oidc: [] }], responses: ok } },
    '/mtls': { get: { operationId: 'withMutualTls', security: [{ mtls: [] }], responses: ok } },
    '/key': { get: { operationId: 'withKey', security: [{ key: [] }], responses: ok } },
    '/optional': { get: { operationId: 'withOptionalKey', security: [{}, { key: [] }], responses: ok } },
    '/session': { get: { operationId: 'withSession', security: [{ session: [] }], responses: ok } },
    '/query': {
      get: {
        operationId: 'withQueryKey',
        parameters: [{ name: 'api_key', in: 'query', schema: { type: 'string' } }],
        security: [{ queryKey: [] }],
        responses: ok,
      },
    },
  },
  components: {
    securitySchemes: {
      oauth: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://auth.example/token', scopes: { read: 'read' } } },
      },
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example/.well-known/openid-configuration' },
      mtls: { type: 'mutualTLS' },
      key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      session: { type: 'apiKey', in: 'cookie', name: 'wtsession' },
    },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

describe('auth schemes', () => {
  it('sends OAuth 2 and OpenID Connect access tokens as bearer tokens, resolving functions', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const client = createClient({ baseUrl: server.url, auth: { oauth: 'tok-1', oidc: async () => 'tok-2' } });
    expect((await client.withOAuth()).status).toBe(200);
    expect((await client.withOpenId()).status).toBe(200);
    expect(server.requests.map((r) => r.headers['authorization'])).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('still refuses an OAuth operation without a token, before any request', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    await expect(createClient({ baseUrl: server.url }).withOAuth()).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/no credentials .*oauth/),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('calls a mutualTLS operation without a credential (the certificate is in the caller’s fetch)', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    expect((await createClient({ baseUrl: server.url }).withMutualTls()).status).toBe(200);
  });

  it('takes a credential the caller set by hand (header, query, Authorization), and redacts it', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const seen: unknown[] = [];
    const client = createClient({
      baseUrl: server.url,
      headers: { authorization: 'Bearer by-hand' },
      onRequest: (i: unknown) => void seen.push(i),
    });
    expect((await client.withOAuth()).status).toBe(200);
    expect((await client.withKey({}, { headers: { 'X-Key': 'hand-key' } })).status).toBe(200);
    expect((await client.withQueryKey({ query: { api_key: 'hand-query' } })).status).toBe(200);
    expect(server.requests.map((r) => [r.headers['authorization'], r.headers['x-key'], r.url])).toEqual([
      ['Bearer by-hand', undefined, '/oauth'],
      ['Bearer by-hand', 'hand-key', '/key'],
      ['Bearer by-hand', undefined, '/query?api_key=hand-query'],
    ]);
    const shown = JSON.stringify(seen);
    for (const secret of ['by-hand', 'hand-key', 'hand-query']) expect(shown).not.toContain(secret);
  });

  it('optional auth (`{}` first among the alternatives) still sends the credentials the caller has', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    await createClient({ baseUrl: server.url, auth: { key: 'mine' } }).withOptionalKey();
    await createClient({ baseUrl: server.url }).withOptionalKey();
    expect(server.requests.map((r) => r.headers['x-key'])).toEqual(['mine', undefined]);
  });

  it('a configured credential wins over the same header set on the client', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    await createClient({ baseUrl: server.url, headers: { 'X-Key': 'stale' }, auth: { key: 'configured' } }).withKey();
    expect(server.requests[0]!.headers['x-key']).toBe('configured');
  });

  it('ignores declared Authorization, Content-Type and Accept parameters: auth and the body set them', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    expect(
      (await createClient({ baseUrl: server.url, auth: { oauth: 'tok' } }).withDeclaredHeaders({ body: { a: 1 } }))
        .status,
    ).toBe(200);
    const sent = server.requests[0]!.headers;
    expect([sent['authorization'], sent['content-type']]).toEqual(['Bearer tok', 'application/json']);
    expect(sent['accept']).toMatch(/^application\/json/);
  });

  it('types the credentials: a string (or function) for OAuth and OpenID Connect, none for mutualTLS', async () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient } from './index.js';",
        "const client = createClient({ auth: { oauth: 'token', oidc: async () => 'token', key: 'k' } });",
        '// No headers to repeat: the declared Authorization, Content-Type and Accept parameters are ignored.',
        'void client.withDeclaredHeaders({ body: {} });',
        '// @ts-expect-error no such header parameter',
        "void client.withDeclaredHeaders({ body: {}, headers: { Authorization: 'x' } });",
        '// @ts-expect-error mutualTLS takes no credential',
        "createClient({ auth: { mtls: 'x' } });",
      ]),
    ).toBe('');
  }, 60_000);

  it('in a browser, a cookie scheme is met by its cookies, sent with the credentials mode asked', async () => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(`${request.credentials} ${request.headers.get('cookie')}`);
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    // Outside a browser the client must set the cookie itself: without one, no call.
    await expect(createClient({ fetch }).withSession()).rejects.toMatchObject({ kind: 'auth' });
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      expect((await createClient({ fetch, credentials: 'include' }).withSession()).status).toBe(200);
      expect(seen).toEqual(['include null']);
      // 'omit' sends no cookies, so the scheme is not met.
      await expect(createClient({ fetch, credentials: 'omit' }).withSession()).rejects.toMatchObject({ kind: 'auth' });
    } finally {
      delete g.document;
    }
  });
});
