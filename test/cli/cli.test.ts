import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';

const GOOD =
  "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: string }\n";

/** A folder with a spec and an existing output package whose content must survive failures. */
function withExistingOutput(files: Record<string, string>): { dir: string; out: string; sentinel: string } {
  const dir = tempSpecDir(files);
  const out = path.join(dir, 'out');
  mkdirSync(out);
  const sentinel = path.join(out, 'index.ts');
  writeFileSync(sentinel, '// previous output\n');
  return { dir, out, sentinel };
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('.specforge-tmp-'));
}

describe('specforge CLI', () => {
  it('prints help and version, and exits 2 on usage errors', async () => {
    expect((await cli(['--help'])).out).toMatch(/Usage:/);
    expect((await cli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "frobnicate"/);
    expect((await cli(['generate', 'x.yaml'])).code).toBe(2); // --out missing
    expect((await cli(['generate', '--bogus'])).code).toBe(2);
  });

  it('generates a package and reports a summary', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': GOOD });
    const r = await cli(['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/out: 0 operations, 1 schemas → .*out \(\d+ files, \d+ KB\) in \d+\.\d s/);
    expect(readFileSync(path.join(dir, 'out/types.gen.ts'), 'utf8')).toContain('export type A = string;');
  });

  it.each([
    ['bad YAML', { 'openapi.yaml': 'openapi: 3.1.0\ninfo: { title: t\n' }, /openapi\.yaml:3:\d+: error: invalid YAML/],
    [
      'missing $ref target in the same file',
      { 'openapi.yaml': GOOD.replace('{ type: string }', "{ $ref: '#/components/schemas/Nope' }") },
      /openapi\.yaml:6:\d+: error: \$ref target #\/components\/schemas\/Nope not found/,
    ],
    [
      'missing $ref target in another file',
      { 'openapi.yaml': GOOD.replace('{ type: string }', "{ $ref: './other.yaml#/Nope' }"), 'other.yaml': 'Yes: {}\n' },
      /openapi\.yaml:6:\d+: error: \$ref target #\/Nope not found in .*other\.yaml/,
    ],
    [
      '$ref to an $anchor nothing declares',
      { 'openapi.yaml': GOOD.replace('{ type: string }', "{ $ref: '#user' }") },
      /openapi\.yaml:6:\d+: error: \$ref "#user": no schema declares \$anchor "user" here/,
    ],
    [
      'missing file',
      { 'openapi.yaml': GOOD.replace('{ type: string }', "{ $ref: './gone.yaml#/A' }") },
      /openapi\.yaml:6:\d+: error: cannot read \$ref target .*gone\.yaml: file not found/,
    ],
    [
      'ref cycle (parameters)',
      {
        'openapi.yaml':
          "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      parameters: [{ $ref: " +
          "'#/components/parameters/P' }]\n      responses: { '200': { description: ok } }\ncomponents:\n  " +
          "parameters:\n    P: { $ref: '#/components/parameters/Q' }\n    Q: { $ref: '#/components/parameters/P' }\n",
      },
      /openapi\.yaml:\d+:\d+: error: \$ref cycle/,
    ],
    ['not OpenAPI', { 'openapi.yaml': 'name: not a spec\n' }, /openapi\.yaml:1:1: error: not an OpenAPI document/],
    [
      'duplicate operationId',
      {
        'openapi.yaml':
          "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get: { operationId: x, " +
          "responses: { '200': { description: ok } } }\n    post: { operationId: x, responses: { '200': { " +
          'description: ok } } }\n',
      },
      /openapi\.yaml:6:\d+: error: duplicate operationId "x"/,
    ],
  ])('%s: exits 1 with path:line:col and leaves the previous output untouched', async (_name, files, pattern) => {
    const { dir, out, sentinel } = withExistingOutput(files);
    const r = await cli(['generate', path.join(dir, 'openapi.yaml'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(sentinel, 'utf8')).toBe('// previous output\n');
    expect(readdirSync(out)).toEqual(['index.ts']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('--allow-duplicate-operation-ids: one RPC bound to two routes is two methods, the later suffixed', async () => {
    const dir = tempSpecDir({
      'openapi.yaml':
        "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n" +
        "  /v1/jobs: { get: { operationId: ListJobs, responses: { '200': { description: ok } } } }\n" +
        "  /api/v1/jobs: { get: { operationId: ListJobs, responses: { '200': { description: ok } } } }\n",
    });
    const spec = path.join(dir, 'openapi.yaml');
    const out = path.join(dir, 'out');
    const r = await cli(['generate', spec, '--out', out, '--allow-duplicate-operation-ids']);
    expect([r.code, r.err]).toEqual([0, expect.stringContaining('warning: an operationId used before')]);
    const client = readFileSync(path.join(out, 'client.gen.ts'), 'utf8');
    expect(client).toMatch(/\* `GET \/v1\/jobs`[\s\S]*?listJobs\(/);
    expect(client).toMatch(/\* `GET \/api\/v1\/jobs`[\s\S]*?listJobs2\(/);
    // --strict makes the warning the error it is without the flag.
    const strict = await cli(['generate', spec, '--out', out, '--allow-duplicate-operation-ids', '--strict']);
    expect(strict.code).toBe(1);
  });

  it('--check passes when up to date, fails listing stale files, and writes nothing', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': GOOD });
    const spec = path.join(dir, 'openapi.yaml');
    const out = path.join(dir, 'out');
    expect((await cli(['generate', spec, '--out', out])).code).toBe(0);
    expect((await cli(['generate', spec, '--out', out, '--check'])).code).toBe(0);
    writeFileSync(spec, GOOD.replace('A: { type: string }', 'A: { type: number }'));
    writeFileSync(path.join(out, 'extra.ts'), '');
    const before = readFileSync(path.join(out, 'types.gen.ts'), 'utf8');
    const r = await cli(['generate', spec, '--out', out, '--check']);
    expect(r.code).toBe(1);
    // The built files are compared too: the spec change reaches dist/types.gen.d.ts.
    expect(r.err).toMatch(
      /is stale.*\n\s+dist\/types\.gen\.d\.ts\n[\s\S]*\s+extra\.ts \(not generated\)\n\s+types\.gen\.ts/,
    );
    expect(readFileSync(path.join(out, 'types.gen.ts'), 'utf8')).toBe(before);
  });

  it('is deterministic: generating twice gives identical bytes', async () => {
    const dir = tempSpecDir({});
    const spec = path.join(REPO_ROOT, 'spec/journyx/openapi.yaml');
    await cli(['generate', spec, '--out', path.join(dir, 'a/pkg')]);
    await cli(['generate', spec, '--out', path.join(dir, 'b/pkg')]);
    const files = (readdirSync(path.join(dir, 'a/pkg'), { recursive: true }) as string[]).filter((f) =>
      f.includes('.'),
    );
    expect(files.length).toBeGreaterThan(15); // the modules, their JavaScript and declarations in dist/
    for (const f of files)
      expect(readFileSync(path.join(dir, 'b/pkg', f))).toEqual(readFileSync(path.join(dir, 'a/pkg', f)));
  });

  it('runs as a real process: exit code 1, one error line, no stack trace', () => {
    const dir = tempSpecDir({ 'openapi.yaml': 'openapi: 3.1.0\ninfo: [\n' });
    const r = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'bin/specforge.js'),
        'generate',
        path.join(dir, 'openapi.yaml'),
        '--out',
        path.join(dir, 'out'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^.*openapi\.yaml:\d+:\d+: error: /);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('internal errors', () => {
  it('print one line without a stack trace and exit 70', async () => {
    const dir = tempSpecDir({});
    // A directory where the output's parent should be: writing fails with an unexpected fs error.
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, 'not a folder');
    const spec = path.join(dir, 'openapi.yaml');
    writeFileSync(spec, GOOD);
    const r = await cli(['generate', spec, '--out', path.join(blocker, 'out')]);
    expect(r.code).toBe(70);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^specforge: internal error: /);
  });
});
