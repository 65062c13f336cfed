/**
 * Dependencies that only some runs need are loaded on first use: scslre (with refa, ~20 MB of
 * Unicode tables) only for a pattern that may backtrack, the `yaml` package (~8 MB) only when a
 * position in a YAML file is asked for or js-yaml cannot read it, the Swagger 2.0 converter (an
 * ES module, seen by a loader hook) only for a 2.0 document. A run of the CLI, as a user starts
 * it, reports which of them it loaded.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';

const WATCHED = ['scslre', 'refa', 'yaml', '@scalar/openapi-upgrader'];

/**
 * Every module the process loads: CommonJS ones from `require.cache` at exit, ES modules from a
 * loader hook (`module.register`), which posts each URL it loads to the main thread.
 */
const ESM_HOOKS = `export async function initialize({ port }) { globalThis.port = port; }
export async function load(url, context, next) { globalThis.port.postMessage(url); return next(url, context); }`;
const RECORDER = (report: string, hooks: string) => `import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const urls = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => urls.push(url));
port1.unref();
register(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { port: port2 }, transferList: [port2] });
const require = createRequire(import.meta.url);
const loaded = () => JSON.stringify([...urls, ...Object.keys(require.cache)]);
process.on('exit', () => writeFileSync(${JSON.stringify(report)}, loaded()));
`;

/** The watched packages the CLI loaded while generating `spec` (YAML text). */
function loadedBy(spec: string): { status: number | null; loaded: string[] } {
  const dir = tempSpecDir({ 'openapi.yaml': spec });
  const report = path.join(dir, 'loaded.json');
  const hooks = path.join(dir, 'hooks.mjs');
  const recorder = path.join(dir, 'record-loaded.mjs');
  writeFileSync(hooks, ESM_HOOKS);
  writeFileSync(recorder, RECORDER(report, hooks));
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(recorder).href,
      path.join(REPO_ROOT, 'bin/specforge.js'),
      'generate',
      'openapi.yaml',
      '--out',
      'out',
      '-q',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const files = JSON.parse(readFileSync(report, 'utf8')) as string[];
  const packages = new Set(files.map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(f)?.[1]));
  return { status: r.status, loaded: WATCHED.filter((p) => packages.has(p)) };
}

const spec = (pattern: string, extra = '') =>
  `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n` +
  `    Code: { type: string, pattern: '${pattern}' }\n${extra}`;

describe('dependencies loaded on first use', () => {
  it('a plain spec loads none of them', () => {
    expect(loadedBy(spec('^[A-Z]{3}$'))).toEqual({ status: 0, loaded: [] });
  });

  it('a pattern that may backtrack loads scslre (and yaml, to place the warning it gets)', () => {
    expect(loadedBy(spec('(a+)+b'))).toEqual({ status: 0, loaded: ['scslre', 'refa', 'yaml'] });
  });

  it('a pattern that scslre clears loads scslre alone', () => {
    // Two repetitions: past the cheap test, so scslre is asked; it finds no backtracking, no warning.
    expect(loadedBy(spec('^[a-z]+-[0-9]+$'))).toEqual({ status: 0, loaded: ['scslre', 'refa'] });
  });

  it('a diagnostic placed in a YAML file loads yaml', () => {
    const r = loadedBy(spec('^[A-Z]{3}$', '    Broken: { $ref: "#/components/schemas/Missing" }\n'));
    expect(r.status).toBe(1);
    expect(r.loaded).toEqual(['yaml']);
  });

  it('a Swagger 2.0 document loads the converter; an OpenAPI 3 one does not', () => {
    const swagger =
      "swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths: {}\ndefinitions: { A: { type: string } }\n";
    expect(loadedBy(swagger)).toEqual({ status: 0, loaded: ['@scalar/openapi-upgrader'] });
  });
});
