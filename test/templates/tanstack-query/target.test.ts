/**
 * templates/tanstack-query/target.ts: the options it declares per operation, read from the emitted
 * module (they run against real query-core in test/runtime and test/package/installable.test.ts).
 */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';
import { generateInline } from '../../support/generate-inline.js';
import { typeCheck } from '../../support/tsc.js';

it('declares query options for reads, infinite ones for what pages, mutation options for the rest', async () => {
  const files = await emittedFiles(PAGED_SPEC, ['tanstack-query']);
  const text = files.get('tanstack-query.gen.ts')!;
  // A client needs only the method the options call and its scope (a stub or a partial client will do).
  expect(text).toContain(
    'export function listUsersQueryOptions(client: Pick<Client, "listUsers" | \'queryKeyScope\'>, ' +
      'request: types.ListUsersRequest = {}): ' +
      'QueryOptions<QueryData<types.ListUsersResponse>, QueryError<types.ListUsersError>, ' +
      'readonly ["listUsers", types.ListUsersRequest, string]>',
  );
  expect(text).toContain('export function listUsersInfiniteQueryOptions(');
  expect(text).toContain('export function getUserQueryOptions(');
  expect(text).not.toContain('getUserInfiniteQueryOptions');
  expect(text).toContain(
    'export function deleteUserMutationOptions(client: Pick<Client, "deleteUser" | \'queryKeyScope\'>): ' +
      'MutationOptionsOf<',
  );
  expect(text).not.toContain('deleteUserQueryOptions');
  // The key names the operation, its request and the client's scope; queryFn passes TanStack's signal.
  expect(text).toContain(`queryKey: ["getUser", request, client.queryKeyScope] as never,`);
  expect(text).toContain(`queryKey: ["listUsers", request, 'infinite', client.queryKeyScope] as never,`);
  expect(text).toContain(`mutationKey: ["deleteUser", client.queryKeyScope],`);
  expect(text).toContain('await client.getUser(request, { signal })');
  // Page parameters come from the pagination analysis, as data.
  expect(text).toContain(
    'const listUsers$paging: Paging = {kind: "page", page: "page", size: "page-size", defaultSize: 50};',
  );
});

it('adds its subpath and an optional peer dependency on query-core to the package', async () => {
  const files = await emittedFiles(PAGED_SPEC, ['tanstack-query']);
  const pkg = JSON.parse(files.get('package.json')!);
  expect(pkg.exports['./tanstack-query']).toEqual({
    types: './dist/tanstack-query.gen.d.ts',
    default: './dist/tanstack-query.gen.js',
  });
  expect(Object.keys(pkg.peerDependencies)).toEqual(['@tanstack/query-core']);
  expect(pkg.peerDependenciesMeta['@tanstack/query-core']).toEqual({ optional: true });
  expect(files.has('tanstack-query-runtime.gen.ts')).toBe(true);
  const plain = await emittedFiles(PAGED_SPEC, ['client']);
  expect(JSON.parse(plain.get('package.json')!).peerDependencies).toBeUndefined();
});

it('type-checks where a read also declares a 304 without a body (Box: an ApiFailure whose error is undefined)', async () => {
  const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } };
  const pkg = await generateInline(
    {
      openapi: '3.1.0',
      info: { title: 'etags', version: '1' },
      servers: [{ url: 'https://api.example.test' }],
      paths: {
        '/files/{id}': {
          get: {
            operationId: 'getFile',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': ok, '304': { description: 'not modified' } },
          },
        },
      },
    },
    { targets: ['types', 'client', 'validators', 'tanstack-query'] },
  );
  expect(typeCheck(pkg.out).output).toBe('');
}, 60_000);

it('gives an operation that streams query options, unless its body is an upload (no query key holds files)', async () => {
  const stream = `
      responses:
        '200':
          description: progress
          content:
            text/event-stream:
              schema: { type: object, properties: { done: { type: integer } } }`;
  const files = await emittedFiles(
    `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /chat:
    post:
      operationId: chat
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }${stream}
  /ingest:
    post:
      operationId: ingest
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { file: { type: string, format: binary } } }${stream}
`,
    ['tanstack-query'],
  );
  const text = files.get('tanstack-query.gen.ts')!;
  expect(text).toContain('export function chatQueryOptions(');
  expect(text).toContain('StreamedQueryOptions<StreamedData<types.ChatResponse>');
  expect(text).toContain('export function chatMutationOptions(');
  expect(text).not.toContain('ingestQueryOptions');
  expect(text).toContain('export function ingestMutationOptions(');
});
