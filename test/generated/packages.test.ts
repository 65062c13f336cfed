/**
 * The committed packages in generated/: up to date with spec/, guarded by file snapshots that a
 * reviewer reads as TypeScript, and type-checked strictly.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../generator/diagnostics.js';
import { renderPackage } from '../../generator/generate.js';
import { staleFiles } from '../../generator/print/write-output.js';
import config from '../../specforge.config.js';
import { sourceOptions } from '../../generator/cli/config.js';
import { REPO_ROOT } from '../support/corpus.js';
import { typeCheck } from '../support/tsc.js';

describe.each(config.sources.map((s) => [s.name, s] as const))('generated/%s', (name, source) => {
  const options = sourceOptions(source, REPO_ROOT);

  it('matches the reviewed snapshots', async () => {
    const diagnostics = new Diagnostics(true); // our own specs must be warning-free
    const { output } = await renderPackage(options, diagnostics);
    for (const [file, text] of output) {
      // dist/ is built from these modules by pinned tools: the up-to-date check below compares it
      // with generated/, and a third copy here would be one more thing to read, not to review.
      if (file.startsWith('dist/')) continue;
      await expect(text).toMatchFileSnapshot(path.join(REPO_ROOT, 'test/generated/__snapshots__', name, file));
    }
  });

  it('is up to date with its spec (npm run generate -- --check)', async () => {
    const { output } = await renderPackage(options, new Diagnostics());
    expect(await staleFiles(options.out, output)).toEqual([]);
  });
});

describe('generated packages', () => {
  // No plain `strict` pass: each option below only adds errors to it, so passing them proves it.
  it.each([
    ['strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes + erasableSyntaxOnly + verbatimModuleSyntax', { noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, erasableSyntaxOnly: true, verbatimModuleSyntax: true }],
    // A Node project: fetch and friends from @types/node, no DOM lib.
    ['strict, Node types without the DOM lib', { lib: ['ES2022'], types: ['node'], typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')] }],
  ])('type-check with tsc --noEmit (%s)', (_name, extra) => {
    const result = typeCheck(path.join(REPO_ROOT, 'generated'), extra);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);
});
