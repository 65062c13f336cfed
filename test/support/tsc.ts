/** Runs the TypeScript compiler on a folder of generated code, as a user's build would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './corpus.js';

export interface TscResult {
  readonly ok: boolean;
  readonly output: string;
}

/** `tsc --noEmit --strict` over every `.ts` file under `dir` (with extra compiler options). */
export function typeCheck(dirs: string | readonly string[], extra: Record<string, unknown> = {}): TscResult {
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'specforge-tsc-')), 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, lib: ['ES2022', 'DOM'], types: [], ...extra },
      include: (typeof dirs === 'string' ? [dirs] : dirs).map((d) => path.join(path.resolve(d), '**/*.ts')),
    }),
  );
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
