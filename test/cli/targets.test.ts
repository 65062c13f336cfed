/**
 * Targets from the command line and the config: `--targets` (built-in names), `targets` per source
 * (names, or plugin objects such as examples/plugin-target/routes-target.ts), and clear refusals.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';
import { validConfig } from '../../generator/cli/config.js';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /users/{id}:
    get:
      operationId: getUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok, content: { application/json: { schema: { type: string } } } } }
`;

const io = () => {
  let text = '';
  return { out: (s: string) => (text += s + '\n'), err: (s: string) => (text += s + '\n'), text: () => text };
};
const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

describe('--targets', () => {
  it('adds the named targets (and what they need) to the package', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC });
    expect(
      await main(
        [
          'generate',
          path.join(dir, 'openapi.yaml'),
          '--out',
          path.join(dir, 'out'),
          '--targets',
          'tanstack-query,msw',
          '-q',
        ],
        io(),
      ),
    ).toBe(0);
    for (const file of ['tanstack-query.gen.ts', 'msw.gen.ts', 'client.gen.ts', 'dist/msw.gen.js'])
      expect(existsSync(path.join(dir, 'out', file))).toBe(true);
    expect(
      await main(
        ['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'types-only'), '--targets', 'types', '-q'],
        io(),
      ),
    ).toBe(0);
    expect(existsSync(path.join(dir, 'types-only/client.gen.ts'))).toBe(false);
    const index = readFileSync(path.join(dir, 'types-only/index.ts'), 'utf8');
    expect(index).toMatch(/^export type \{[^}]*\bOperations\b[^}]*\} from '\.\/types\.gen\.js';$/m);
    expect(index).not.toContain('client.gen.js');
  });

  it('refuses an unknown name as a usage error, listing the targets', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC });
    const out = io();
    expect(
      await main(
        ['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out'), '--targets', 'client,react-query'],
        out,
      ),
    ).toBe(2);
    expect(out.text()).toContain(
      '--targets: unknown target "react-query" (known: types, client, dates, validators, tanstack-query, msw)',
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('config targets', () => {
  it('runs a plugin target object (the documented example) and gives its package a subpath', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC });
    const api = JSON.stringify(path.join(REPO_ROOT, 'generator/index.ts'));
    const plugin = JSON.stringify(path.join(REPO_ROOT, 'examples/plugin-target/routes-target.ts'));
    writeFileSync(
      path.join(dir, 'specforge.config.ts'),
      `import { defineConfig } from ${api};\nimport { routesTarget } from ${plugin};\n` +
        `export default defineConfig({ sources: [{ name: 'api', spec: 'openapi.yaml', out: 'out', targets: ` +
        `['client', routesTarget] }] });\n`,
    );
    process.chdir(dir);
    const out = io();
    expect(await main(['generate'], out), out.text()).toBe(0);
    expect(readFileSync(path.join(dir, 'out/routes.gen.ts'), 'utf8')).toContain(
      "getUser: { method: 'GET', path: '/users/{id}' },",
    );
    const pkg = JSON.parse(readFileSync(path.join(dir, 'out/package.json'), 'utf8'));
    expect(pkg.exports['./routes']).toEqual({ types: './dist/routes.gen.d.ts', default: './dist/routes.gen.js' });
  });

  it('refuses a bad targets entry with its place', () => {
    const source = { name: 'a', spec: 'a.yaml', out: 'o' };
    expect(() => validConfig({ sources: [{ ...source, targets: ['client', 'nope'] }] }, 'c.ts')).toThrow(
      'c.ts: sources[0].targets[1]: unknown target "nope"',
    );
    expect(() => validConfig({ sources: [{ ...source, targets: [{ name: 'x' }] }] }, 'c.ts')).toThrow(
      /sources\[0\]\.targets\[0\]: must be a built-in target name or an object with a name and a files\(context\) function/,
    );
    expect(() => validConfig({ sources: [{ ...source, targets: [] }] }, 'c.ts')).toThrow(/must be a non-empty array/);
  });
});
