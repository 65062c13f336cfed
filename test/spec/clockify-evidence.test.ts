/**
 * spec/clockify against what Clockify's servers really send: every webhook payload sample passes the
 * package's webhook validator, every live capture passes its operation's response validator
 * (strict: no undeclared field), and a field of the wrong type fails at that field, so the checks
 * can fail. The material is ../shared/reference/clockify (CI fails, not skips, without it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationValidators, schemas, webhooks } from '../../generated/clockify/index.js';
import { OPERATION_IDS } from '../../scripts/clockify/operation-ids.js';
import { SHARED_DIR } from '../support/corpus.js';

if (SHARED_DIR === undefined)
  throw new Error('the shared folder (../shared, or SPECFORGE_SHARED) is missing: the Clockify evidence lives there');
const REFERENCE = path.join(SHARED_DIR, 'reference/clockify');

function samples(): [string, unknown][] {
  const text = readFileSync(path.join(REFERENCE, 'webhook-samples.md'), 'utf8');
  return [...text.matchAll(/^## ([A-Z_]+)\n```json\n([\s\S]*?)```/gm)].map((m) => [m[1]!, JSON.parse(m[2]!)]);
}

function captures(): { op: string; status: string; body: unknown }[] {
  const dir = path.join(REFERENCE, 'live-captures');
  return readdirSync(dir).flatMap((name) =>
    readdirSync(path.join(dir, name))
      .filter((f) => /^response-\d+\.json$/.test(f))
      .map((f) => ({
        // getClientNotFound is getClient answering 400.
        op: OPERATION_IDS[name.replace(/NotFound$/, '')] ?? name.replace(/NotFound$/, ''),
        status: f.slice('response-'.length, -'.json'.length),
        body: (JSON.parse(readFileSync(path.join(dir, name, f), 'utf8')) as { body: unknown }).body,
      })),
  );
}

const hook = (event: string) => (webhooks as Record<string, (typeof webhooks)[keyof typeof webhooks]>)[event]!;

describe('spec/clockify against the evidence', () => {
  const all = samples();
  it('declares a webhook for every event of the samples', () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(webhooks).sort()).toEqual(all.map(([event]) => event).sort());
  });

  it.each(all)('webhook %s: the sample passes its validator, strict', (event, sample) => {
    expect(hook(event).issues(sample, { all: true })).toEqual([]);
  });

  it.each(captures())('live capture $op $status passes its response validator, strict', ({ op, status, body }) => {
    // Error bodies are the shared `ErrorResponse` (the client's validators check success bodies).
    if (!status.startsWith('2')) return expect(schemas.ErrorResponse.issues(body, { all: true })).toEqual([]);
    const check = (
      operationValidators as Record<
        string,
        { responses?: Record<string, (v: unknown, m: string) => readonly unknown[]> }
      >
    )[op]?.responses?.[status];
    expect(check, `${op} ${status} has a validator`).toBeTypeOf('function');
    expect(check!(body, 'strict')).toEqual([]);
  });

  it('a field of the wrong type fails at that field', () => {
    const [, sample] = all.find(([event]) => event === 'NEW_CLIENT')!;
    const bad = { ...(sample as object), archived: 'no' };
    expect(
      hook('NEW_CLIENT')
        .issues(bad, { all: true })
        .map((i) => i.path.join('.')),
    ).toEqual(['archived']);
    const capture = captures().find((c) => c.op === 'listClients')!;
    const wrong = (capture.body as object[]).map((c) => ({ ...c, name: 42 }));
    const listIssues = operationValidators.listClients!.responses!['200']!(wrong, 'strict');
    expect(listIssues.map((i) => i.path.join('.'))).toContain('0.name');
  });

  it('fixes what the seed document had wrong: any JSON as a custom-field value, roles on users', () => {
    for (const value of ['x', 3, true, ['a', 'b'], { label: 'Docs', url: 'https://example.com' }, null])
      expect(schemas.CustomFieldValue.is(value)).toBe(true);
    const [, sample] = all.find(([event]) => event === 'USER_JOINED_WORKSPACE')!;
    const user = { ...(sample as object), roles: [{ role: 'WORKSPACE_ADMIN', entities: [] }] };
    expect(schemas.UserDtoV1.issues(user, { all: true })).toEqual([]);
    expect(schemas.UserDtoV1.issues({ ...user, roles: 'admin' }, { all: true }).map((i) => i.path.join('.'))).toEqual([
      'roles',
    ]);
  });
});
