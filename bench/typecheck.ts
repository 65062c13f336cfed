/**
 * Type-check cost for a package's users, specforge against hey-api (types + sdk + fetch client).
 *
 * - consumer: a program that imports the package through its declarations and calls 20 of its
 *   operations (the same ones for both: the operation names both generators give, sorted), reading
 *   each result's data or error. This is what an editor re-checks on every keystroke. specforge
 *   ships `dist/*.d.ts`; hey-api ships TypeScript sources, so its declarations are emitted here
 *   first with `tsc --declaration --emitDeclarationOnly`, as a package built from them would ship.
 * - package: `tsc --noEmit --strict` of each generator's sources (specforge's `.ts` modules, not
 *   `dist/`), against hey-api's types + sdk and, like for like, hey-api with its zod plugin: a
 *   specforge client requires its validators, which are half of OpenAI's package.
 *
 * - editor: the consumer open in a language service, edited and re-checked (bench/editor-recheck.ts),
 *   median of EDITOR_ROUNDS (default 60) rounds in turns. What an editor pays per keystroke: the
 *   declarations stay parsed between edits, the type-level work at the call sites is redone.
 *
 * `--strict --skipLibCheck` (what projects use); median of TSC_RUNS (default 5) runs taken in
 * turns, specforge and hey-api alternating, so a slow spell of the machine hits both alike.
 * Specs: ours, the corpus's largest, and OpenAI's public spec when OPENAI_SPEC names a local copy
 * (the bench has no network).
 *
 * Run: npx tsx bench/typecheck.ts (also part of npm run bench). Writes the "typecheck" section.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './report.js';
import { heyApiCommand } from './hey-api.js';
import { editorRecheck } from './editor-recheck.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const WORK = path.join(BENCH, '.work/typecheck');
const TSC_RUNS = Number(process.env['TSC_RUNS'] ?? 5);
const EDITOR_ROUNDS = Number(process.env['EDITOR_ROUNDS'] ?? 60);
const CALLS = 20;
const SHARED = [process.env['SPECFORGE_SHARED'], path.resolve(ROOT, '../shared')].find(
  (d): d is string => !!d && existsSync(path.join(d, 'corpus')),
);
const node = process.execPath;
const TSC = path.join(BENCH, 'node_modules/typescript/bin/tsc');

const specs: Array<[string, string]> = [
  ['Clockify (ours)', path.join(ROOT, 'spec/clockify/openapi.yaml')],
  ['Journyx (ours)', path.join(ROOT, 'spec/journyx/openapi.yaml')],
];
if (SHARED) {
  specs.push(['Clerk 3.0 (600 KB)', path.join(SHARED, 'corpus/3.0.x/clerk-2025-11-10.yaml')]);
  specs.push(['opencode 3.1 (510 KB)', path.join(SHARED, 'corpus/3.1.x/opencode.yaml')]);
}
const openai = process.env['OPENAI_SPEC'];
if (openai && existsSync(openai)) specs.push(['OpenAI (public spec)', openai]);

const COMPILER = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
};

function run(argv: string[], cwd: string): void {
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  if (r.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed:\n${(r.stdout + r.stderr).slice(0, 2000)}`);
}

/** Configs whose program has type errors that were allowed (a peer's output): their time is still a whole check. */
const withErrors = new Set<string>();

/** Seconds of one `tsc -p config`; NaN when it reports errors, unless `errorsAllowed`. */
function tscSeconds(config: string, errorsAllowed = false): number {
  const t = performance.now();
  const r = spawnSync(node, [TSC, '-p', config], { encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status === 0) return seconds;
  if (errorsAllowed && /error TS/.test(r.stdout)) {
    withErrors.add(config);
    return seconds;
  }
  console.error(`tsc -p ${config}:\n${r.stdout.slice(0, 1500)}`);
  return Number.NaN;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The exported operation functions of hey-api's sdk and the methods of specforge's client. */
function heyOperations(dir: string): string[] {
  return [...readFileSync(path.join(dir, 'sdk.gen.ts'), 'utf8').matchAll(/^export const (\w+) = </gm)].map(
    (m) => m[1]!,
  );
}
function specforgeOperations(dir: string): string[] {
  const text = readFileSync(path.join(dir, 'client.gen.ts'), 'utf8');
  const client = text.slice(text.indexOf('export type Client = {'));
  return [...new Set([...client.slice(0, client.indexOf('\n};')).matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!))];
}

/** One block per operation: call it with its own parameter type, read the data or the error. */
function consumer(importFrom: string, names: readonly string[], style: 'client' | 'functions'): string {
  const callee = (n: string) => (style === 'client' ? `client.${n}` : n);
  const head =
    style === 'client'
      ? `import { createClient } from '${importFrom}';\nconst client = createClient({ baseUrl: 'http://localhost' });\n`
      : `import { ${names.join(', ')} } from '${importFrom}';\n`;
  const calls = names.map(
    (n) =>
      `  {\n    const r = await ${callee(n)}({} as Parameters<typeof ${callee(n)}>[0]);\n    out.push('error' in ` +
      `r && r.error !== undefined ? r.error : 'data' in r ? r.data : r);\n  }`,
  );
  const body = `  const out: unknown[] = [];\n${calls.join('\n')}\n  return out;`;
  return `${head}\nexport async function use(): Promise<unknown[]> {\n${body}\n}\n`;
}

function config(file: string, options: object, include: string[]): string {
  writeFileSync(file, JSON.stringify({ compilerOptions: { ...COMPILER, ...options }, include }));
  return file;
}

const rows: string[] = [];
const editorRows: string[] = [];
const goals: string[] = [];
for (const [label, spec] of specs) {
  const dir = path.join(WORK, label.replace(/\W+/g, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sf = path.join(dir, 'specforge');
  const hey = path.join(dir, 'hey');
  const heyZod = path.join(dir, 'hey-zod');
  run([node, path.join(ROOT, 'bin/specforge.js'), 'generate', spec, '--out', sf, '-q'], dir);
  run(heyApiCommand(spec, hey), dir);
  // hey-api with its zod plugin: types, sdk and validators, what specforge's package holds (the client
  // requires the validators), for the like-for-like package column.
  run(heyApiCommand(spec, heyZod, { zod: true }), dir);
  // hey-api's declarations, as a package built from its sources would ship them.
  run(
    [
      node,
      TSC,
      '-p',
      config(
        path.join(hey, 'tsconfig.decl.json'),
        { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: 'dist' },
        ['**/*.ts'],
      ),
    ],
    hey,
  );

  const heyNames = new Set(heyOperations(hey));
  const names = specforgeOperations(sf)
    .filter((n) => heyNames.has(n))
    .sort()
    .slice(0, CALLS);
  writeFileSync(path.join(dir, 'consumer-specforge.ts'), consumer('./specforge/dist/index.js', names, 'client'));
  writeFileSync(path.join(dir, 'consumer-hey.ts'), consumer('./hey/dist/index.js', names, 'functions'));
  writeFileSync(path.join(dir, 'baseline.ts'), 'export async function use(): Promise<unknown[]> {\n  return [];\n}\n');
  const configs = {
    baseline: config(path.join(dir, 'tsconfig.baseline.json'), {}, ['baseline.ts']),
    'consumer · specforge': config(path.join(dir, 'tsconfig.consumer-specforge.json'), {}, ['consumer-specforge.ts']),
    'consumer · hey-api': config(path.join(dir, 'tsconfig.consumer-hey.json'), {}, ['consumer-hey.ts']),
    'package · specforge': config(
      path.join(sf, 'tsconfig.bench.json'),
      {},
      readdirSync(sf).filter((f) => f.endsWith('.ts')),
    ),
    'package · hey-api': config(path.join(hey, 'tsconfig.bench.json'), {}, ['**/*.ts']),
    'package · hey-api + zod': config(path.join(heyZod, 'tsconfig.bench.json'), {}, ['**/*.ts']),
  };
  const times = Object.fromEntries(Object.keys(configs).map((k) => [k, [] as number[]])) as Record<
    keyof typeof configs,
    number[]
  >;
  const order = Object.keys(configs) as Array<keyof typeof configs>;
  // hey-api's zod output does not always type-check (OpenAI: 6 errors); tsc still checks all of it.
  const time = (k: keyof typeof configs) => tscSeconds(configs[k], k === 'package · hey-api + zod');
  for (const k of order) time(k); // warm the file cache; errors are reported here
  for (let r = 0; r < TSC_RUNS; r++) for (const k of r % 2 ? [...order].reverse() : order) times[k].push(time(k));
  const m = Object.fromEntries(order.map((k) => [k, median(times[k])])) as Record<keyof typeof configs, number>;
  // What the package adds to a program: the consumer's time less an empty program's (tsc's start and
  // the standard library, about a second, which no generator can change).
  const net = (k: 'consumer · specforge' | 'consumer · hey-api') => Math.max(m[k] - m.baseline, 0.001);
  const consumerRatio = net('consumer · specforge') / net('consumer · hey-api');
  const rawRatio = m['consumer · specforge'] / m['consumer · hey-api'];
  const packageRatio = m['package · specforge'] / m['package · hey-api'];
  const likeForLike = m['package · specforge'] / m['package · hey-api + zod'];
  const [emptyEdit, sfEdit, heyEdit] = editorRecheck(
    (['baseline', 'consumer-specforge', 'consumer-hey'] as const).map((name) => ({
      config: path.join(dir, `tsconfig.${name}.json`),
      file: path.join(dir, `${name}.ts`),
    })),
    EDITOR_ROUNDS,
  ) as [number, number, number];
  const editorRatio = Math.max(sfEdit - emptyEdit, 0.001) / Math.max(heyEdit - emptyEdit, 0.001);
  editorRows.push(
    `| ${label} | ${emptyEdit.toFixed(1)} | ${sfEdit.toFixed(1)} | ${heyEdit.toFixed(1)} | ` +
      `${(sfEdit / heyEdit).toFixed(2)} | ${editorRatio.toFixed(2)} |`,
  );
  const zodErrors = withErrors.has(configs['package · hey-api + zod']) ? ' (type errors)' : '';
  rows.push(
    `| ${label} | ${names.length} | ${m.baseline.toFixed(2)} | ${m['consumer · specforge'].toFixed(2)} | ` +
      `${m['consumer · hey-api'].toFixed(2)} | ${rawRatio.toFixed(2)} | ${consumerRatio.toFixed(2)} | ` +
      `${m['package · specforge'].toFixed(2)} | ${m['package · hey-api'].toFixed(2)} | ` +
      `${packageRatio.toFixed(2)} | ${m['package · hey-api + zod'].toFixed(2)}${zodErrors} | ` +
      `${likeForLike.toFixed(2)} |`,
  );
  const mark = (ratio: number, goal: number) => `${ratio.toFixed(2)} ${ratio <= goal ? '✓' : '✗'}`;
  goals.push(
    `| ${label} | ${mark(editorRatio, 0.6)} | ${mark(consumerRatio, 0.6)} | ${mark(packageRatio, 1)} | ` +
      `${mark(likeForLike, 1)} |`,
  );
  console.error(
    `${label}: editor ${editorRatio.toFixed(2)}, consumer ${consumerRatio.toFixed(2)}, ` +
      `package ${packageRatio.toFixed(2)} (${likeForLike.toFixed(2)} against hey-api + zod)`,
  );
}

const openaiNote = openai
  ? ''
  : " OpenAI's spec is measured when OPENAI_SPEC names a local copy; it did not in this run.";
writeSection(
  'typecheck',
  [
    '## Type-check cost: a consumer of the package, and the package itself, against hey-api',
    '',
    `\`tsc --strict --skipLibCheck\`, median of ${TSC_RUNS} runs taken in turns. Consumer: a program importing ` +
      `the package through its declarations and calling ${CALLS} operations (the same for both), reading each ` +
      `result. hey-api's declarations are emitted from its sources with \`tsc --emitDeclarationOnly\`. Both ` +
      `consumers are also given less an empty program's time (tsc's start and the standard library, about a ` +
      `second, the same whatever the package): the cost a package adds. Package: the generator's sources ` +
      `(specforge's \`.ts\` modules, without \`dist/\`), against hey-api's types + sdk and, like for like (a ` +
      `specforge client requires its validators), against hey-api with its zod plugin.${openaiNote}`,
    '',
    '| spec | calls | empty program s | consumer · specforge s | consumer · hey-api s | ratio | ratio less the ' +
      'empty program | package · specforge s | package · hey-api s | ratio | package · hey-api + zod s | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Editor: the same consumers (and the empty program) open in TypeScript's language service, edited and ` +
      `re-checked, median of ${EDITOR_ROUNDS} rounds in turns, in milliseconds. The declarations stay parsed ` +
      `(and are not read again from disk) between edits, as in an editor; each re-check redoes the type-level ` +
      `work at the call sites.`,
    '',
    '| spec | empty program ms | specforge ms | hey-api ms | ratio | ratio less the empty program |',
    '|---|---|---|---|---|---|',
    ...editorRows,
    '',
    '### Goals (issue #26)',
    '',
    '| spec | editor re-check ÷ hey-api, less the empty program (≤ 0.6) | whole consumer ÷ hey-api, less the ' +
      'empty program (≤ 0.6) | package ÷ hey-api (≤ 1.0) | package ÷ hey-api + zod, like for like (≤ 1.0) |',
    '|---|---|---|---|---|',
    ...goals,
  ].join('\n'),
);
