/**
 * The example program end to end: against local fakes of both APIs (several pages each, a 429 on
 * the way, dry run and real run), and against the two Prism mocks of our specs.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sync } from '../../examples/sync-custom-fields/sync.js';
import { REPO_ROOT } from '../support/corpus.js';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { startPrism, type Prism } from '../support/prism.js';

const FIELD = 'C41B2DDA662F4EF6B730F9CB6DB04696';
const CF = '5e4117fe8c625f38930d57b7';
const WS = '64a687e29ae1f428e7ebe303';

const servers: Array<TestServer | Prism> = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

async function fakes() {
  const jxUsers = Array.from({ length: 5 }, (_, i) => ({
    id: `A${i}`,
    user_login: `user${i}@example.com`,
    fullname: `User ${i}`,
    custom_fields: { [FIELD]: { value: `Group ${i}` } },
  }));
  const journyx = await startServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const skip = Number(q.get('$skip') ?? 0);
    const top = 2;
    const next = skip + top < jxUsers.length ? `/api/v1/users?$top=${top}&$skip=${skip + top}&$keys=custom_fields` : undefined;
    json(res, 200, { results: jxUsers.slice(skip, skip + top), ...(next ? { '@nextLink': next } : {}) });
  });
  let throttled = false;
  const ckUsers = Array.from({ length: 4 }, (_, i) => ({
    id: `${i}`.padStart(24, 'a'),
    email: `USER${i}@example.com`,
    customFields: i === 0 ? [{ customFieldId: CF, value: 'Group 0' }] : [],
  }));
  const clockify = await startServer((req, res) => {
    if (req.method === 'PUT') {
      if (!throttled) {
        throttled = true;
        return json(res, 429, { message: 'Too many requests', code: 429 }, { 'retry-after': '0' });
      }
      return json(res, 201, { ...JSON.parse(req.body), customFieldId: CF });
    }
    const q = new URL(req.url, 'http://x').searchParams;
    const page = Number(q.get('page'));
    const size = Number(q.get('page-size'));
    json(res, 200, ckUsers.slice((page - 1) * size, page * size));
  });
  servers.push(journyx, clockify);
  return { journyx, clockify };
}

const options = (jx: string, ck: string) => ({
  journyx: { baseUrl: `${jx}/api/v1`, username: 'u', password: 'p' },
  clockify: { baseUrl: ck, apiKey: 'k', workspaceId: WS },
  journyxField: FIELD,
  clockifyFieldId: CF,
  requestsPerSecond: 1000,
  pageSize: 3,
});

describe('sync-custom-fields', () => {
  it('dry run: pages through both sides, matches by e-mail, writes nothing', async () => {
    const { journyx, clockify } = await fakes();
    const report = await sync({ ...options(journyx.url, clockify.url), dryRun: true });
    expect(report).toMatchObject({ journyxUsers: 5, clockifyUsers: 4, matched: 4, unchanged: 1 });
    expect(report.updated.map((u) => [u.email, u.value])).toEqual([['user1@example.com', 'Group 1'], ['user2@example.com', 'Group 2'], ['user3@example.com', 'Group 3']]);
    expect(journyx.requests).toHaveLength(3);
    expect(clockify.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('real run: writes each changed value with upsertUserCustomFieldValue, retrying a 429', async () => {
    const { journyx, clockify } = await fakes();
    const report = await sync(options(journyx.url, clockify.url));
    const puts = clockify.requests.filter((r) => r.method === 'PUT');
    expect(report.updated).toHaveLength(3);
    expect(puts).toHaveLength(4); // one 429, then three writes
    expect(puts[1]).toMatchObject({ url: `/v1/workspaces/${WS}/users/${'1'.padStart(24, 'a')}/custom-field/${CF}/value`, body: '{"value":"Group 1"}' });
  });

  it('runs end to end against the Prism mocks of both specs', async () => {
    const [jx, ck] = await Promise.all([startPrism(path.join(REPO_ROOT, 'spec/journyx/openapi.yaml')), startPrism(path.join(REPO_ROOT, 'spec/clockify/openapi.yaml'))]);
    servers.push(jx, ck);
    const lines: string[] = [];
    // Prism answers every page with the same example, so the run is capped at two pages.
    const report = await sync({ ...options(jx.url, ck.url), journyx: { baseUrl: jx.url, username: 'u', password: 'p' }, maxPages: 2, log: (l) => lines.push(l) });
    expect(report.journyxUsers).toBe(2);
    expect(lines[0]).toBe(`journyx: 2 users, 1 with ${FIELD}`); // the same example user twice
    expect(jx.log() + ck.log()).not.toMatch(/✖\s+error/);
  }, 60_000);
});
