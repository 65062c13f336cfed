/**
 * Operations that share a route (test/support/shared-route-spec.ts), run: the package's own client,
 * its fetch answered by the package's MSW handlers, gets each operation's answer, not the first
 * handler's on the URL. A request no operation there claims gets the widest one's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/generate.js';
import { checkFakes } from '../../support/msw-fakes.js';
import { REPO_ROOT } from '../../support/corpus.js';
import { SHARED_ROUTE_SPEC } from '../../support/shared-route-spec.js';

/** Node's own loader: the built package and the `msw` it resolves, outside the test runner's transform. */
const nativeRequire = createRequire(import.meta.url);
type Handler = unknown;
type Call = (request?: object) => Promise<{
  data?: Record<string, unknown>;
  error?: unknown;
  status: number;
}>;

// Inside the repository (git-ignored), so that the package's `msw` import resolves.
const work = mkdtempSync(path.join(REPO_ROOT, '.specforge-tmp-shared-routes-'));
const pkg = path.join(work, 'pkg');
let handlers: Handler[];
let msw: {
  getResponse(handlers: Handler[], request: Request): Promise<Response | undefined>;
};
let http: { HttpResponse: { json(body: unknown): Response } };
let client: Record<string, Call>;
let mock: Record<string, (resolver?: unknown) => Handler>;
let current: Handler[];

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SHARED_ROUTE_SPEC);
  await generate({
    spec: path.join(work, 'openapi.yaml'),
    out: pkg,
    targets: ['types', 'client', 'validators', 'msw'],
  });
  const fromPackage = createRequire(path.join(pkg, 'package.json'));
  msw = fromPackage('msw') as typeof msw;
  http = msw as unknown as typeof http;
  mock = nativeRequire(path.join(pkg, 'dist/msw.gen.js')) as typeof mock;
  handlers = (mock as unknown as { handlers: Handler[] }).handlers;
  current = handlers;
  const { createClient } = nativeRequire(path.join(pkg, 'dist/index.js')) as {
    createClient(options: object): Record<string, Call>;
  };
  // Responses validated: an answer made for another operation on the URL would be refused.
  client = createClient({
    validate: { response: 'strict' },
    fetch: async (request: Request) => (await msw.getResponse(current, request)) ?? new Response(null, { status: 599 }),
  });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const endpoint = (task: string, body: object) => ({
  path: { task, id: 'e1', openai_id: 'e1', cohere_id: 'e1' },
  body,
});

describe('handlers on a shared route', () => {
  it('answer each operation its own body, whatever the order the spec declares them in', async () => {
    const openai = await client['putOpenai']!(endpoint('embedding', { service: 'openai' }));
    expect(openai.error).toBeUndefined();
    expect(openai.data).toEqual({ service: 'openai' });
    const cohere = await client['putCohere']!(endpoint('rerank', { service: 'cohere' }));
    expect(cohere.data).toEqual({ service: 'cohere' });
    const generic = await client['putEndpoint']!(endpoint('rerank', { service: 'other' }));
    expect(generic.error).toBeUndefined();
    expect(generic.data).toMatchObject({
      task: expect.any(String),
      service: expect.any(String),
    });
  });

  it('tell fragments apart by required parameters and body, and path-key queries by their pairs', async () => {
    const linked = await client['addFileLink']!({
      path: { file_id: 'f1' },
      query: { fields: 'link' },
      body: { link: {} },
    });
    expect(linked.data).toMatchObject({
      kind: 'linked_file',
      link: { url: expect.any(String) },
    });
    const updated = await client['updateFile']!({
      path: { file_id: 'f1' },
      body: { name: 'a' },
    });
    expect(updated.data).toEqual({ kind: 'file' });
    expect((await client['searchUsers']!()).data).toEqual({ type: 'user' });
    expect((await client['searchTeams']!()).data).toEqual({ type: 'team' });
  });

  it('answer a request no operation claims with the widest operation', async () => {
    // `zz` is no task type of any operation: the generic operation answers, after the others fell through.
    const request = new Request('http://mock.test/endpoints/zz/e1', {
      method: 'PUT',
    });
    const response = await msw.getResponse(handlers, request);
    expect(response?.status).toBe(200);
    expect(Object.keys((await response!.json()) as object).sort()).toEqual(['service', 'task']);
  });

  it("leave another operation's request to the next handler when overridden", async () => {
    const override = mock['putOpenaiHandler']!(() => http.HttpResponse.json({ service: 'openai', overridden: true }));
    current = [override, ...handlers];
    try {
      expect((await client['putOpenai']!(endpoint('completion', { service: 'openai' }))).data).toEqual({
        service: 'openai',
        overridden: true,
      });
      expect((await client['putCohere']!(endpoint('embedding', { service: 'cohere' }))).data).toEqual({
        service: 'cohere',
      });
    } finally {
      current = handlers;
    }
  });

  it('pass the fakes property: each operation, asked as its client asks, gets a body its validator accepts', async () => {
    const report = await checkFakes(pkg, path.join(work, 'openapi.yaml'));
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(7 * 3);
  });
});
