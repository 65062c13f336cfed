/**
 * The sources are in the project's format: oxfmt with the options generated code gets (120
 * columns, `.oxfmtrc.json`), `npm run format` to apply it. The verbatim runtimes are held to
 * prettier's output itself (test/print/formatter.test.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

it('every source file is formatted (npm run format)', () => {
  const bin = path.join(REPO_ROOT, 'node_modules/oxfmt/bin/oxfmt');
  const paths = ['generator', 'templates', 'test', 'scripts', 'bench', 'examples', 'specforge.config.ts'];
  const r = spawnSync(process.execPath, [bin, '--list-different', ...paths], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
