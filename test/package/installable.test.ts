/**
 * A generated package as a user gets it: packed, installed into a fresh folder outside this
 * repository, imported by plain Node (`import` and `require` of ESM), type-checked by a consumer
 * under `nodenext` and `bundler` resolution, judged by @arethetypeswrong/cli, and publishable
 * (`npm publish --dry-run`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';
import { readmeExample, tsBlocks } from '../support/readme-example.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

// Clockify's package: Journyx's is built by the same templates and build step (CI time is bounded).
describe.each(['clockify'])('generated/%s, installed outside the repository', (name) => {
  const source = path.join(REPO_ROOT, 'generated', name);
  let consumer = '';
  beforeAll(() => {
    consumer = mkdtempSync(path.join(tmpdir(), `specforge-consumer-${name}-`));
    const packed = run(NPM, ['pack', source, '--pack-destination', consumer, '--silent'], consumer);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const installed = run(NPM, ['install', `./${tarball}`, '--offline', '--no-audit', '--no-fund'], consumer);
    expect(installed.status, installed.stderr).toBe(0);
  }, 60_000);

  it('ships dist/ and the README only', () => {
    const files = readdirSync(path.join(consumer, 'node_modules/@specforge-generated', name), { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'package.json', path.join('dist', 'index.js'), path.join('dist', 'index.d.ts')]));
  });

  it('imports in plain Node, by import and by require', () => {
    const probe = `const m = MODULE; const c = m.createClient({ baseUrl: 'http://127.0.0.1:9' });
console.log(JSON.stringify({ client: typeof c, schemas: Object.keys(m.schemas).length > 3, error: typeof m.SpecforgeRequestError }));`;
    const expected = JSON.stringify({ client: 'object', schemas: true, error: 'function' });
    const esm = run(process.execPath, ['--input-type=module', '-e', probe.replace('MODULE', `await import('@specforge-generated/${name}')`)], consumer);
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe(expected);
    const cjs = run(process.execPath, ['--input-type=commonjs', '--no-warnings', '-e', probe.replace('MODULE', `require('@specforge-generated/${name}')`)], consumer);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe(expected);
  });

  it('runs a standalone operation in plain Node, against a server', () => {
    const script = `import http from 'node:http';
import { createBaseClient, listCustomFields } from '@specforge-generated/${name}';
const server = http.createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify([{ url: req.url, key: req.headers['x-api-key'] }])); });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = createBaseClient({ baseUrl: 'http://127.0.0.1:' + server.address().port, auth: { ApiKeyAuth: 'k-1' } });
const { status, data } = await listCustomFields(base, { path: { workspaceId: 'w1' } });
server.close();
console.log(JSON.stringify({ status, data }));`;
    const result = run(process.execPath, ['--input-type=module', '-e', script], consumer);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ status: 200, data: [{ url: '/v1/workspaces/w1/custom-fields', key: 'k-1' }] });
  });

  it('type-checks every example of its README, as a strict nodenext consumer', () => {
    const readme = readFileSync(path.join(consumer, 'node_modules/@specforge-generated', name, 'README.md'), 'utf8');
    const blocks = tsBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const files = blocks.map((block, i) => {
      const file = `readme-${i}.ts`;
      writeFileSync(path.join(consumer, file), readmeExample(block, { pkg: `@specforge-generated/${name}` }));
      return file;
    });
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [] }, files }),
    );
    const tsc = run(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
  }, 60_000);

  it.each([
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ])('type-checks in a strict consumer under %s resolution', (_label, resolution) => {
    const usage = [
      `import { createBaseClient, createClient, listCustomFields, schemas, SpecforgeRequestError, type ClientOptions } from '@specforge-generated/${name}';`,
      `const options: ClientOptions<never> = { baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000 };`,
      'const client = createClient(options as never);',
      'const valid: boolean = Object.values(schemas)[0]!.is({});',
      "export const fields = listCustomFields(createBaseClient(), { path: { workspaceId: 'w' } }).then((r) => r.data?.map((f) => f.name));",
      'export const used = [client, valid, SpecforgeRequestError];',
    ];
    writeFileSync(path.join(consumer, 'usage.ts'), usage.join('\n'));
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], ...resolution }, files: ['usage.ts'] }),
    );
    const tsc = run(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);

  it('passes @arethetypeswrong/cli for ESM, and npm publish --dry-run', () => {
    const attw = run(process.execPath, [path.join(REPO_ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), '--pack', source, '--profile', 'esm-only', '--format', 'json'], consumer);
    expect(attw.status, attw.stdout.slice(0, 2000)).toBe(0);
    // The one problem the ESM profile ignores: CommonJS resolving to ESM, which Node 20.19+
    // loads with require (tested above).
    const problems = (JSON.parse(attw.stdout).analysis.problems ?? []) as { kind: string }[];
    expect(problems.filter((p) => p.kind !== 'CJSResolvesToESM')).toEqual([]);
    const publish = run(NPM, ['publish', '--dry-run', '--offline'], source);
    expect(publish.status, publish.stderr).toBe(0);
    expect(publish.stderr).toContain(`@specforge-generated/${name}@`);
  }, 60_000);
});

