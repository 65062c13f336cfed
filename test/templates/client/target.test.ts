/**
 * templates/client/target.ts: the client brings the types, validators and dates, its operation
 * tables and its runtime.
 */
import { expect, it } from 'vitest';
import { clientTarget } from '../../../templates/client/target.js';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

it('requires types, validators and dates, and emits client.gen.ts with its tables and runtime, re-exported', async () => {
  expect(clientTarget.requires).toEqual(['types', 'validators', 'dates']);
  const files = await emittedFiles(PAGED_SPEC, ['client']);
  expect([...files.keys()]).toEqual([
    'types.gen.ts',
    'client-runtime.gen.ts',
    'operations.gen.ts',
    'client.gen.ts',
    'validators-runtime.gen.ts',
    'validators.gen.ts',
    'index.ts',
    'package.json',
    'README.md',
  ]);
  // Named (templates/package/index-exports.ts): the client, its functions and its types.
  expect(files.get('index.ts')).toMatch(/^export \{ [^}]*\bcreateClient\b[^}]*\} from "\.\/client\.gen\.js";$/m);
  expect(files.get('index.ts')).toMatch(/^export type \{ [^}]*\bClient\b[^}]*\} from "\.\/client\.gen\.js";$/m);
  // The client's entries check what validators.gen.ts declares per operation; the client imports the entries.
  expect(files.get('operations.gen.ts')).toContain('listUsers$validators');
  expect(files.get('client.gen.ts')).toContain('listUsers$operation');
  expect(files.get('index.ts')).not.toContain('operations.gen.js');
});
