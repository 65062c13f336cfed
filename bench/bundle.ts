/**
 * Bundle size: what one operation costs a program that imports it as a standalone function
 * (`createBaseClient` + the operation), bundled and minified by esbuild with its runtime, against the
 * same operation from a package generated for that operation alone. The ratio shows whether the
 * rest of the API tree-shakes away; the gzip size is what a browser downloads. `createClient` (every
 * operation) is shown for comparison: it keeps the whole table, as it must.
 *
 * Goal (issue #25): standalone ≤ 1.25× the one-operation package, and ≤ 12 KB gzip.
 *
 * Run: npx tsx bench/bundle.ts (also part of npm run bench). Writes the "bundle" section of bench/results.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { generate } from '../generator/index.js';
import { COPIES_PER_CLOCKIFY, syntheticSpec } from './synthetic-spec.js';
import { writeSection } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench/.work/bundle');
const GOAL_RATIO = 1.25;
const GOAL_GZIP = 12 * 1024;

type Json = { [key: string]: unknown };

interface Case {
  readonly name: string;
  readonly spec: Json;
  /** The operation bundled: its method and path. */
  readonly method: string;
  readonly path: string;
}

/** The spec with that one operation (and every component: unused ones must tree-shake anyway). */
function oneOperation(spec: Json, method: string, route: string): Json {
  const item = (spec['paths'] as Record<string, Json>)[route]!;
  const kept: Json = { [method]: item[method] };
  for (const k of ['parameters', 'servers']) if (item[k] !== undefined) kept[k] = item[k];
  const { webhooks: _dropped, ...rest } = spec;
  return { ...rest, paths: { [route]: kept } };
}

/** Generates a package from a spec object; returns its folder. */
async function packageOf(spec: Json, out: string): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  const file = `${out}.json`;
  writeFileSync(file, JSON.stringify(spec));
  await generate({ spec: file, out });
  return out;
}

/** The standalone function's export name in a package generated for one operation. */
function standaloneName(dir: string): string {
  const m = /export function (\S+)\(\s*base: BaseClient/.exec(readFileSync(path.join(dir, 'client.gen.ts'), 'utf8'));
  if (!m) throw new Error(`no standalone function in ${dir}`);
  return m[1]!;
}

/** Minified and gzip bytes of a program bundled by esbuild. */
async function bundled(source: string, dir: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const entry = (dir: string) => path.join(dir, 'dist/index.js');
const standaloneProgram = (dir: string, fn: string) =>
  `import { createBaseClient, ${fn} } from '${entry(dir)}';\nexport const run = (o, r) => ` +
  `${fn}(createBaseClient(o), r);\n`;
const clientProgram = (dir: string, fn: string) =>
  `import { createClient } from '${entry(dir)}';\nexport const run = (o, r) => createClient(o).${fn}(r);\n`;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function measure(c: Case): Promise<string> {
  const ops = Object.values(c.spec['paths'] as Record<string, Json>).reduce(
    (n, item) => n + Object.keys(item).filter((k) => /^(get|put|post|delete|options|head|patch|trace)$/.test(k)).length,
    0,
  );
  const slug = c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const whole = await packageOf(c.spec, path.join(WORK, `${slug}-whole`));
  const one = await packageOf(oneOperation(c.spec, c.method, c.path), path.join(WORK, `${slug}-one`));
  const fn = standaloneName(one);
  const alone = await bundled(standaloneProgram(one, fn), one);
  const standalone = await bundled(standaloneProgram(whole, fn), whole);
  const client = await bundled(clientProgram(whole, fn), whole);
  const ratio = standalone.gzip / alone.gzip;
  const ok = ratio <= GOAL_RATIO && standalone.gzip <= GOAL_GZIP ? 'yes' : '**no**';
  const sizes = (s: { min: number; gzip: number }) => `${kb(s.min)} / ${kb(s.gzip)}`;
  const ratios = `${ratio.toFixed(2)}× (min ${(standalone.min / alone.min).toFixed(2)}×)`;
  const cells = [
    `${c.name} (${ops} operations)`,
    `\`${fn}\``,
    sizes(alone),
    sizes(standalone),
    ratios,
    sizes(client),
    ok,
  ];
  return `| ${cells.join(' | ')} |`;
}

const clockifyYaml = readFileSync(path.join(ROOT, 'spec/clockify/openapi.yaml'), 'utf8');
const ours = parse(clockifyYaml) as Json;
const cases: Case[] = [
  {
    name: 'spec/clockify',
    spec: ours,
    method: 'put',
    path: '/v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value',
  },
  {
    name: "Clockify's published file",
    spec: JSON.parse(
      readFileSync(path.join(ROOT, '../shared/reference/clockify/openapi-v1-official.json'), 'utf8'),
    ) as Json,
    method: 'put',
    path: '/v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value',
  },
  {
    name: 'synthetic 4× Clockify',
    spec: syntheticSpec(clockifyYaml, COPIES_PER_CLOCKIFY * 4) as Json,
    method: 'put',
    path: '/c0/v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value',
  },
];

mkdirSync(WORK, { recursive: true });
const rows: string[] = [];
for (const c of cases) {
  const row = await measure(c);
  console.log(row);
  rows.push(row);
}
writeSection(
  'bundle',
  [
    '## Bundle: one operation, bundled and minified with its runtime (esbuild)',
    '',
    'Sizes are minified / gzip (level 9). "One-operation package": the package generated from the spec cut down ' +
      'to that operation. "Standalone": `createBaseClient` and the operation function, imported from the whole ' +
      'package. "createClient": the client object, which holds every operation.',
    '',
    '| Spec | Operation | One-operation package | Standalone | Standalone ÷ one-op (gzip) | createClient | Goal met |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Goal (issue #25): standalone ≤ ${GOAL_RATIO}× the one-operation package and ≤ ${kb(GOAL_GZIP)} gzip.`,
  ].join('\n'),
);
