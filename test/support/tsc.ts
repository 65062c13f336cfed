/** Runs the TypeScript compiler on a folder of generated code, as a user's build would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './corpus.js';

export interface TscResult {
  readonly ok: boolean;
  readonly output: string;
}

/** The pragma that spares users the check of generated validator bodies (templates/validators/validators-file.ts). */
const NO_CHECK = /^\/\/ @ts-nocheck.*$/m;

/**
 * `tsc --noEmit --strict` over every `.ts` file under `dir` (with extra compiler options). Files
 * with specforge's `@ts-nocheck` are checked in full all the same: folders holding one are copied
 * and checked without the pragma.
 */
export function typeCheck(dirs: string | readonly string[], extra: Record<string, unknown> = {}): TscResult {
  const work = mkdtempSync(path.join(tmpdir(), 'specforge-tsc-'));
  const config = path.join(work, 'tsconfig.json');
  dirs = (typeof dirs === 'string' ? [dirs] : dirs).map((dir, i) => withoutNoCheck(dir, path.join(work, String(i))));
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, lib: ['ES2022', 'DOM'], types: [], ...extra },
      include: dirs.map((d) => path.join(path.resolve(d), '**/*.ts')),
    }),
  );
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Writes `lines` as `usage.ts` in the package folder `dir` and type-checks the folder: tsc's output, '' when clean. */
export function typeCheckUsage(dir: string, lines: readonly string[], extra: Record<string, unknown> = {}): string {
  writeFileSync(path.join(dir, 'usage.ts'), lines.join('\n'));
  return typeCheck(dir, extra).output;
}

function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

/** `dir` itself, or a copy of it without the pragma when a file of it has one. */
function withoutNoCheck(dir: string, copy: string): string {
  if (!tsFiles(dir).some((f) => NO_CHECK.test(readFileSync(f, 'utf8')))) return dir;
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  for (const f of tsFiles(copy)) {
    const text = readFileSync(f, 'utf8');
    if (NO_CHECK.test(text)) writeFileSync(f, text.replace(NO_CHECK, ''));
  }
  return copy;
}
