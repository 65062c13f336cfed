// Bundles the CLI into dist/ (run by `npm ci` through "prepare"): starting from plain JS saves the
// TypeScript transpile on every run (~0.3 s, and memory). bin/specforge.js falls back to the
// sources through tsx whenever dist/ is missing or older than them, so dist/ can never be stale.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true }); // nothing stale survives a rebuild
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [new URL('generator/cli/main.ts', root).pathname],
  outfile: new URL('cli.js', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// Files the bundle reads next to itself: the verbatim runtimes (the client's is a folder of modules).
copyFileSync(new URL('templates/runtime/validators.ts', root), new URL('validators.ts', dist));
cpSync(new URL('templates/runtime/client/', root), new URL('client/', dist), { recursive: true });
