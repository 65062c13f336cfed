/**
 * Generation benchmark: specforge side by side with openapi-typescript, hey-api (with and without
 * zod) and orval on the large specs of ../shared/corpus, our two specs, and a multi-file spec the
 * bench builds (Clerk split into one file per schema). Whole-process wall time and peak RSS (GNU
 * time, median of N runs), output size, and `tsc --noEmit --strict` time of the output, with
 * ratios specforge ÷ peer from the same run.
 *
 * Run: npm run bench (installs the pinned peers in bench/ first). BENCH_RUNS=N (default 3).
 * Writes bench/results-generators.md. Needs /usr/bin/time (Debian package `time`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMultiFile } from '../test/support/multi-file.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const WORK = path.join(BENCH, '.work');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const SHARED = [process.env['SPECFORGE_SHARED'], path.resolve(ROOT, '../shared')].find((d): d is string => !!d && existsSync(path.join(d, 'corpus')));

interface Tool {
  readonly name: string;
  /** Command for one spec and output folder. */
  command(spec: string, out: string): string[];
}
const node = process.execPath;
const tools: Tool[] = [
  { name: 'specforge (types + client + validators)', command: (spec, out) => [node, path.join(ROOT, 'bin/specforge.js'), 'generate', spec, '--out', out, '-q'] },
  { name: 'openapi-typescript (types)', command: (spec, out) => [node, path.join(BENCH, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', path.join(out, 'schema.ts')] },
  { name: 'hey-api (types + sdk + fetch)', command: (spec, out) => [node, path.join(BENCH, 'node_modules/@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', out, '-c', '@hey-api/client-fetch', '-s'] },
  { name: 'hey-api + zod', command: (spec, out) => [node, path.join(BENCH, 'node_modules/@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', out, '-c', '@hey-api/client-fetch', '-p', '@hey-api/typescript', '@hey-api/sdk', 'zod', '-s'] },
  { name: 'orval (fetch)', command: (spec, out) => [node, path.join(BENCH, 'node_modules/orval/dist/bin/orval.mjs'), '--input', spec, '--output', path.join(out, 'api.ts')] },
];

interface Run {
  readonly ok: boolean;
  readonly seconds: number;
  readonly rssMb: number;
}

function timed(argv: string[], cwd: string): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [s, kb] = last.split(' ').map(Number);
  return { ok: r.status === 0, seconds: s ?? NaN, rssMb: (kb ?? NaN) / 1024 };
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? dirBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size;
  return n;
}

function tscSeconds(dir: string): number | undefined {
  const config = path.join(dir, 'tsconfig.bench.json');
  writeFileSync(config, JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }, include: ['**/*.ts'] }));
  const t = performance.now();
  const r = spawnSync(node, [path.join(BENCH, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  return r.status === 0 ? seconds : undefined;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const specs: Array<[string, string]> = [
  ['Clockify (ours)', path.join(ROOT, 'spec/clockify/openapi.yaml')],
  ['Journyx (ours)', path.join(ROOT, 'spec/journyx/openapi.yaml')],
];
if (SHARED) {
  specs.push(['Clerk 3.0 (600 KB)', path.join(SHARED, 'corpus/3.0.x/clerk-2025-11-10.yaml')]);
  specs.push(['opencode 3.1 (510 KB)', path.join(SHARED, 'corpus/3.1.x/opencode.yaml')]);
  specs.push(['Clerk split, one file per schema', buildMultiFile(path.join(SHARED, 'corpus/3.0.x/clerk-2025-11-10.yaml'), path.join(WORK, 'clerk-multi'))]);
}

const rows: string[] = [];
for (const [label, spec] of specs) {
  const results = new Map<string, { seconds: number; rss: number; bytes: number; tsc: number | undefined; ok: boolean }>();
  for (const tool of tools) {
    const runs: Run[] = [];
    const out = path.join(WORK, 'out', tool.name.replace(/\W+/g, '-'));
    for (let i = 0; i < RUNS; i++) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      runs.push(timed(tool.command(spec, out), WORK));
    }
    const ok = runs.every((r) => r.ok);
    results.set(tool.name, { ok, seconds: median(runs.map((r) => r.seconds)), rss: median(runs.map((r) => r.rssMb)), bytes: dirBytes(out), tsc: ok ? tscSeconds(out) : undefined });
    console.error(`${label} · ${tool.name}: ${ok ? 'ok' : 'FAILED'}`);
  }
  const sf = results.get(tools[0]!.name)!;
  for (const tool of tools) {
    const r = results.get(tool.name)!;
    const ratio = (a: number, b: number) => (tool === tools[0] || !r.ok || !sf.ok ? '—' : (a / b).toFixed(2));
    rows.push(
      `| ${label} | ${tool.name} | ${r.ok ? r.seconds.toFixed(2) : 'failed'} | ${r.ok ? r.rss.toFixed(0) : '—'} | ${(r.bytes / 1024).toFixed(0)} | ${r.tsc === undefined ? (r.ok ? 'errors' : '—') : r.tsc.toFixed(2)} | ${ratio(sf.seconds, r.seconds)} | ${ratio(sf.rss, r.rss)} |`,
    );
  }
}

const table = [
  '# Generation benchmark',
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Median of ${RUNS} whole-process runs.`,
  'Outputs differ: specforge emits types, a client and validators; compare it with hey-api + zod (the like-for-like peer).',
  '',
  '| spec | generator | wall s | peak RSS MB | output KB | tsc --strict s | specforge ÷ peer (time) | specforge ÷ peer (RSS) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
console.log(table);
writeFileSync(path.join(BENCH, 'results-generators.md'), table);
