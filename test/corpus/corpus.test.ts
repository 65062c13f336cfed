/**
 * Every valid spec of ../shared/corpus generates a package that type-checks; every invalid one is
 * refused with `path:line:col: error:`. (Issue 7 widens this with imports and examples.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { main } from '../../generator/cli/main.js';
import { corpusSpecs, invalidCorpusSpecs, SHARED_DIR } from '../support/corpus.js';
import { typeCheck } from '../support/tsc.js';

const specs = corpusSpecs();
const outRoot = mkdtempSync(path.join(tmpdir(), 'specforge-corpus-'));
const failures = new Map<string, unknown>();

if (!SHARED_DIR) console.warn('corpus tests skipped: no ../shared/corpus (set SPECFORGE_SHARED)');

describe.skipIf(!SHARED_DIR)('corpus', () => {
  beforeAll(async () => {
    for (const spec of specs) {
      try {
        await generate({ spec: spec.file, out: path.join(outRoot, spec.version, spec.name) });
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

  it.each([
    ['strict', {}],
    ['strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes', { noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true }],
  ])('every generated package type-checks (%s)', (_name, extra) => {
    const result = typeCheck(outRoot, extra);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);
});

describe.skipIf(!SHARED_DIR)('invalid corpus', () => {
  it.each(invalidCorpusSpecs().map((s) => [`${s.version}/invalid/${s.name}`, s.file]))('%s is refused with a located error', async (_key, file) => {
    let err = '';
    const started = performance.now();
    const code = await main(['generate', file, '--out', path.join(outRoot, 'invalid')], { out: () => undefined, err: (s) => (err += s) });
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`${path.basename(file).replace('.', '\\.')}:\\d+:\\d+: error: \\S`));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
