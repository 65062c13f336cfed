/** templates/msw/target.ts: a handler per operation, routes and answers as data (run in test/runtime/msw). */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';
import { SHARED_ROUTE_SPEC } from '../../support/shared-route-spec.js';

it('declares a handler factory per operation and `handlers`, longer paths first', async () => {
  const text = (await emittedFiles(PAGED_SPEC, ['msw'])).get('msw.gen.ts')!;
  for (const fn of ['listUsersHandler', 'getUserHandler', 'deleteUserHandler', 'getAvatarHandler'])
    expect(text).toContain(
      `export function ${fn}(override?: MockOverride<types.Operations["${fn.replace(/Handler$/, '')}"]['responses']>): ` +
        'HttpHandler {',
    );
  const list = text.slice(text.indexOf('export const handlers'));
  const order = ['getAvatarHandler()', 'getUserHandler()', 'listUsersHandler()'].map((f) => list.indexOf(f));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

it('answers the first declared success, and says so in the doc', async () => {
  const text = (await emittedFiles(PAGED_SPEC, ['msw'])).get('msw.gen.ts')!;
  expect(text).toContain('`GET /users/{id}`: answers 200 with a fake body, or as `override` says.');
  expect(text).toContain('`DELETE /users/{id}`: answers 204 with a fake body, or as `override` says.');
  expect(text).toContain(
    'mockHandler("get", new RegExp("\\\\/users\\\\/[^/?#]+/?(?:[?#].*)?$", "u"), "getUser", getUser$answer',
  );
});

it('brings the validators (fakes are checked before they are sent) and an optional peer on msw', async () => {
  const files = await emittedFiles(PAGED_SPEC, ['msw']);
  expect([...files.keys()]).toEqual(expect.arrayContaining(['validators.gen.ts', 'msw.gen.ts', 'msw-runtime.gen.ts']));
  const pkg = JSON.parse(files.get('package.json')!);
  expect(pkg.peerDependencies).toEqual({ msw: expect.any(String) });
  expect(pkg.peerDependenciesMeta).toEqual({ msw: { optional: true } });
});

it('gives operations on a shared route a claim, lists them narrowest first, then the widest once more', async () => {
  const text = (await emittedFiles(SHARED_ROUTE_SPEC, ['msw'])).get('msw.gen.ts')!;
  // Unformatted (emittedFiles gives the emitters' text before prettier).
  expect(text).toContain(
    'const addFileLink$claim: RouteClaim = {\npath: ["file_id"],\nquery: ["fields"],\nbody: true,\n' +
      'checks: addFileLink$validators,\n};',
  );
  expect(text).toContain(
    'const searchUsers$claim: RouteClaim = {\npath: [],\npairs: [["type", "user"]],\nchecks: searchUsers$validators,\n};',
  );
  // The path a request is sent to: no fragment, no query; the parameter captured for the claim.
  expect(text).toContain('new RegExp("\\\\/files\\\\/([^/?#]+)/?(?:[?#].*)?$", "u"), "addFileLink"');
  expect(text).not.toContain('recentSearches$claim');
  const list = text.slice(text.indexOf('export const handlers'));
  const at = (s: string) => list.indexOf(s);
  expect(at('putOpenaiHandler()')).toBeLessThan(at('putCohereHandler()'));
  expect(at('putCohereHandler()')).toBeLessThan(at('putEndpointHandler()'));
  expect(list).toMatch(
    /putEndpointHandler\(\),\nmockHandler\("put", [^\n]*, "putEndpoint", putEndpoint\$answer, \$schemas\),/,
  );
  expect(list).toMatch(/addFileLinkHandler\(\),\nupdateFileHandler\(\),\nmockHandler\("put", [^\n]*"updateFile"/);
});

it("shows in the package's README a typed reply with a fake, the schema's key quoted where it must be", async () => {
  const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing-List' } } } }
components:
  schemas:
    Thing-List: { type: array, items: { type: string } }
`;
  const readme = (await emittedFiles(spec, ['msw'])).get('README.md')!;
  expect(readme).toContain("import { handlers, fakes, listThingsHandler } from 'pkg/msw';");
  expect(readme).toContain('server.use(listThingsHandler({ status: 200, body: fakes["Thing-List"]() }));');
});

it('leaves a schema key that could end a Markdown code block out of the README example', async () => {
  const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/a\`\`\`b' } } } }
components:
  schemas:
    a\`\`\`b: { type: string }
`;
  const readme = (await emittedFiles(spec, ['msw'])).get('README.md')!;
  expect(readme).not.toContain('server.use(');
  expect(readme).toContain('Exported here, for example: `listThingsHandler`.');
});

it('lists a route whose segment has text of its own before one a bare parameter takes whole', async () => {
  const ok = "{ '200': { description: ok, content: { application/json: { schema: { type: string } } } } }";
  const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /compare/{basehead}:
    get: { operationId: compareBasehead, parameters: [{ name: basehead, in: path, required: true, schema: { type: string } }], responses: ${ok} }
  /compare/{base}...{head}:
    get:
      operationId: compareTwo
      parameters:
        - { name: base, in: path, required: true, schema: { type: string } }
        - { name: head, in: path, required: true, schema: { type: string } }
      responses: ${ok}
  /users/{id}:
    get: { operationId: getUser, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: ${ok} }
  /users/me:
    get: { operationId: getMe, responses: ${ok} }
`;
  const text = (await emittedFiles(spec, ['msw'])).get('msw.gen.ts')!;
  const list = text.slice(text.indexOf('export const handlers'));
  const at = (fn: string) => list.indexOf(`${fn}Handler()`);
  // msw answers with the first handler whose route matches: `/compare/a...b` is compareTwo's.
  expect(at('compareTwo')).toBeGreaterThan(0);
  expect(at('compareTwo')).toBeLessThan(at('compareBasehead'));
  expect(at('getMe')).toBeLessThan(at('getUser'));
});
