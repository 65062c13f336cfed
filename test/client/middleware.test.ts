/**
 * Middleware (`client.use`, `middleware` option): an ordered async chain that may change a request
 * (headers, URL, body) and inspect or replace the answer, reading credentials redacted unless it
 * asks for them; token refresh built on it; and per-call `fetchOptions` passed through to fetch.
 */
import { describe, expect, it, vi } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { json } from '../support/http-server.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 'middleware', version: '1' },
  servers: [{ url: 'http://placeholder.invalid' }],
  security: [{ key: [] }, { bearer: [] }],
  components: {
    securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'key' }, bearer: { type: 'http', scheme: 'bearer' } },
  },
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const client = useInlineClient(spec);

describe('middleware', () => {
  it('runs in order, changes headers, URL and body, and sees credentials redacted unless it asks', async () => {
    const s = await client.serve((req, res) =>
      json(res, 200, { url: req.url, body: req.body, trace: req.headers['x-trace'] ?? null }),
    );
    const seen: string[] = [];
    const c = client.createClient({ baseUrl: s.url, auth: { key: 'top-secret' } });
    c.use(
      {
        onRequest: ({ request }: { request: Request }) => {
          seen.push(`first ${request.url}`);
          const headers = new Headers(request.headers);
          headers.set('x-trace', 'abc');
          const url = new URL(request.url);
          url.searchParams.set('via', 'middleware');
          return new Request(url, {
            method: request.method,
            headers,
            body: request.body,
            duplex: 'half',
          } as RequestInit);
        },
      },
      {
        onRequest: async ({ request, withCredentials }: { request: Request; withCredentials(): Request }) => {
          seen.push(`second ${request.url} ${await request.text()}`);
          seen.push(`signing ${new URL(withCredentials().url).searchParams.get('key')}`);
        },
        onResponse: async ({ response }: { response: Response }) => {
          const body = await response.json();
          return new Response(JSON.stringify({ ...body, replaced: true }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
        },
      },
    );
    const { data } = await c.createNote({ body: { text: 'hello' } });
    expect(seen).toEqual([
      `first ${s.url}/notes?key=%5Bredacted%5D`,
      `second ${s.url}/notes?key=%5Bredacted%5D&via=middleware {"text":"hello"}`,
      'signing top-secret',
    ]);
    // The server got the real key back (the redacted one was restored), the header and the new URL.
    expect(data).toEqual({
      url: '/notes?key=top-secret&via=middleware',
      body: '{"text":"hello"}',
      trace: 'abc',
      replaced: true,
    });
  });

  it('refreshes an expired token: onResponse sees the 401, and the retried call sends the new token', async () => {
    let token = 'expired';
    const s = await client.serve((req, res) =>
      req.headers.authorization === 'Bearer fresh'
        ? json(res, 200, { ok: true })
        : json(res, 401, { message: 'expired' }),
    );
    const c = client.createClient({
      baseUrl: s.url,
      auth: { bearer: () => token },
      middleware: [
        {
          onResponse: async ({ response, withCredentials }: { response: Response; withCredentials(): Request }) => {
            if (response.status !== 401) return undefined;
            token = 'fresh'; // a real app calls its token endpoint here
            const retried = withCredentials();
            const headers = new Headers(retried.headers);
            headers.set('authorization', `Bearer ${token}`);
            return fetch(new Request(retried, { headers }));
          },
        },
      ],
    });
    const result = await c.createNote({ body: {} });
    expect(result).toMatchObject({ status: 200, data: { ok: true } });
    expect(s.requests.map((r) => r.headers.authorization)).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('onError may answer for a failed attempt', async () => {
    const c = client.createClient({
      baseUrl: 'http://127.0.0.1:9',
      auth: { key: 'k' },
      retry: { retries: 0 },
      middleware: [
        {
          onError: () =>
            new Response('{"offline":true}', { status: 200, headers: { 'content-type': 'application/json' } }),
        },
      ],
    });
    expect(await c.createNote({ body: {} })).toMatchObject({ status: 200, data: { offline: true } });
  });
});

describe('fetchOptions', () => {
  it('reach fetch for one call (Next.js caching, keepalive), and cannot override what the client sets', async () => {
    const calls: { cache: string; keepalive: boolean; method: string; init: unknown }[] = [];
    const c = client.createClient({
      baseUrl: 'http://api.example',
      auth: { key: 'k' },
      fetch: async (request: Request, init?: unknown) => {
        calls.push({ cache: request.cache, keepalive: request.keepalive, method: request.method, init });
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const fetchOptions = { cache: 'no-store', keepalive: true, next: { revalidate: 60 }, method: 'DELETE' };
    await c.createNote({ body: {} }, { fetchOptions });
    expect(calls).toEqual([{ cache: 'no-store', keepalive: true, method: 'POST', init: fetchOptions }]);
  });

  it("reach the platform's own fetch as its second argument, where Next.js reads `next`", async () => {
    const s = await client.serve((_req, res) => json(res, 200, {}));
    const spy = vi.spyOn(globalThis, 'fetch');
    try {
      await client
        .createClient({ baseUrl: s.url, auth: { key: 'k' } })
        .createNote({ body: {} }, { fetchOptions: { next: { revalidate: 60 } } });
      expect(spy.mock.calls[0]![1]).toEqual({ next: { revalidate: 60 } });
    } finally {
      spy.mockRestore();
    }
  });
});
