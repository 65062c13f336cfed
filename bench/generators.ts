/**
 * Generation benchmark: specforge side by side with openapi-typescript, hey-api (with and without
 * zod) and orval on the large specs of ../shared/corpus, our two specs, and a multi-file spec the
 * bench builds (Clerk split into one file per schema). Whole-process wall time and peak RSS (GNU
 * time, median of N runs), output size, and `tsc --noEmit --strict` time of the output, with
 * ratios specforge ÷ peer from the same run.
 *
 * Run: npm run bench (installs the pinned peers in bench/ first). BENCH_RUNS=N (default 3),
 * TSC_RUNS=N (default 5).
 * Writes the "generators" section of bench/results.md. Needs /usr/bin/time (Debian package `time`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMultiFile } from '../test/support/multi-file.js';
import { writeSection } from './report.js';
import { heyApiCommand } from './hey-api.js';
import { COPIES_PER_CLOCKIFY, writeSyntheticSpec } from './synthetic-spec.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const WORK = path.join(BENCH, '.work');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const TSC_RUNS = Number(process.env['TSC_RUNS'] ?? 5);
const SHARED = [process.env['SPECFORGE_SHARED'], path.resolve(ROOT, '../shared')].find(
  (d): d is string => !!d && existsSync(path.join(d, 'corpus')),
);

interface Tool {
  readonly name: string;
  /** Command for one spec and output folder. */
  command(spec: string, out: string): string[];
}
const node = process.execPath;
const tools: Tool[] = [
  {
    name: 'specforge (types + client + validators)',
    command: (spec, out) => [node, path.join(ROOT, 'bin/specforge.js'), 'generate', spec, '--out', out, '-q'],
  },
  {
    name: 'openapi-typescript (types)',
    command: (spec, out) => [
      node,
      path.join(BENCH, 'node_modules/openapi-typescript/bin/cli.js'),
      spec,
      '-o',
      path.join(out, 'schema.ts'),
    ],
  },
  { name: 'hey-api (types + sdk + fetch)', command: (spec, out) => heyApiCommand(spec, out) },
  { name: 'hey-api + zod', command: (spec, out) => heyApiCommand(spec, out, { zod: true }) },
  {
    name: 'orval (fetch)',
    command: (spec, out) => [
      node,
      path.join(BENCH, 'node_modules/orval/dist/bin/orval.mjs'),
      '--input',
      spec,
      '--output',
      path.join(out, 'api.ts'),
    ],
  },
];

interface Run {
  readonly ok: boolean;
  readonly seconds: number;
  readonly rssMb: number;
}

function timed(argv: string[], cwd: string): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [s, kb] = last.split(' ').map(Number);
  return { ok: r.status === 0, seconds: s ?? NaN, rssMb: (kb ?? NaN) / 1024 };
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? dirBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size;
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * A tsconfig over the output, or undefined when the output does not type-check. This first run is
 * the check (and warms the file cache); it is not among the timed runs.
 */
function tscConfig(dir: string): string | undefined {
  const config = path.join(dir, 'tsconfig.bench.json');
  // specforge's built dist/ (JavaScript and declarations) is left out: the sources are what the
  // peers' outputs are compared with (bench/typecheck.ts measures a consumer of the declarations).
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
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
      },
      include: ['**/*.ts'],
      exclude: ['dist'],
    }),
  );
  return tscRun(config) === undefined ? undefined : config;
}

function tscRun(config: string): number | undefined {
  const t = performance.now();
  const r = spawnSync(node, [path.join(BENCH, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  return r.status === 0 ? (performance.now() - t) / 1000 : undefined;
}

/**
 * Median `tsc` time of each output. The outputs take turns, in alternating order, round after
 * round (TSC_RUNS, default 5), so a slow spell of the machine hits every tool alike and the
 * ratios stay fair.
 */
function tscSeconds(configs: ReadonlyMap<string, string>): Map<string, number> {
  const names = [...configs.keys()];
  const times = new Map<string, number[]>(names.map((k) => [k, []]));
  for (let r = 0; r < TSC_RUNS; r++) {
    for (const name of r % 2 ? [...names].reverse() : names)
      times.get(name)!.push(tscRun(configs.get(name)!) ?? Number.NaN);
  }
  return new Map([...times].map(([k, xs]) => [k, median(xs)]));
}

const specs: Array<[string, string]> = [
  ['Clockify (ours)', path.join(ROOT, 'spec/clockify/openapi.yaml')],
  ['Journyx (ours)', path.join(ROOT, 'spec/journyx/openapi.yaml')],
];
mkdirSync(WORK, { recursive: true });
const synthetic = path.join(WORK, 'clockify-1x.json');
writeSyntheticSpec(path.join(ROOT, 'spec/clockify/openapi.yaml'), COPIES_PER_CLOCKIFY, synthetic);
specs.push(['Clockify synthetic 1× (bench/synthetic-spec.ts)', synthetic]);
// A big multi-file spec: synthetic 4× Clockify (the whole API four times), one file per schema (~1,140 files).
const synthetic4 = path.join(WORK, 'clockify-4x.json');
writeSyntheticSpec(path.join(ROOT, 'spec/clockify/openapi.yaml'), 4 * COPIES_PER_CLOCKIFY, synthetic4);
specs.push([
  'Clockify synthetic 4×, one file per schema (~1,140 files)',
  buildMultiFile(synthetic4, path.join(WORK, 'clockify-4x-multi')),
]);
if (SHARED) {
  specs.push(['Clerk 3.0 (600 KB)', path.join(SHARED, 'corpus/3.0.x/clerk-2025-11-10.yaml')]);
  specs.push(['opencode 3.1 (510 KB)', path.join(SHARED, 'corpus/3.1.x/opencode.yaml')]);
  specs.push([
    'Clerk split, one file per schema',
    buildMultiFile(path.join(SHARED, 'corpus/3.0.x/clerk-2025-11-10.yaml'), path.join(WORK, 'clerk-multi')),
  ]);
} else {
  // Without the corpus the table has four of its seven specs: say so rather than look complete.
  console.warn(`warning: no ../shared/corpus next to ${ROOT}; set SPECFORGE_SHARED to include Clerk and opencode`);
}

const rows: string[] = [];
const goals: string[] = [];
const HEY_TYPES_SDK = 'hey-api (types + sdk + fetch)';
const CLIENT_PEERS = [HEY_TYPES_SDK, 'hey-api + zod', 'orval (fetch)'];
for (const [label, spec] of specs) {
  const results = new Map<
    string,
    { seconds: number; rss: number; bytes: number; tsc: number | undefined; ok: boolean }
  >();
  const configs = new Map<string, string>();
  for (const tool of tools) {
    const runs: Run[] = [];
    const out = path.join(WORK, 'out', tool.name.replace(/\W+/g, '-'));
    for (let i = 0; i < RUNS; i++) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      runs.push(timed(tool.command(spec, out), WORK));
    }
    const ok = runs.every((r) => r.ok);
    results.set(tool.name, {
      ok,
      seconds: median(runs.map((r) => r.seconds)),
      rss: median(runs.map((r) => r.rssMb)),
      bytes: dirBytes(out),
      tsc: undefined,
    });
    const config = ok ? tscConfig(out) : undefined;
    if (config) configs.set(tool.name, config);
    console.error(`${label} · ${tool.name}: ${ok ? 'ok' : 'FAILED'}`);
  }
  for (const [name, seconds] of tscSeconds(configs)) results.get(name)!.tsc = seconds;
  const sf = results.get(tools[0]!.name)!;
  for (const tool of tools) {
    const r = results.get(tool.name)!;
    const ratio = (a: number | undefined, b: number | undefined) =>
      tool === tools[0] || !r.ok || !sf.ok || a === undefined || b === undefined ? '—' : (a / b).toFixed(2);
    rows.push(
      `| ${label} | ${tool.name} | ${r.ok ? r.seconds.toFixed(2) : 'failed'} | ${r.ok ? r.rss.toFixed(0) : '—'} ` +
        `| ${(r.bytes / 1024).toFixed(0)} | ${r.tsc === undefined ? (r.ok ? 'errors' : '—') : r.tsc.toFixed(2)} | ` +
        `${ratio(sf.seconds, r.seconds)} | ${ratio(sf.rss, r.rss)} | ${ratio(sf.tsc, r.tsc)} |`,
    );
  }
  // The goals of issue #9, against the peers that worked on this spec.
  const ok = (names: string[]) => names.map((n) => [n, results.get(n)!] as const).filter(([, r]) => r.ok);
  const fastest = ok(CLIENT_PEERS).sort((a, b) => a[1].seconds - b[1].seconds)[0];
  const lowest = ok(tools.slice(1).map((t) => t.name)).sort((a, b) => a[1].rss - b[1].rss)[0];
  const ots = results.get('openapi-typescript (types)')!;
  const hey = results.get(HEY_TYPES_SDK)!;
  const cell = (a: number | undefined, b: number | undefined, goal: number, who: string) =>
    a === undefined || b === undefined || !sf.ok ? '—' : `${(a / b).toFixed(2)} ${a / b <= goal ? '✓' : '✗'} (${who})`;
  goals.push(
    `| ${label} | ${fastest ? cell(sf.seconds, fastest[1].seconds, 1.0, fastest[0]) : '—'} | ` +
      `${ots.ok ? cell(sf.seconds, ots.seconds, 1.5, 'openapi-typescript') : '—'} | ` +
      `${lowest ? cell(sf.rss, lowest[1].rss, 1.0, lowest[0]) : '—'} | ` +
      `${hey.tsc !== undefined ? cell(sf.tsc, hey.tsc, 1.0, HEY_TYPES_SDK) : '—'} |`,
  );
}

writeSection(
  'generators',
  [
    '## Generation: specforge and its peers',
    '',
    `Whole process, median of ${RUNS} runs; \`tsc --noEmit --strict\` (skipLibCheck) on each output, median of ` +
      `${TSC_RUNS} runs taken in turns with the other tools' outputs. Outputs differ: specforge emits types, a ` +
      `client and validators; hey-api + zod is the like-for-like peer. "errors" means the peer's output does not ` +
      `type-check.`,
    '',
    '| spec | generator | wall s | peak RSS MB | output KB | tsc --strict s | specforge ÷ peer (time) | ' +
      'specforge ÷ peer (RSS) | specforge ÷ peer (tsc) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '### Goals (issue #9), from the same runs',
    '',
    '| spec | time ÷ fastest client peer (≤ 1.0) | time ÷ openapi-typescript (≤ 1.5) | peak RSS ÷ lowest peer (≤ ' +
      '1.0) | tsc ÷ hey-api types + sdk (≤ 1.0) |',
    '|---|---|---|---|---|',
    ...goals,
  ].join('\n'),
);
