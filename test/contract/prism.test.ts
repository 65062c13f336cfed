/**
 * Contract tests: every operation of the generated clients is sent to Prism, an independent mock
 * server started on each spec with `--errors`, which answers 422 to any request that breaks the spec.
 * A request Prism accepts and a response our validators accept, for every operation, is the
 * contract. A deliberately broken request shows that the check can fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient as createClockify } from '../../generated/clockify/index.js';
import { createClient as createJournyx } from '../../generated/journyx/index.js';
import { REPO_ROOT } from '../support/corpus.js';
import { startPrism, type Prism } from '../support/prism.js';
import { exampleRequest } from '../support/example-request.js';

const WS = '64a687e29ae1f428e7ebe303';
const USER = '5a0ab5acb07987125438b60f';
const CF = '5e4117fe8c625f38930d57b7';
const JX = '84A9E688C8AF4931B206F0423C3F70EA';

type Call = (client: any) => Promise<{ status: number; data?: unknown; error?: unknown; response: Response }>;

const clockifyCalls: Record<string, Call> = {
  upsertUserCustomFieldValue: (c) =>
    c.upsertUserCustomFieldValue({
      path: { workspaceId: WS, userId: USER, customFieldId: CF },
      body: { value: '20231211-12345' },
    }),
  listCustomFields: (c) =>
    c.listCustomFields({
      path: { workspaceId: WS },
      query: { name: 'TIN', status: 'VISIBLE', 'entity-type': ['TIMEENTRY', 'USER'] },
    }),
  createCustomField: (c) =>
    c.createCustomField({
      path: { workspaceId: WS },
      body: { name: 'TIN', type: 'TXT', entityType: 'USER', allowedValues: [] },
    }),
  updateCustomField: (c) =>
    c.updateCustomField({
      path: { workspaceId: WS, customFieldId: CF },
      body: { name: 'TIN', type: 'NUMBER', required: true, workspaceDefaultValue: 3 },
    }),
  deleteCustomField: (c) => c.deleteCustomField({ path: { workspaceId: WS, customFieldId: CF } }),
  listProjectCustomFields: (c) =>
    c.listProjectCustomFields({ path: { workspaceId: WS, projectId: 'p1' }, query: { 'entity-type': ['TIMEENTRY'] } }),
  removeProjectCustomField: (c) =>
    c.removeProjectCustomField({ path: { workspaceId: WS, projectId: 'p1', customFieldId: CF } }),
  updateProjectCustomField: (c) =>
    c.updateProjectCustomField({
      path: { workspaceId: WS, projectId: 'p1', customFieldId: CF },
      body: { defaultValue: ['a', 'b'], status: 'VISIBLE' },
    }),
  listUsersOfWorkspace: (c) =>
    c.listUsersOfWorkspace({
      path: { workspaceId: WS },
      query: {
        email: 'john',
        page: 2,
        'page-size': 10,
        'sort-column': 'EMAIL',
        'sort-order': 'DESCENDING',
        'include-roles': true,
        memberships: 'ALL',
      },
    }),
  filterUsersOfWorkspace: (c) =>
    c.filterUsersOfWorkspace({
      path: { workspaceId: WS },
      body: { email: 'john', page: 1, pageSize: 50, roles: ['OWNER'] },
    }),
  getMemberProfile: (c) => c.getMemberProfile({ path: { workspaceId: WS, userId: USER } }),
  updateMemberProfile: (c) =>
    c.updateMemberProfile({
      path: { workspaceId: WS, userId: USER },
      body: { workingDays: ['MONDAY'], userCustomFields: [{ customFieldId: CF, value: 'x' }] },
    }),
};

const journyxCalls: Record<string, Call> = {
  listUsers: (c) =>
    c.listUsers({
      query: {
        $top: 10,
        $skip: 0,
        $filter: 'status intersects ["active","hidden"]',
        $orderBy: 'fullname',
        $keys: 'custom_fields',
      },
    }),
  createUser: (c) =>
    c.createUser({
      body: {
        user_login: 'john.smith@example.com',
        fullname: 'John Smith',
        new_pw: 'a',
        new_pw2: 'a',
        custom_fields: { users_email: { value: 'j@example.com' } },
      },
    }),
  activateUsers: (c) => c.activateUsers({ body: { activate: true, users: [JX] } }),
  getUser: (c) => c.getUser({ path: { userId: JX }, query: { $keys: '$extended' } }),
  updateUser: (c) =>
    c.updateUser({
      path: { userId: JX },
      headers: { 'If-Match': 'W/"1"' },
      body: { custom_fields: { users_email: { value: null } } },
    }),
  deleteUser: (c) => c.deleteUser({ path: { userId: JX } }),
  listCustomFields: (c) => c.listCustomFields({ query: { $top: 5 } }),
  getCustomField: (c) => c.getCustomField({ path: { customFieldId: 'C41B2DDA662F4EF6B730F9CB6DB04696' } }),
};

/**
 * Where Prism itself falls short, and the one place it may report: it cannot fake the reports'
 * recursive groups (`children` of `children`) deep enough to meet their required ids, and it reads
 * a list sent as repeated multipart fields as one value.
 */
const PRISM_LIMITS: Record<string, string> = {
  generateSummaryTimeReport: 'response.body.groupOne',
  generateWeeklyTimeReport: 'response.body.groupOne',
  getSharedReport: 'response.body.groupOne',
  updateExpense: 'request.body.changeFields',
};

/**
 * Hand-written calls (above) exercise the parameters that matter; every other operation of the spec
 * gets one made from the spec's own examples and schemas.
 */
function everyOperation(spec: string, written: Record<string, Call>): Record<string, Call> {
  const doc = parse(readFileSync(path.join(REPO_ROOT, spec), 'utf8'));
  const calls: Record<string, Call> = { ...written };
  for (const [p, item] of Object.entries(doc.paths as Record<string, any>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const id = item[method]?.operationId as string | undefined;
      if (id && !calls[id]) calls[id] = (c) => c[id](exampleRequest(doc, p, method));
    }
  }
  return calls;
}

// Operations on their own hosts (reports, time off) are sent to the mock too.
const everywhere = (url: string, calls: Record<string, Call>) =>
  Object.fromEntries(Object.keys(calls).map((k) => [k, url]));
const clockifyEvery = everyOperation('spec/clockify/openapi.yaml', clockifyCalls);
const journyxEvery = everyOperation('spec/journyx/openapi.yaml', journyxCalls);

const sources = [
  {
    name: 'clockify',
    spec: 'spec/clockify/openapi.yaml',
    calls: clockifyEvery,
    make: (url: string) =>
      createClockify({
        baseUrl: url,
        operationBaseUrls: everywhere(url, clockifyEvery),
        auth: { ApiKeyAuth: 'key' },
        validate: { request: true, response: 'strict' },
        retry: { retries: 0 },
      }),
  },
  {
    name: 'journyx',
    spec: 'spec/journyx/openapi.yaml',
    calls: journyxEvery,
    make: (url: string) =>
      createJournyx({
        baseUrl: url,
        auth: { basicAuth: { username: 'u', password: 'p' } },
        validate: { request: true, response: 'strict' },
        retry: { retries: 0 },
      }),
  },
] as const;

describe.each(sources)('$name against Prism', ({ spec, calls, make }) => {
  let prism: Prism;
  beforeAll(async () => {
    prism = await startPrism(path.join(REPO_ROOT, spec));
  }, 40_000);
  afterAll(async () => prism?.close());

  it('covers every operation of the client', () => {
    const client = make('http://127.0.0.1:9');
    expect(Object.keys(calls).sort()).toEqual(
      Object.keys(client)
        .filter((k) => !['paginate', 'use', 'queryKeyScope'].includes(k))
        .sort(),
    );
  });

  it.each(Object.keys(calls))('%s: Prism accepts the request and our validators accept the response', async (op) => {
    const result = await calls[op]!(make(prism.url));
    const report = `${op}: ${result.status} ${JSON.stringify(result.error ?? result.data)?.slice(0, 400)}\n${prism
      .log()
      .split('\n')
      .filter((l) => /✖|error/i.test(l))
      .slice(-5)
      .join('\n')}`;
    const limit = PRISM_LIMITS[op];
    if (limit) {
      // Prism's own shortcoming: only the named place may be reported, nothing else of the exchange.
      const violations = JSON.parse(
        result.response.headers.get('sl-violations') ??
          (
            await result.response
              .clone()
              .text()
              .catch(() => '{}')
          ).replace(/^(?!\{)[^]*/, '{}'),
      );
      const places = (
        (Array.isArray(violations) ? violations : (violations.validation ?? [])) as { location: string[] }[]
      ).map((v) => v.location.join('.'));
      expect(
        places.every((p) => p.startsWith(limit)),
        report,
      ).toBe(true);
      return;
    }
    // Prism lists every way a request breaks the spec in `sl-violations`.
    expect(result.response.headers.get('sl-violations'), report).toBeNull();
    expect(result.status, report).toBeGreaterThanOrEqual(200);
    expect(result.status, report).toBeLessThan(300);
    expect(result.error, report).toBeUndefined();
  });

  it('a request that breaks the spec is reported by Prism (the check can fail)', async () => {
    const response = await fetch(
      `${prism.url}${spec.includes('clockify') ? `/v1/workspaces/${WS}/custom-fields` : '/users'}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'k', authorization: 'Basic dTpw' },
        body: JSON.stringify({ wrong: true }),
      },
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as {
      severity: string;
      location: string[];
    }[];
    expect(violations.some((v) => v.severity === 'Error' && v.location.join('.').startsWith('request.body'))).toBe(
      true,
    );
  });
});
