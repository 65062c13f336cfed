/** Developer experience: config and flag precedence, init, lint, colour, --verbose, watch, the programmatic API. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceOptions } from '../../generator/cli/config.js';
import { main } from '../../generator/cli/main.js';
import type { Io } from '../../generator/cli/output.js';
import { generate, SpecforgeError } from '../../generator/index.js';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';
import { generateInline } from '../support/generate-inline.js';

const SPEC =
  "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: " +
  "'./a.yaml#/A' }\n";

function capture(extra: Partial<Io> = {}): Io & { text(): string } {
  let all = '';
  return { out: (s) => (all += s + '\n'), err: (s) => (all += s + '\n'), ...extra, text: () => all };
}

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

describe('config and flags', () => {
  it("passes a source's allowDuplicateOperationIds to generation, as the flag does", () => {
    const source = { name: 'p', spec: 'api.yaml', out: 'out', allowDuplicateOperationIds: true };
    expect(sourceOptions(source, '/repo')).toMatchObject({ allowDuplicateOperationIds: true, spec: '/repo/api.yaml' });
    expect(sourceOptions({ ...source, allowDuplicateOperationIds: undefined }, '/repo')).not.toHaveProperty(
      'allowDuplicateOperationIds',
    );
  });

  it('init scaffolds a config, generate builds its sources, and flags override it', async () => {
    const dir = tempSpecDir({ 'api/openapi.yaml': SPEC, 'api/a.yaml': 'A: { type: string, format: zipcode }\n' });
    process.chdir(dir);
    // The scaffold imports 'specforge'; point it at this checkout for the test.
    expect(await main(['init', 'api/openapi.yaml'], capture())).toBe(0);
    const config = readFileSync(path.join(dir, 'specforge.config.ts'), 'utf8');
    expect(config).toContain('spec: "api/openapi.yaml"');
    expect(await main(['init', 'api/openapi.yaml'], capture())).toBe(2); // never overwrites
    const configText = config.replace(
      "from 'specforge'",
      `from ${JSON.stringify(path.join(REPO_ROOT, 'generator/index.ts'))}`,
    );
    writeFileSync(path.join(dir, 'specforge.config.ts'), configText);
    const tolerant = capture();
    expect(await main(['generate'], tolerant)).toBe(0); // every source of the config
    expect(tolerant.text()).toMatch(/api: 0 operations, 2 schemas → generated\/api/);
    expect(tolerant.text()).toMatch(/a\.yaml:1:\d+: warning: unknown format "zipcode"/);
    const flagged = capture();
    expect(await main(['generate', '--strict'], flagged)).toBe(1); // a flag overrides the config
    expect(flagged.text()).toMatch(/a\.yaml:1:\d+: error: unknown format "zipcode"/);
    writeFileSync(
      path.join(dir, 'specforge.config.ts'),
      configText.replace('sources: [', 'strict: true,\n  sources: ['),
    );
    expect(await main(['generate'], capture())).toBe(1); // the config's own strict applies
    const explicit = capture();
    expect(await main(['generate', 'api/openapi.yaml', '--out', 'out'], explicit)).toBe(0); // an explicit spec does not read the config
  });
});

describe('lint', () => {
  it('reports the warnings without writing anything', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC, 'a.yaml': 'A: { type: string, enum: [x, x] }\n' });
    const io = capture();
    expect(await main(['lint', path.join(dir, 'openapi.yaml')], io)).toBe(0);
    expect(io.text()).toMatch(/a\.yaml:1:\d+: warning: enum value "x" is listed twice/);
    expect(io.text()).toMatch(/1 warning/);
    expect(await main(['lint', path.join(dir, 'openapi.yaml'), '--strict'], capture())).toBe(1);
  });
});

describe('output', () => {
  const warnSpec = () => tempSpecDir({ 'openapi.yaml': SPEC, 'a.yaml': 'A: { type: string, format: zipcode }\n' });
  it('colours warnings on a terminal, never with NO_COLOR, never off a terminal', async () => {
    const dir = warnSpec();
    const args = ['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out')];
    const tty = capture({ isTty: true, env: {} });
    await main(args, tty);
    expect(tty.text()).toContain('\u001b[33m');
    const noColor = capture({ isTty: true, env: { NO_COLOR: '1' } });
    await main(args, noColor);
    expect(noColor.text()).not.toContain('\u001b[');
    const pipe = capture({ isTty: false, env: {} });
    await main(args, pipe);
    expect(pipe.text()).not.toContain('\u001b[');
  });

  it('--quiet prints errors only; --verbose adds stage timings', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC, 'a.yaml': 'A: { type: string }\n' });
    const quiet = capture();
    await main(['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'q'), '-q'], quiet);
    expect(quiet.text()).toBe('');
    // Warnings are not errors: --quiet leaves them out too.
    const warned = warnSpec();
    const quietWarned = capture();
    await main(['generate', path.join(warned, 'openapi.yaml'), '--out', path.join(warned, 'q'), '-q'], quietWarned);
    expect(quietWarned.text()).toBe('');
    const loud = capture();
    await main(['generate', path.join(warned, 'openapi.yaml'), '--out', path.join(warned, 'l')], loud);
    expect(loud.text()).toContain('warning');
    const verbose = capture();
    await main(['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'v'), '--verbose'], verbose);
    expect(verbose.text()).toMatch(/load \d+ ms, model \d+ ms, emit \d+ ms, print \d+ ms, write \d+ ms/);
  });
});

describe('--watch', () => {
  it("regenerates when a $ref'd file changes, reports a broken save and recovers", async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC, 'a.yaml': 'A: { type: string }\n' });
    const out = path.join(dir, 'out');
    const io = capture();
    const controller = new AbortController();
    const watching = main(['generate', path.join(dir, 'openapi.yaml'), '--out', out, '--watch'], io, controller.signal);
    const types = () => readFileSync(path.join(out, 'types.gen.ts'), 'utf8');
    // Up to 20 s a step: on CI's two busy cores the first run alone (every generator module
    // transformed in this worker) once took more than the 5 s this allowed.
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(check()).toBe(true);
    };
    await until(() => io.text().includes('operations'));
    expect(types()).toMatch(/export type A2? = string;/);
    writeFileSync(path.join(dir, 'a.yaml'), 'A: { type: number }\n');
    await until(() => {
      try {
        return /export type A2? = number;/.test(types());
      } catch {
        return false;
      }
    });
    writeFileSync(path.join(dir, 'a.yaml'), 'A: { type: [\n');
    await until(() => /a\.yaml:\d+:\d+: error: invalid YAML/.test(io.text()));
    expect(types()).toMatch(/export type A2? = number;/); // previous output untouched
    writeFileSync(path.join(dir, 'a.yaml'), 'A: { type: boolean }\n');
    await until(() => {
      try {
        return /export type A2? = boolean;/.test(types());
      } catch {
        return false;
      }
    });
    // Editors that save by renaming a new file over the old one: each such save is seen too.
    for (const type of ['integer', 'null']) {
      writeFileSync(path.join(dir, 'a.yaml.tmp'), `A: { type: ${JSON.stringify(type)} }\n`);
      renameSync(path.join(dir, 'a.yaml.tmp'), path.join(dir, 'a.yaml'));
      const expected = new RegExp(`export type A2? = ${type === 'integer' ? 'number' : 'null'};`);
      await until(() => {
        try {
          return expected.test(types());
        } catch {
          return false;
        }
      });
    }
    controller.abort();
    expect(await watching).toBe(0);
  }, 90_000);
});

describe('programmatic API', () => {
  it('generate returns a summary and throws SpecforgeError with file, line and column', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': SPEC, 'a.yaml': 'A: { type: string }\n' });
    const summary = await generate({ spec: path.join(dir, 'openapi.yaml'), out: path.join(dir, 'out') });
    expect(summary).toMatchObject({ operations: 0, schemas: 2, warnings: [], stale: [] });
    expect(summary.files.map((f) => f.path)).toContain('index.ts');
    expect(summary.inputs.map((f) => path.basename(f)).sort()).toEqual(['a.yaml', 'openapi.yaml']);
    writeFileSync(path.join(dir, 'a.yaml'), 'A: [\n');
    const error = await generate({ spec: path.join(dir, 'openapi.yaml'), out: path.join(dir, 'out') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecforgeError);
    expect(error).toMatchObject({ line: 2, column: expect.any(Number) });
    expect((error as SpecforgeError).file).toMatch(/a\.yaml$/);
  });
});

describe('generated package metadata', () => {
  it('each committed package has package.json (ESM, exports with types) and a README listing its operations', () => {
    for (const name of ['clockify', 'journyx']) {
      const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'generated', name, 'package.json'), 'utf8'));
      expect(pkg).toMatchObject({
        name: `@specforge-generated/${name}`,
        type: 'module',
        sideEffects: false,
        exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
        files: ['dist', 'README.md'],
      });
      expect(pkg.private).toBeUndefined();
      expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
      const readme = readFileSync(path.join(REPO_ROOT, 'generated', name, 'README.md'), 'utf8');
      expect(readme).toMatch(
        /## Usage[\s\S]*createClient[\s\S]*## Servers[\s\S]*## Authentication[\s\S]*## Operations/,
      );
    }
    expect(readFileSync(path.join(REPO_ROOT, 'generated/clockify/README.md'), 'utf8')).toContain(
      '`upsertUserCustomFieldValue` — `PUT /v1/workspaces/{workspaceId}/users/{userId}/custom-field/{customFieldId}/value`',
    );
  });

  it('README code spans show paths and names literally, backticks and all; paging operations are marked', async () => {
    const pkg = await generateInline({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://api.example.com/v1_beta' }],
      paths: {
        '/custom_fields/{a`b}': {
          get: {
            operationId: 'odd',
            summary: '<img src=x onerror=alert(1)>',
            parameters: [{ name: 'a`b', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '204': { description: 'ok' } },
          },
        },
        '/files': {
          get: {
            operationId: 'files',
            parameters: [{ name: 'pageToken', in: 'query', schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      properties: {
                        files: { type: 'array', items: { type: 'string' } },
                        next_page_token: { type: 'string' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const readme = readFileSync(path.join(pkg.out, 'README.md'), 'utf8');
    // Inside a code span a backslash is shown as is, so nothing there may be escaped by one.
    expect(readme).toContain('- `https://api.example.com/v1_beta`');
    expect(readme).toContain('- `odd` — `` GET /custom_fields/{a`b} ``: \\<img src=x onerror=alert(1)\\>');
    expect(readme).toContain('- `files` — `GET /files` (pages: `pageToken` ← `next_page_token`)');
    expect(readme).toContain('Operations marked *pages* below have `client.paginate.<operation>(request)`');
  });
});
