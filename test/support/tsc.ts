/** Runs the TypeScript compiler on a folder of generated code, as a user's build would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './corpus.js';

export interface TscResult {
  readonly ok: boolean;
  readonly output: string;
}

/** The pragma that spares users the check of generated validator bodies (templates/validators/validators-file.ts). */
const NO_CHECK = /^\/\/ @ts-nocheck.*$/m;

/**
 * The compilers a user may have: TypeScript 5.9 (`tsc`, the project's own) and TypeScript 7, the
 * native port (`tsgo`), which checks the same programs 4–6× faster (measured on 41 corpus packages:
 * 10.2 s and 0.57 GB against 1.7 s and 0.32 GB). Behaviour tests and the corpus use 7; the committed
 * packages, the installed consumers and the project itself are checked with 5.9, so every commit
 * meets both. `SPECFORGE_TSC=5` runs everything on 5.9.
 */
export type Compiler = 'tsc' | 'tsgo';
const COMPILERS: Record<Compiler, string> = {
  tsc: path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'),
  tsgo: path.join(REPO_ROOT, 'node_modules/@typescript/native-preview/bin/tsgo'),
};
const DEFAULT_COMPILER: Compiler = process.env['SPECFORGE_TSC'] === '5' ? 'tsc' : 'tsgo';

/**
 * `tsc --noEmit --strict` over every `.ts` file under `dir` (with extra compiler options). Files
 * with specforge's `@ts-nocheck` are checked in full all the same: folders holding one are copied
 * and checked without the pragma.
 */
export function typeCheck(
  dirs: string | readonly string[],
  extra: Record<string, unknown> = {},
  compiler: Compiler = DEFAULT_COMPILER,
): TscResult {
  // Inside the repository (git-ignored), so that the peers of optional targets (`msw`,
  // `@tanstack/query-core`) resolve from its node_modules as they would from a user's.
  const work = mkdtempSync(path.join(REPO_ROOT, '.specforge-tmp-tsc-'));
  const config = path.join(work, 'tsconfig.json');
  dirs = (typeof dirs === 'string' ? [dirs] : dirs).map((dir, i) => withoutNoCheck(dir, path.join(work, String(i))));
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        lib: ['ES2022', 'DOM'],
        types: [],
        ...extra,
      },
      include: dirs.map((d) => path.join(path.resolve(d), '**/*.ts')),
      // A package's dist/ holds declarations built from the modules checked here (test/package/
      // type-checks them as a consumer does): parsing them again in every tsc run only costs time.
      exclude: dirs.map((d) => path.join(path.resolve(d), '**/dist/**')),
    }),
  );
  const result = spawnSync(process.execPath, [COMPILERS[compiler], '-p', config], {
    encoding: 'utf8',
  });
  rmSync(work, { recursive: true, force: true });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Writes `lines` as `usage.ts` in the package folder `dir` and type-checks the folder: tsc's output, '' when clean. */
export function typeCheckUsage(dir: string, lines: readonly string[], extra: Record<string, unknown> = {}): string {
  writeFileSync(path.join(dir, 'usage.ts'), lines.join('\n'));
  return typeCheck(dir, extra).output;
}

function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
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

/** A JSON value that should be assignable to a type of the package, and a note on where it came from. */
export interface Assignment {
  readonly type: string;
  readonly value: unknown;
  readonly note: string;
}

/**
 * Type-checks `const v: T.<type> = <value>` for each assignment in package folder `dir`; returns
 * one line per value tsc refuses (with its note), '' when all are accepted. Each value keeps its
 * literal types (`as const`) without `readonly` and is no fresh literal, so only assignability is
 * checked, not excess properties. `ignore` drops errors whose text matches it.
 */
export function typeCheckAssignments(dir: string, assignments: readonly Assignment[], ignore?: RegExp): string {
  const lines = [
    "import type * as T from './index.js';",
    'type DeepMutable<V> = V extends object ? { -readonly [K in keyof V]: DeepMutable<V[K]> } : V;',
  ];
  assignments.forEach(({ type, value, note }, i) => {
    const literal = value === null ? 'null' : `${JSON.stringify(value)} as const`;
    lines.push(
      `// ${note}`,
      `const r${i} = ${literal}; export const v${i}: T.${type} = r${i} as DeepMutable<typeof r${i}>;`,
    );
  });
  writeFileSync(path.join(dir, 'usage.ts'), lines.join('\n'));
  return typeCheck(dir)
    .output.split(/\n(?=\S)/)
    .filter((block) => block.includes('usage.ts(') && !(ignore && ignore.test(block)))
    .map((block) => {
      const line = Number(/usage\.ts\((\d+),/.exec(block)![1]);
      return `${block.split('\n')[0]}\n  ${lines[line - 2]}\n  ${lines[line - 1]}`;
    })
    .join('\n');
}
