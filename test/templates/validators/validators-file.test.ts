/** templates/validators/validators-file.ts: the module of `schemas`, `webhooks` and per-operation validators. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { generate } from '../../../generator/index.js';
import { tempSpecDir } from '../../support/fixtures.js';
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

it("exports a split spec's schemas: each file's, and its top-level entries', by type name", async () => {
  const ok = (ref: string) => ({
    responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } },
  });
  const dir = tempSpecDir({
    'openapi.yaml': JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'split', version: '1' },
      paths: {
        '/orders': { get: ok('schemas/Order.yaml') },
        '/errors': { get: ok('schemas/error.yaml') },
        '/actions': { get: ok('models/actions.yaml#/reboot') },
        '/kinds': { get: ok('models/actions.yaml#/reboot/properties/kind') },
      },
      components: { schemas: { Error: { type: 'object', required: ['code'] } } },
    }),
    'schemas/Order.yaml':
      "type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n  item: { $ref: '#/$defs/Item' }\n" +
      '$defs:\n  Item: { type: object, required: [sku] }\n',
    'schemas/error.yaml': 'type: object\nrequired: [message]\n',
    'models/actions.yaml': 'reboot:\n  type: object\n  properties:\n    kind: { type: string, minLength: 2 }\n',
  });
  await generate({ spec: path.join(dir, 'openapi.yaml'), out: path.join(dir, 'pkg'), build: false });
  const { schemas } = await import(pathToFileURL(path.join(dir, 'pkg/index.ts')).href);
  // The root's component by its own name (its type is ErrorModel: `Error` is JavaScript's); another
  // file's `error.yaml` by its type's name, ErrorModel2. The deep `reboot/properties/kind` is not one.
  expect(Object.keys(schemas).sort()).toEqual(['Error', 'ErrorModel2', 'Item', 'Order', 'Reboot']);
  expect(schemas.Order.issues({ item: {} }, { all: true })).toEqual([
    { message: 'is required', path: ['id'] },
    { message: 'is required', path: ['item', 'sku'] },
  ]);
  expect(schemas.ErrorModel2.is({ message: 'm' })).toBe(true);
  expect(schemas.Error.is({ message: 'm' })).toBe(false);
});
