/**
 * Relative server URLs (`servers: [{ url: /api/v3 }]`, Petstore's; no `servers` means `/`): in a
 * browser they resolve against the page; elsewhere a call says to pass an absolute `baseUrl`
 * instead of failing with the platform's bare "Invalid URL".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { json, startServer, type TestServer } from '../support/http-server.js';

const paths = {
  '/pets': {
    get: {
      operationId: 'listPets',
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array' } } } } },
    },
  },
};
let relative: (options: object) => any;
let serverless: (options: object) => any;
let perOperation: (options: object) => any;
let perOperationDir = '';
let server: TestServer | undefined;
beforeAll(async () => {
  relative = (
    await (
      await generateInline({
        openapi: '3.0.3',
        info: { title: 'r', version: '1' },
        servers: [{ url: '/api/v3' }],
        paths,
      })
    ).load()
  )['createClient'];
  serverless = (await (await generateInline({ openapi: '3.1.0', info: { title: 'n', version: '1' }, paths })).load())[
    'createClient'
  ];
  // Box-style: uploads on another host (operation servers), a path item with its own server, a
  // relative operation server, all with a server variable.
  const get = (operationId: string) => ({
    get: {
      operationId,
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  });
  const perOperationPkg = await generateInline({
    openapi: '3.1.0',
    info: { title: 'o', version: '1' },
    servers: [{ url: 'http://{host}/api', variables: { host: { default: 'main.invalid' } } }],
    paths: {
      '/files': get('listFiles'),
      '/upload': {
        get: {
          ...get('upload').get,
          servers: [{ url: 'http://{host}/up', variables: { host: { default: 'upload.invalid' } } }],
        },
      },
      '/vectors': { servers: [{ url: 'http://data.invalid/v1' }], ...get('queryVectors') },
      '/status': { get: { ...get('status').get, servers: [{ url: '/health' }] } },
      // A variant on the document server's host (Linode's /v4beta), and a copy of the document's servers.
      '/beta': {
        get: {
          ...get('beta').get,
          servers: [{ url: 'http://{host}/api-beta', variables: { host: { default: 'main.invalid' } } }],
        },
      },
      '/same': {
        get: {
          ...get('same').get,
          servers: [{ url: 'http://{host}/api', variables: { host: { default: 'main.invalid' } } }],
        },
      },
    },
  });
  perOperationDir = perOperationPkg.out;
  perOperation = (await perOperationPkg.load())['createClient'];
}, 60_000);
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

describe('operation and path-item servers', () => {
  it('send an operation to its own server (operation, then path item), a relative one on the base', async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    const client = perOperation({ fetch, serverVariables: { host: 'eu.invalid' } });
    for (const m of ['listFiles', 'upload', 'queryVectors', 'status', 'beta', 'same'])
      expect((await client[m]()).status).toBe(200);
    expect(urls).toEqual([
      'http://eu.invalid/api/files',
      'http://eu.invalid/up/upload',
      'http://data.invalid/v1/vectors',
      'http://eu.invalid/health/status',
      'http://eu.invalid/api-beta/beta',
      'http://eu.invalid/api/same',
    ]);
    // A copy of the document's servers is not repeated in the client's operation table.
    expect(readFileSync(path.join(perOperationDir, 'operations.gen.ts'), 'utf8').match(/servers: \[/g)).toHaveLength(5);
  });

  it('baseUrl moves servers on the document’s host, not others; operationBaseUrls moves any operation', async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    const client = perOperation({
      fetch,
      baseUrl: 'http://mock.invalid/base',
      operationBaseUrls: { upload: 'http://mock.invalid/uploads/' },
    });
    for (const m of ['listFiles', 'upload', 'queryVectors', 'status', 'beta', 'same']) await client[m]();
    expect(urls).toEqual([
      'http://mock.invalid/base/files',
      'http://mock.invalid/uploads/upload',
      'http://data.invalid/v1/vectors',
      'http://mock.invalid/health/status',
      'http://mock.invalid/base/beta',
      'http://mock.invalid/base/same',
    ]);
  });
});

describe('relative server URLs', () => {
  it('outside a browser, a call asks for an absolute baseUrl, naming the operation', async () => {
    await expect(relative({}).listPets()).rejects.toThrow(
      'listPets: the base URL "/api/v3" is not absolute; pass baseUrl to createClient',
    );
    await expect(serverless({}).listPets()).rejects.toThrow('listPets: the base URL "/" is not absolute');
  });

  it('in a browser, resolve against the page (no servers: the page’s origin)', async () => {
    server = await startServer((_req, res) => json(res, 200, []));
    vi.stubGlobal('location', { href: `${server.url}/app/index.html` });
    expect((await relative({}).listPets()).status).toBe(200);
    expect((await serverless({}).listPets()).status).toBe(200);
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v3/pets', '/pets']);
  });

  it('an absolute baseUrl is used as given', async () => {
    server = await startServer((_req, res) => json(res, 200, []));
    vi.stubGlobal('location', { href: 'http://elsewhere.invalid/' });
    expect((await relative({ baseUrl: `${server.url}/v9/` }).listPets()).status).toBe(200);
    expect(server.requests[0]!.url).toBe('/v9/pets');
  });
});

describe('queryKeyScope: what tells two clients apart in one cache', () => {
  it('is the base URL without userinfo, query, fragment or trailing slash; relative ones stay relative', () => {
    expect(perOperation({}).queryKeyScope).toBe('http://main.invalid/api');
    expect(perOperation({ serverVariables: { host: 'eu.invalid' } }).queryKeyScope).toBe('http://eu.invalid/api');
    expect(perOperation({ baseUrl: 'https://user:secret@api.invalid/v2/?key=secret#top' }).queryKeyScope).toBe(
      'https://api.invalid/v2',
    );
    vi.stubGlobal('location', { href: 'http://page.invalid/app/' });
    expect(relative({}).queryKeyScope).toBe('/api/v3');
    expect(relative({ baseUrl: '/proxy/?token=secret' }).queryKeyScope).toBe('/proxy');
  });

  it('is the caller’s when given (a tenant, or one name on the server and in the browser)', () => {
    expect(perOperation({ baseUrl: 'http://a.invalid', queryKeyScope: 'tenant-7' }).queryKeyScope).toBe('tenant-7');
  });
});
