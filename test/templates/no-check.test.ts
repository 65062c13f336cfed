/**
 * templates/no-check.ts: the pragma that spares a user's tsc the generated check functions, the
 * operation tables and the runtimes.
 */
import { expect, it } from 'vitest';
import { noCheckPragma } from '../../templates/no-check.js';
import { emittedFiles } from '../support/package-files.js';
import { PAGED_SPEC } from '../support/paged-spec.js';

it('is a line comment that says why, on the check functions, the operation tables and the runtimes only', async () => {
  expect(noCheckPragma('x')).toBe("// @ts-nocheck: x, type-checked by specforge's own tests");
  const files = await emittedFiles(PAGED_SPEC, ['client']);
  const pragma = [...files].filter(([, text]) => text.startsWith('// @ts-nocheck')).map(([file]) => file);
  expect(pragma.sort()).toEqual([
    'client-runtime.gen.ts',
    'operations.gen.ts',
    'validators-runtime.gen.ts',
    'validators.gen.ts',
  ]);
});
