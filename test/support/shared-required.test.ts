/**
 * CI must fail, not skip, when the shared folder is missing: the corpus, conformance and Clockify
 * evidence suites would otherwise pass by not running. A developer's machine only skips them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './corpus.js';

const load = (env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', '-e', "await import('./test/support/corpus.ts'); console.log('loaded')"],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: '', ...env },
    },
  );

describe('the shared folder', () => {
  it('missing in CI: loading the suites fails, naming the folder', () => {
    const r = load({ CI: '1', SPECFORGE_SHARED: 'none' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('the shared folder (../shared, or SPECFORGE_SHARED) is missing');
  });

  it('missing elsewhere: the suites load (and skip what needs it)', () => {
    const r = load({ SPECFORGE_SHARED: 'none' });
    expect(r.stdout.trim()).toBe('loaded');
  });

  it('present in CI: the suites load', () => {
    const r = load({ CI: '1' });
    expect(r.stdout.trim(), r.stderr).toBe('loaded');
  });
});
