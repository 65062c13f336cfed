/** templates/dates/dates-file.ts and the dates target: the module is emitted with `dates: 'Date'` only. */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

it("with dates: 'Date', declares transforms by status where an operation's body holds a date-time", async () => {
  const files = await emittedFiles(PAGED_SPEC, ['client'], { dates: 'Date' });
  const text = files.get('date-transforms.gen.ts')!;
  expect(text).toContain('import { toDate, type Transforms } from "./client-runtime.gen.js";');
  expect(text).toMatch(/export const listUsers\$dates: Transforms = \{\n"200": t\d+,\n\};/);
  expect(text).toMatch(/export const getUser\$dates: Transforms = \{\n"200": t\d+,\n\};/);
  expect(text).not.toContain('deleteUser$dates');
  expect(text).not.toContain('getAvatar$dates');
  // The operation tables import them; the package's index does not re-export the module.
  expect(files.get('operations.gen.ts')).toContain('from "./date-transforms.gen.js"');
  expect(files.get('index.ts')).not.toContain('date-transforms');
});

it('with string dates there is no module, and nothing imports one', async () => {
  const files = await emittedFiles(PAGED_SPEC, ['client']);
  expect(files.has('date-transforms.gen.ts')).toBe(false);
  expect([...files.values()].some((text) => text.includes('date-transforms.gen.js'))).toBe(false);
});
