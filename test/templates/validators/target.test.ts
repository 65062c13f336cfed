/** templates/validators/target.ts: the validators' module, compiled once for every target that reads it. */
import { expect, it } from 'vitest';
import { validatorsTarget } from '../../../templates/validators/target.js';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

it('needs only the types, and carries the validators runtime', async () => {
  expect(validatorsTarget.requires).toEqual(['types']);
  expect(validatorsTarget.runtime).toEqual(['validators']);
  const files = await emittedFiles(PAGED_SPEC, ['validators']);
  expect([...files.keys()]).toEqual([
    'types.gen.ts',
    'validators-runtime.gen.ts',
    'validators.gen.ts',
    'index.ts',
    'package.json',
    'README.md',
  ]);
});

it('asserts formats unless the package says annotate', async () => {
  const asserted = (await emittedFiles(PAGED_SPEC, ['validators'])).get('validators.gen.ts')!;
  const annotated = (await emittedFiles(PAGED_SPEC, ['validators'], { formats: 'annotate' })).get('validators.gen.ts')!;
  expect(asserted).toContain('isDateTimeFormat(');
  expect(annotated).not.toContain('isDateTimeFormat(');
});
