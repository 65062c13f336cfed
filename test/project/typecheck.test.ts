/**
 * tsc over the whole project (generator, templates, tests, examples): the type tests in test/types
 * are assertions only tsc can check, and an unused `@ts-expect-error` is an error. generated/ is
 * checked under stricter options in test/generated/packages.test.ts (the examples still read it,
 * through its declarations).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

it('the project type-checks under strict (tsconfig.json)', () => {
  const r = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', path.join(REPO_ROOT, 'tsconfig.json')],
    { encoding: 'utf8' },
  );
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 120_000);
