#!/usr/bin/env node
// Runs the bundled CLI (dist/, built by `npm ci` and shipped in the package). In a checkout, where
// the TypeScript sources sit beside it, a dist/ older than any source file is skipped for the
// sources themselves through tsx (a dev dependency): an edit is never shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const checkout = existsSync(path.join(root, 'generator'));
const fresh = () =>
  statSync(bundle).mtimeMs >= Math.max(newestSource(path.join(root, 'generator')), newestSource(path.join(root, 'templates')));
let main;
if (existsSync(bundle) && (!checkout || fresh())) {
  ({ main } = await import('../dist/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../generator/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
