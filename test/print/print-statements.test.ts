/**
 * Our statement printer against ts-morph's `printStructure` as the oracle: once formatted, both give
 * the same module for every file of the committed packages and of a spread of corpus specs.
 */
import path from 'node:path';
import { format } from 'oxfmt';
import { describe, expect, it } from 'vitest';
import { printChunks, printStatements } from '../../generator/print/print-statements.js';
import { FORMAT_OPTIONS } from '../../generator/print/print-file.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import { planNames } from '../../generator/plan/plan.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { packageFiles } from '../../templates/package/package-files.js';
import { Diagnostics } from '../../generator/diagnostics.js';
import { printWithTsMorph } from '../support/ts-morph-structures.js';
import { CORPUS_DIR, REPO_ROOT } from '../support/corpus.js';

const formatted = async (text: string) => (await format('m.ts', text, FORMAT_OPTIONS)).code;

describe('printStatements', () => {
  it.each([
    path.join(REPO_ROOT, 'spec/clockify/openapi.yaml'),
    path.join(REPO_ROOT, 'spec/journyx/openapi.yaml'),
    path.join(CORPUS_DIR, '3.0.x/clerk-2025-11-10.yaml'),
    path.join(CORPUS_DIR, '3.1.x/validators.yaml'),
    path.join(CORPUS_DIR, '3.1.x/union-types.json'),
    path.join(CORPUS_DIR, '3.1.x/discriminator-any-of.yaml'),
  ])('prints %s as ts-morph does', async (spec) => {
    const loaded = await loadSpec(spec, {});
    const model = parseDocument(loaded, new Diagnostics());
    for (const file of packageFiles(analyse(model), planNames(analyse(model), {}), { name: 'x' })) {
      if ('text' in file) continue;
      expect(await formatted(printStatements(file.statements)), file.path).toBe(
        await formatted(printWithTsMorph(file.statements)),
      );
    }
  });

  it('separates statements as ts-morph does: a blank line after a block, none after an empty statement', () => {
    expect(printStatements(['function f() {}', 'const a = 1;', '', 'const b = 2;'])).toBe(
      'function f() {}\n\nconst a = 1;\nconst b = 2;\n',
    );
    expect(printStatements([])).toBe('');
  });

  it('cuts a module into chunks between statements that join back to the whole', () => {
    const statements = [
      'import { a } from "./a.js";',
      'function f() {\n  return 1;\n}',
      'const x = 1;',
      'function g() {}',
      'const y = 2;',
    ];
    const chunks = printChunks(statements, 10);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => (c.blankBefore ? `\n${c.text}` : c.text)).join('')).toBe(printStatements(statements));
  });
});
