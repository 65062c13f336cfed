/**
 * specforge as an outsider gets it: `npm pack` of this repository, installed into a fresh project,
 * then run with plain Node: the CLI (`init`, `generate` with the config init writes), the
 * programmatic API as the README shows it, and the CLI of that install run from a folder where
 * specforge is not installed, with a config that imports `'specforge'` (as a global install does).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', NO_COLOR: '1' },
  });
const SPEC = path.join(REPO_ROOT, 'spec/journyx/openapi.yaml');
/** The spec's operations, counted here so the test follows the spec as it grows. */
const OPERATIONS = Object.values(
  parse(readFileSync(SPEC, 'utf8')).paths as Record<string, Record<string, { operationId?: string }>>,
).flatMap((item) => ['get', 'put', 'post', 'delete', 'patch'].filter((m) => item[m]?.operationId)).length;

describe('the specforge package, installed outside the repository', () => {
  let project = '';
  let tarball = '';
  let bin = '';
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'specforge-outsider-'));
    // --ignore-scripts: dist/ is built by npm ci; rebuilding it here would pull it from under the
    // tests that run the CLI meanwhile.
    const packed = run(
      NPM,
      ['pack', REPO_ROOT, '--pack-destination', project, '--silent', '--ignore-scripts'],
      project,
    );
    expect(packed.status, packed.stderr).toBe(0);
    tarball = path.join(
      project,
      readdirSync(project).find((f) => f.endsWith('.tgz'))!,
    );
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'project', private: true, type: 'module' }),
    );
    const installed = run(NPM, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project);
    expect(installed.status, installed.stderr).toBe(0);
    bin = path.join(project, 'node_modules/specforge/bin/specforge.js');
  }, 180_000);

  it('ships the CLI, the built API and the README: no sources, tests, benches or CI files', () => {
    const listed = run('tar', ['tzf', tarball], project).stdout.split('\n').filter(Boolean);
    expect(
      listed.every((f) => /^package\/(bin|dist)\/|^package\/(package\.json|README\.md|SECURITY\.md)$/.test(f)),
    ).toBe(true);
    expect(listed).toEqual(
      expect.arrayContaining([
        'package/dist/cli.js',
        'package/dist/index.js',
        'package/dist/types/generator/index.d.ts',
      ]),
    );
    expect(statSync(tarball).size).toBeLessThan(300 * 1024);
  });

  it('init writes a config that generate then builds, with plain node', () => {
    cpSync(SPEC, path.join(project, 'spec/openapi.yaml'));
    expect(run(process.execPath, [bin, 'init', 'spec/openapi.yaml'], project).status).toBe(0);
    const generated = run(process.execPath, [bin, 'generate'], project);
    expect(generated.stderr).toBe('');
    expect(OPERATIONS).toBeGreaterThan(50);
    expect(generated.stdout).toMatch(new RegExp(`spec: ${OPERATIONS} operations`));
  });

  it("the API as the README shows it: import { generate } from 'specforge'", () => {
    const script = `import { generate, SpecforgeError } from 'specforge';
const summary = await generate({ spec: ${JSON.stringify(SPEC)}, out: 'api-out' });
const error = await generate({ spec: 'missing.yaml', out: 'never' }).catch((e) => e);
console.log(JSON.stringify({ operations: summary.operations, located: error instanceof SpecforgeError }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script], project);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ operations: OPERATIONS, located: true });
  });

  it("runs from a folder where specforge is not installed, with a config that imports 'specforge'", () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'specforge-elsewhere-'));
    mkdirSync(path.join(elsewhere, 'spec'));
    cpSync(SPEC, path.join(elsewhere, 'spec/openapi.yaml'));
    writeFileSync(
      path.join(elsewhere, 'specforge.config.ts'),
      "import { defineConfig } from 'specforge';\nexport default defineConfig({ sources: [{ name: 'j', spec: " +
        "'spec/openapi.yaml', out: 'gen/j' }] });\n",
    );
    const ok = run(process.execPath, [bin, 'generate'], elsewhere);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(
      path.join(elsewhere, 'specforge.config.ts'),
      "export default { sources: [{ name: 'j', spec: 'spec/openapi.yaml', out: 'gen/j', dates: 'Dates' }] };\n",
    );
    const bad = run(process.execPath, [bin, 'generate'], elsewhere);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/specforge\.config\.ts: sources\[0\]\.dates: must be 'string' or 'Date'/);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it('generates the tanstack-query and msw targets, and a plugin target written against the built API', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'specforge-targets-'));
    cpSync(SPEC, path.join(elsewhere, 'openapi.yaml'));
    writeFileSync(
      path.join(elsewhere, 'specforge.config.ts'),
      [
        "import { code, codeStatement, defineConfig, lit, type Target } from 'specforge';",
        "const count: Target = { name: 'count', files: ({ model }) => [{ path: 'count.gen.ts', statements: " +
          '[codeStatement(code`export const operations = ${lit(model.operations.length)};`)] }] };',
        "export default defineConfig({ sources: [{ name: 'j', spec: 'openapi.yaml', out: 'gen', targets: " +
          "['tanstack-query', 'msw', count] }] });",
      ].join('\n'),
    );
    const r = run(process.execPath, [bin, 'generate'], elsewhere);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const file of [
      'tanstack-query-runtime.gen.ts',
      'msw-runtime.gen.ts',
      'dist/msw.gen.js',
      'dist/tanstack-query.gen.d.ts',
    ]) {
      expect(statSync(path.join(elsewhere, 'gen', file)).size).toBeGreaterThan(100);
    }
    expect(readFileSync(path.join(elsewhere, 'gen/count.gen.ts'), 'utf8')).toContain(
      `export const operations = ${OPERATIONS};`,
    );
  });
});
