/**
 * Operations that share a route (test/support/shared-route-spec.ts), run: the package's own client,
 * its fetch answered by the package's MSW handlers, gets each operation's answer, not the first
 * handler's on the URL. A request no operation there claims gets the widest one's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFakes } from '../../support/msw-fakes.js';
import { mswPackage, type MswPackage } from '../../support/msw-package.js';
import { SHARED_ROUTE_SPEC } from '../../support/shared-route-spec.js';

let pkg: MswPackage;
beforeAll(async () => {
  pkg = await mswPackage('shared-routes', SHARED_ROUTE_SPEC);
}, 60_000);
afterAll(() => pkg.remove());

const endpoint = (task: string, body: object) => ({
  path: { task, id: 'e1', openai_id: 'e1', cohere_id: 'e1' },
  body,
});

describe('handlers on a shared route', () => {
  it('answer each operation its own body, whatever the order the spec declares them in', async () => {
    const openai = await pkg.client['putOpenai']!(endpoint('embedding', { service: 'openai' }));
    expect(openai.error).toBeUndefined();
    expect(openai.data).toEqual({ service: 'openai' });
    const cohere = await pkg.client['putCohere']!(endpoint('rerank', { service: 'cohere' }));
    expect(cohere.data).toEqual({ service: 'cohere' });
    const generic = await pkg.client['putEndpoint']!(endpoint('rerank', { service: 'other' }));
    expect(generic.error).toBeUndefined();
    expect(generic.data).toMatchObject({
      task: expect.any(String),
      service: expect.any(String),
    });
  });

  it('tell fragments apart by required parameters and body, and path-key queries by their pairs', async () => {
    const linked = await pkg.client['addFileLink']!({
      path: { file_id: 'f1' },
      query: { fields: 'link' },
      body: { link: {} },
    });
    expect(linked.data).toMatchObject({
      kind: 'linked_file',
      link: { url: expect.any(String) },
    });
    const updated = await pkg.client['updateFile']!({
      path: { file_id: 'f1' },
      body: { name: 'a' },
    });
    expect(updated.data).toEqual({ kind: 'file' });
    expect((await pkg.client['searchUsers']!()).data).toEqual({ type: 'user' });
    expect((await pkg.client['searchTeams']!()).data).toEqual({ type: 'team' });
  });

  it('answer a request no operation claims with the widest operation', async () => {
    // `zz` is no task type of any operation: the generic operation answers, after the others fell through.
    const request = new Request('http://mock.test/endpoints/zz/e1', {
      method: 'PUT',
    });
    const response = await pkg.msw.getResponse(pkg.handlers, request);
    expect(response?.status).toBe(200);
    expect(Object.keys((await response!.json()) as object).sort()).toEqual(['service', 'task']);
  });

  it("leave another operation's request to the next handler when overridden", async () => {
    const override = pkg.mock['putOpenaiHandler']!(() =>
      pkg.msw.HttpResponse.json({ service: 'openai', overridden: true }),
    );
    pkg.current = [override, ...pkg.handlers];
    try {
      expect((await pkg.client['putOpenai']!(endpoint('completion', { service: 'openai' }))).data).toEqual({
        service: 'openai',
        overridden: true,
      });
      expect((await pkg.client['putCohere']!(endpoint('embedding', { service: 'cohere' }))).data).toEqual({
        service: 'cohere',
      });
    } finally {
      pkg.current = pkg.handlers;
    }
  });

  it('pass the fakes property: each operation, asked as its client asks, gets a body its validator accepts', async () => {
    const report = await checkFakes(pkg.dir, pkg.specFile);
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(7 * 3);
  });
});
