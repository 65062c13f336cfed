/**
 * The sources are in the project's format: oxfmt with the options generated code gets (120
 * columns, `.oxfmtrc.json`), `npm run format` to apply it. The verbatim runtimes are held to
 * prettier's output itself (test/print/formatter.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The formatter breaks code, not strings and templates: a long message or code template would
 * pass it. The generator, its templates, the scripts, benches and examples hold every line to 120
 * columns by hand (a message in concatenated halves, a code template in named parts). The tests
 * are not held to it yet: regular expressions of whole messages and inline specs still run longer.
 */
it('no source line outside test/ is longer than 120 columns', () => {
  const long: string[] = [];
  for (const folder of ['generator', 'templates', 'scripts', 'bench', 'examples']) {
    for (const file of readdirSync(path.join(REPO_ROOT, folder), { recursive: true }) as string[]) {
      // bench/ holds its installed peers and their outputs (git-ignored): only its own modules count.
      if (!/\.(ts|mjs)$/.test(file) || /(^|\/)(node_modules|\.work)\//.test(file)) continue;
      const lines = readFileSync(path.join(REPO_ROOT, folder, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if ([...line].length > 120) long.push(`${folder}/${file}:${i + 1}`);
      });
    }
  }
  expect(long).toEqual([]);
});
