/**
 * Path parameters whose values span segments, as Google-style resource names do (`projects/p1`):
 * RFC 6570's `{+name}` (specs converted from Google's Discovery documents), gRPC-gateway's
 * `{name=projects/*\/agents/*}` and a `pattern` with a slash (protoc-gen-openapiv2). The client sends
 * their slashes as they are, every piece still encoded and never `..`; the MSW handlers match them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { startServer, type TestServer } from '../support/http-server.js';
import { mswPackage, type MswPackage } from '../support/msw-package.js';
import { modelOf } from '../support/model.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const pathParam = (name: string, schema: object = { type: 'string' }) => ({ name, in: 'path', required: true, schema });
const spec = {
  openapi: '3.0.3',
  info: { title: 'resources', version: '1' },
  paths: {
    '/v1/{+name}': { get: { operationId: 'getResource', parameters: [pathParam('name')], responses: ok } },
    '/v1/{parent}/agents': {
      get: {
        operationId: 'listAgents',
        parameters: [pathParam('parent', { type: 'string', pattern: 'projects/[^/]+' })],
        responses: ok,
      },
    },
    '/v1/{name=projects/*/agents/*}:start': {
      post: { operationId: 'startAgent', parameters: [pathParam('name')], responses: ok },
    },
    '/files/{id}': { get: { operationId: 'getFile', parameters: [pathParam('id')], responses: ok } },
  },
};

describe('path parameters that span segments', () => {
  let server: TestServer;
  let client: any;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    client = (await (await generateInline(spec)).load())['createClient']({ baseUrl: server.url });
  }, 60_000);
  afterAll(() => server.close());

  it('are read as the parameter they name, without a warning', async () => {
    const { model, diagnostics } = await modelOf(JSON.stringify(spec));
    expect(model.operations.map((o) => o.path)).toEqual([
      '/v1/{name}',
      '/v1/{parent}/agents',
      '/v1/{name}:start',
      '/files/{id}',
    ]);
    expect(model.operations.map((o) => o.parameters[0]!.allowReserved)).toEqual([true, true, true, false]);
    expect(diagnostics.warnings).toEqual([]);
  });

  it('send their slashes as they are, each piece encoded; other parameters encode theirs', async () => {
    await client.getResource({ path: { name: 'projects/p1/agents/a b' } });
    await client.listAgents({ path: { parent: 'projects/p1' } });
    await client.startAgent({ path: { name: 'projects/p1/agents/a?1' } });
    await client.getFile({ path: { id: 'a/b' } });
    expect(server.requests.slice(-4).map((r) => r.url)).toEqual([
      '/v1/projects/p1/agents/a%20b',
      '/v1/projects/p1/agents',
      '/v1/projects/p1/agents/a%3F1:start',
      '/files/a%2Fb',
    ]);
  });

  it('refuse a value with an empty, . or .. piece, which would change the path', async () => {
    const before = server.requests.length;
    // (A literal `%2e` is sent as `%252e`: no dot segment.)
    for (const name of ['projects/../admin', 'projects//a', '/projects', 'projects/.', '..'])
      await expect(client.getResource({ path: { name } })).rejects.toMatchObject({
        name: 'SpecforgeRequestError',
        kind: 'invalid-request',
      });
    expect(server.requests.length).toBe(before);
  });
});

describe('their MSW handlers', () => {
  let pkg: MswPackage;
  beforeAll(async () => {
    pkg = await mswPackage('spanning', JSON.stringify(spec));
  }, 60_000);
  afterAll(() => pkg.remove());

  it('answer a resource name with slashes, and only the route it fits', async () => {
    expect((await pkg.client['getResource']!({ path: { name: 'projects/p1/agents/a1' } })).status).toBe(200);
    expect((await pkg.client['listAgents']!({ path: { parent: 'projects/p1' } })).status).toBe(200);
    expect((await pkg.client['startAgent']!({ path: { name: 'projects/p1/agents/a1' } })).status).toBe(200);
    const startUrl = new Request('http://mock.test/v1/projects/p1/agents/a1:start', { method: 'POST' });
    expect((await pkg.msw.getResponse(pkg.handlers, startUrl))?.status).toBe(200);
    // A file id holds no slash: /files/a/b is no file's route.
    expect(await pkg.msw.getResponse(pkg.handlers, new Request('http://mock.test/files/a/b'))).toBeUndefined();
  });
});
