/**
 * Every valid spec of ../shared/corpus generates a package whose modules are prettier's output, and
 * whose validators accept the spec's own examples; every invalid one is refused with
 * `path:line:col: error:`. That the packages type-check: typecheck-*.test.ts; that their validators
 * accept the specs' own examples: examples.test.ts (its own process: it imports every package).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { format as prettier } from 'prettier';
import { FORMAT_OPTIONS } from '../../generator/print/print-file.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { main } from '../../generator/cli/main.js';
import { CORPUS_DIR, corpusSpecs, invalidCorpusSpecs, SHARED_DIR } from '../support/corpus.js';
import { buildMultiFile } from '../support/multi-file.js';
import { typeCheck } from '../support/tsc.js';

const specs = corpusSpecs();
const outRoot = mkdtempSync(path.join(tmpdir(), 'specforge-corpus-'));
const failures = new Map<string, unknown>();

if (!SHARED_DIR) console.warn('corpus tests skipped: no ../shared/corpus (set SPECFORGE_SHARED)');

describe.skipIf(!SHARED_DIR)('corpus', () => {
  beforeAll(async () => {
    for (const spec of specs) {
      try {
        // No dist/: examples.test.ts builds every corpus package (and loads the build); here the
        // modules are what is checked.
        await generate({ spec: spec.file, out: path.join(outRoot, spec.version, spec.name), build: false });
      } catch (error) {
        failures.set(`${spec.version}/${spec.name}`, error);
      }
    }
  }, 120_000);

  it('has specs to try', () => {
    expect(specs.length).toBeGreaterThan(100);
  });

  it.each(specs.map((s) => [`${s.version}/${s.name}`]))('%s generates', (key) => {
    const error = failures.get(key);
    expect(error && ((error as { format?: () => string }).format?.() ?? String(error))).toBeUndefined();
  });

  // The formatter is oxfmt plus a parity rule; its claim is prettier's bytes. Checked on every module
  // of every corpus package, against prettier with its default quoteProps ("as-needed"). The
  // verbatim runtimes are the same in every package: test/print/formatter.test.ts checks them once.
  it('every generated module is exactly what prettier prints', async () => {
    // dist/ holds built JavaScript and declarations: not formatted, not source.
    const modules = (readdirSync(outRoot, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('-runtime.gen.ts') && !f.split(path.sep).includes('dist'),
    );
    expect(modules.length).toBeGreaterThan(400);
    const differing: string[] = [];
    for (const file of modules) {
      const text = readFileSync(path.join(outRoot, file), 'utf8');
      if ((await prettier(text, { ...FORMAT_OPTIONS, quoteProps: 'as-needed', parser: 'typescript' })) !== text)
        differing.push(file);
    }
    expect(differing).toEqual([]);
  }, 180_000);

  // The packages type-check in test/corpus/typecheck-*.test.ts: two shards that run in parallel,
  // each tsc process holding a quarter of the corpus (one process for all of it peaked at 1.3 GB).
});

describe.skipIf(!SHARED_DIR)('invalid corpus', () => {
  it.each(invalidCorpusSpecs().map((s) => [`${s.version}/invalid/${s.name}`, s.file]))(
    '%s is refused with a located error',
    async (_key, file) => {
      let err = '';
      const started = performance.now();
      const code = await main(['generate', file, '--out', path.join(outRoot, 'invalid')], {
        out: () => undefined,
        err: (s) => (err += s),
      });
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`${path.basename(file).replace('.', '\\.')}:\\d+:\\d+: error: \\S`));
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );
});

describe.skipIf(!SHARED_DIR)('multi-file specs', () => {
  it('a root that $refs hundreds of files in sub-folders (Clerk, split) generates and type-checks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specforge-multi-'));
    const root = buildMultiFile(path.join(CORPUS_DIR, '3.0.x/clerk-2025-11-10.yaml'), path.join(dir, 'spec'));
    const summary = await generate({ spec: root, out: path.join(dir, 'out', 'pkg') });
    expect(summary.inputs.length).toBeGreaterThan(100); // 142 schema files + the root
    expect(new Set(summary.inputs.map((f) => path.basename(path.dirname(f)))).size).toBeGreaterThan(10); // many sub-folders
    expect(summary.schemas).toBeGreaterThan(100);
    const result = typeCheck(path.join(dir, 'out'));
    expect(result.output).toBe('');
  }, 120_000);

  it('a DigitalOcean-style split (operations and schemas in files, no root components) loses nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specforge-multi-'));
    const source = path.join(CORPUS_DIR, '3.0.x/clerk-2025-11-10.yaml');
    const single = await generate({ spec: source, out: path.join(dir, 'single', 'pkg'), build: false });
    const root = buildMultiFile(source, path.join(dir, 'spec'), 'digitalocean');
    const out = path.join(dir, 'out', 'pkg');
    const summary = await generate({ spec: root, out, build: false });
    // Every operation read through its $ref, with what the single file gives it.
    expect(summary.operations).toBe(single.operations);
    const client = (text: string) => text.replace(/\n\s*\*.*/g, '');
    expect(client(readFileSync(path.join(out, 'client.gen.ts'), 'utf8'))).toBe(
      client(readFileSync(path.join(dir, 'single', 'pkg', 'client.gen.ts'), 'utf8')),
    );
    // Every schema file exported by name, though the root lists none.
    const { schemas } = await import(pathToFileURL(path.join(out, 'index.ts')).href);
    expect(Object.keys(schemas)).toHaveLength(
      readdirSync(path.join(dir, 'spec', 'schemas'), { recursive: true }).filter((f) => String(f).endsWith('.yaml'))
        .length,
    );
    expect(typeCheck(path.join(dir, 'out')).output).toBe('');
  }, 120_000);
});
