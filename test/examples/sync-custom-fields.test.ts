/**
 * The example program end to end: against local fakes of both APIs (several pages each, a 429 on
 * the way, dry run and real run, values converted to the Clockify field's type, clearing), and
 * against the two Prism mocks of our specs. The fakes are made from the specs (`spec-fakes.ts`), so
 * the clients' response validation, which the example turns on, accepts them.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sync } from '../../examples/sync-custom-fields/sync.js';
import { REPO_ROOT } from '../support/corpus.js';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { startPrism, type Prism } from '../support/prism.js';
import { clockifyId, fake, journyxId } from '../support/spec-fakes.js';

const FIELD = 'C41B2DDA662F4EF6B730F9CB6DB04696';
const CF = '5e4117fe8c625f38930d57b7';
const WS = '64a687e29ae1f428e7ebe303';

const servers: Array<TestServer | Prism> = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

interface Setup {
  /** The Clockify field's type and options. */
  readonly field?: { type: string; allowedValues?: string[] };
  /** Each Journyx user's value and its Journyx type. */
  readonly journyx?: ReadonlyArray<{ value: string | null; attr_type?: string }>;
  /** Each Clockify user's current value (`undefined`: none). */
  readonly clockify?: ReadonlyArray<unknown>;
  /** Answers the second Clockify users page with a user whose `id` is a number. */
  readonly brokenClockify?: boolean;
}

async function fakes(setup: Setup = {}) {
  const journyxValues =
    setup.journyx ?? Array.from({ length: 5 }, (_, i) => ({ value: `Group ${i}`, attr_type: 'STRING_252' }));
  const jxUsers = journyxValues.map((v, i) => ({
    id: journyxId(i + 1),
    id_user: journyxId(i + 1),
    user_login: `user${i}@example.com`,
    fullname: `User ${i}`,
    custom_fields: { [FIELD]: { id_attr_type: FIELD, ...v } },
  }));
  const journyx = await startServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const skip = Number(q.get('$skip') ?? 0);
    const top = 2;
    const next =
      skip + top < jxUsers.length ? `/api/v1/users?$top=${top}&$skip=${skip + top}&$keys=custom_fields` : undefined;
    json(res, 200, {
      response_code: 200,
      success: true,
      $count: jxUsers.length,
      results: jxUsers.slice(skip, skip + top),
      ...(next ? { '@nextLink': next } : {}),
    });
  });
  let throttled = false;
  const current = setup.clockify ?? ['Group 0', undefined, undefined, undefined];
  const ckUsers = current.map((value, i) =>
    fake('clockify', 'UserDtoV1', {
      id: clockifyId(i + 1),
      email: `USER${i}@example.com`,
      name: `User ${i}`,
      customFields:
        value === undefined
          ? []
          : [fake('clockify', 'UserCustomFieldValueDtoV1', { customFieldId: CF, userId: clockifyId(i + 1), value })],
    }),
  );
  const clockify = await startServer((req, res) => {
    if (req.method === 'PUT') {
      if (!throttled) {
        throttled = true;
        return json(res, 429, { message: 'Too many requests', code: 429 }, { 'retry-after': '0' });
      }
      return json(
        res,
        201,
        fake('clockify', 'UserCustomFieldValueDtoV1', { ...JSON.parse(req.body), customFieldId: CF }),
      );
    }
    if (req.url.includes('/custom-fields')) {
      return json(res, 200, [
        fake('clockify', 'CustomFieldDtoV1', {
          id: CF,
          workspaceId: WS,
          name: 'Pay group',
          entityType: 'USER',
          allowedValues: [],
          ...setup.field,
        }),
      ]);
    }
    const q = new URL(req.url, 'http://x').searchParams;
    const page = Number(q.get('page'));
    const size = Number(q.get('page-size'));
    const users = ckUsers.slice((page - 1) * size, page * size);
    json(res, 200, setup.brokenClockify && page === 2 ? users.map((u) => ({ ...u, id: 42 })) : users);
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

const puts = (server: TestServer) => server.requests.filter((r) => r.method === 'PUT' && r.url.endsWith('/value'));

describe('sync-custom-fields', () => {
  it('dry run: pages through both sides, matches by e-mail, writes nothing', async () => {
    const { journyx, clockify } = await fakes();
    const report = await sync({ ...options(journyx.url, clockify.url), dryRun: true });
    expect(report).toMatchObject({ journyxUsers: 5, clockifyUsers: 4, matched: 4, unchanged: 1, skipped: [] });
    expect(report.updated.map((u) => [u.email, u.value])).toEqual([
      ['user1@example.com', 'Group 1'],
      ['user2@example.com', 'Group 2'],
      ['user3@example.com', 'Group 3'],
    ]);
    expect(journyx.requests).toHaveLength(3);
    expect(puts(clockify)).toHaveLength(0);
  });

  it('real run: writes each changed value with upsertUserCustomFieldValue, retrying a 429', async () => {
    const { journyx, clockify } = await fakes();
    const report = await sync(options(journyx.url, clockify.url));
    expect(report.updated).toHaveLength(3);
    expect(puts(clockify)).toHaveLength(4); // one 429, then three writes
    expect(puts(clockify)[1]).toMatchObject({
      url: `/v1/workspaces/${WS}/users/${clockifyId(2)}/custom-field/${CF}/value`,
      body: '{"value":"Group 1"}',
    });
  });

  it('converts by the Clockify field type: "5" into a NUMBER is 5; what does not convert is skipped', async () => {
    const { journyx, clockify } = await fakes({
      field: { type: 'NUMBER' },
      journyx: [
        { value: '5', attr_type: 'STRING_10' },
        { value: ' 7.25 ', attr_type: 'NUMBER' },
        { value: 'five', attr_type: 'STRING_10' },
      ],
      clockify: [5, 7, undefined],
    });
    const report = await sync(options(journyx.url, clockify.url));
    expect(report.unchanged).toBe(1); // 5 is already 5: "5" is not written over it
    expect(report.updated.map((u) => u.value)).toEqual([7.25]);
    expect(report.skipped).toEqual([{ email: 'user2@example.com', reason: '"five" is not a number' }]);
    expect(puts(clockify).at(-1)!.body).toBe('{"value":7.25}');
  });

  it("a Journyx DATE goes into a text field as YYYY-MM-DD; an empty Journyx value clears Clockify's", async () => {
    const { journyx, clockify } = await fakes({
      field: { type: 'TXT' },
      journyx: [
        { value: '20240115', attr_type: 'DATE' },
        { value: null, attr_type: 'DATE' },
        { value: '', attr_type: 'STRING_10' },
        { value: '20241315', attr_type: 'DATE' },
      ],
      clockify: [undefined, '2023-01-01', undefined, undefined],
    });
    const report = await sync(options(journyx.url, clockify.url));
    expect(report.updated.map((u) => [u.email, u.value])).toEqual([
      ['user0@example.com', '2024-01-15'],
      ['user1@example.com', null],
    ]);
    expect(report.unchanged).toBe(1); // nothing to clear
    expect(report.skipped).toEqual([{ email: 'user3@example.com', reason: '"20241315" is not a valid Journyx DATE' }]);
    expect(
      puts(clockify)
        .map((r) => r.body)
        .slice(-2),
    ).toEqual(['{"value":"2024-01-15"}', '{"value":null}']);
  });

  it("multi-select values become a list, checked against the field's options", async () => {
    const { journyx, clockify } = await fakes({
      field: { type: 'DROPDOWN_MULTIPLE', allowedValues: ['Red', 'Green', 'Blue'] },
      journyx: [
        { value: 'Red, Blue', attr_type: 'M_ENUM_STRING_20' },
        { value: 'Green', attr_type: 'M_ENUM_STRING_20' },
        { value: 'Pink', attr_type: 'M_ENUM_STRING_20' },
      ],
      clockify: [undefined, ['Green'], undefined],
    });
    const report = await sync({ ...options(journyx.url, clockify.url), dryRun: true });
    expect(report.updated.map((u) => u.value)).toEqual([['Red', 'Blue']]);
    expect(report.unchanged).toBe(1);
    expect(report.skipped.map((s) => s.reason)).toEqual(['"Pink" is not an option of Pay group']);
  });

  it('stops, writing nothing, when a response breaks the spec (validate: { response: true })', async () => {
    const { journyx, clockify } = await fakes({ brokenClockify: true });
    await expect(sync(options(journyx.url, clockify.url))).rejects.toMatchObject({
      operation: 'listUsersOfWorkspace',
      error: { message: 'response body does not match the spec: 0.id: must be string' },
    });
    expect(puts(clockify)).toHaveLength(0);
  });

  it('runs end to end against the Prism mocks of both specs', async () => {
    const [jx, ck] = await Promise.all([
      startPrism(path.join(REPO_ROOT, 'spec/journyx/openapi.yaml')),
      startPrism(path.join(REPO_ROOT, 'spec/clockify/openapi.yaml')),
    ]);
    servers.push(jx, ck);
    const lines: string[] = [];
    // Prism answers every page with the same example, so the run is capped at two pages.
    const report = await sync({
      ...options(jx.url, ck.url),
      journyx: { baseUrl: jx.url, username: 'u', password: 'p' },
      maxPages: 2,
      log: (l) => lines.push(l),
    });
    expect(report.journyxUsers).toBe(2);
    expect(lines[0]).toBe(`journyx: 2 users, 1 with ${FIELD}`); // the same example user twice
    expect(jx.log() + ck.log()).not.toMatch(/✖\s+error/);
  }, 60_000);
});
