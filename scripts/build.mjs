// Builds dist/ (run by `npm ci` through "prepare", and by `npm pack`): the CLI and the programmatic
// API as plain ES modules sharing their chunks, and the API's declarations. Starting from plain JS
// saves the TypeScript transpile on every run (~0.3 s, and memory), and is what lets an installed
// specforge run without a TypeScript loader. bin/specforge.js falls back to the sources through tsx
// whenever dist/ is older than them in a checkout, so dist/ can never be stale.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true }); // nothing stale survives a rebuild
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: {
    cli: fileURLToPath(new URL('generator/cli/main.ts', root)),
    index: fileURLToPath(new URL('generator/index.ts', root)),
  },
  outdir: fileURLToPath(dist),
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// Files the bundle reads next to itself: the verbatim runtimes (the client's and msw's are folders of
// modules), beside the shared chunk that reads them.
for (const runtime of ['validators', 'tanstack-query']) {
  copyFileSync(new URL(`templates/runtime/${runtime}.ts`, root), new URL(`chunks/${runtime}.ts`, dist));
}
for (const folder of ['client', 'msw']) {
  cpSync(new URL(`templates/runtime/${folder}/`, root), new URL(`chunks/${folder}/`, dist), { recursive: true });
}
// The API's declarations (`import { generate } from 'specforge'` type-checks): dist/types/.
const tsc = spawnSync(
  process.execPath,
  [
    fileURLToPath(new URL('node_modules/typescript/bin/tsc', root)),
    '-p',
    fileURLToPath(new URL('tsconfig.build.json', root)),
  ],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
