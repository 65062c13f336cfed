/**
 * The committed packages in generated/: up to date with spec/, warning-free, and type-checked
 * strictly. generated/ itself is the reviewed output.
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

  // generated/ is the reviewed output (read its diff in review), and CI's `generate --check` guards
  // it: a second copy as snapshots would be 3 MB more to read, not more review.
  it('is up to date with its spec (npm run generate -- --check), with no warning', async () => {
    const diagnostics = new Diagnostics(true); // our own specs must be warning-free
    const { output } = await renderPackage(options, diagnostics);
    expect(await staleFiles(options.out, output)).toEqual([]);
  });
});

describe('generated packages', () => {
  // No plain `strict` pass: each option below only adds errors to it, so passing them proves it.
  it.each([
    [
      'strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes + erasableSyntaxOnly + verbatimModuleSyntax',
      {
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        erasableSyntaxOnly: true,
        verbatimModuleSyntax: true,
      },
    ],
    // A Node project: fetch and friends from @types/node, no DOM lib. What depends on the lib is
    // the runtimes, the same in both packages: Journyx's (the smaller) stands for both.
    [
      'strict, Node types without the DOM lib',
      { lib: ['ES2022'], types: ['node'], typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')] },
      'generated/journyx',
    ],
  ])(
    'type-check with tsc --noEmit (%s)',
    (_name, extra, folder = 'generated') => {
      // TypeScript 5.9 here: the behaviour tests and the corpus use 7 (support/tsc.ts).
      const result = typeCheck(path.join(REPO_ROOT, folder), extra, 'tsc');
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    },
    60_000,
  );
});
