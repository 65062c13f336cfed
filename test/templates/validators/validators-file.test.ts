/** templates/validators/validators-file.ts: the module of `schemas`, `webhooks` and per-operation validators. */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

const WITH_VIEWS = PAGED_SPEC.replace('id: { type: string }', 'id: { type: string, readOnly: true }');

it('opens with the no-check pragma and re-exports the runtime names under the package names', async () => {
  const text = (await emittedFiles(WITH_VIEWS, ['validators'])).get('validators.gen.ts')!;
  expect(text.split('\n')[0]).toBe("// @ts-nocheck: generated check functions, type-checked by specforge's own tests");
  expect(text).toContain(
    'export { SpecforgeValidationError, type DatesAsStrings, type Issue as ValidationIssue, type Validator } ' +
      "from './validators-runtime.gen.js';",
  );
});

it('gives each component schema a validator, and a .write one when its views differ', async () => {
  const text = (await emittedFiles(WITH_VIEWS, ['validators'])).get('validators.gen.ts')!;
  expect(text).toContain(
    'Problem: /* @__PURE__ */ validator<types.Problem>("Problem", validateProblem) as Validator<types.Problem>,',
  );
  expect(text).toContain(
    'User: /* @__PURE__ */ Object.assign(/* @__PURE__ */ validator<types.User>("User", validateUser), ' +
      '{ write: /* @__PURE__ */ validator<types.UserWrite>("User", validateUserWrite) }) ' +
      'as Validator<types.User> & { write: Validator<types.UserWrite> },',
  );
});

it('lists in operationValidators only the operations with something to check', async () => {
  const text = (await emittedFiles(WITH_VIEWS, ['validators'])).get('validators.gen.ts')!;
  const table = text.slice(text.indexOf('export const operationValidators'));
  expect(table).toContain('listUsers: listUsers$validators,');
  expect(table).toContain('getUser: getUser$validators,');
  // A string id and a binary body: the types say all there is to say.
  expect(table).not.toContain('deleteUser');
  expect(table).not.toContain('getAvatar');
});

it("exports schemas, webhooks when there are any, and the table from the package's index", async () => {
  const plain = (await emittedFiles(WITH_VIEWS, ['validators'])).get('index.ts')!;
  expect(plain).toContain(
    'export { schemas, operationValidators, SpecforgeValidationError, type DatesAsStrings, type ValidationIssue, ' +
      "type Validator } from './validators.gen.js';",
  );
  const hooks = WITH_VIEWS.replace(
    "info: { title: t, version: '1' }",
    `info: { title: t, version: '1' }
webhooks:
  userGone:
    post:
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
      responses: { '200': { description: ok } }`,
  );
  const files = await emittedFiles(hooks, ['validators']);
  expect(files.get('index.ts')).toContain('export { schemas, webhooks, operationValidators,');
  expect(files.get('validators.gen.ts')).toMatch(/export const webhooks = \{\n[^]*userGone: /);
});
