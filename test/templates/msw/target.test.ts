/** templates/msw/target.ts: a handler per operation, routes and answers as data (run in test/runtime/msw). */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

it('declares a handler factory per operation and `handlers`, longer paths first', async () => {
  const text = (await emittedFiles(PAGED_SPEC, ['msw'])).get('msw.gen.ts')!;
  for (const fn of ['listUsersHandler', 'getUserHandler', 'deleteUserHandler', 'getAvatarHandler'])
    expect(text).toContain(`export function ${fn}(resolver?: HttpResponseResolver): HttpHandler {`);
  const list = text.slice(text.indexOf('export const handlers'));
  const order = ['getAvatarHandler()', 'getUserHandler()', 'listUsersHandler()'].map((f) => list.indexOf(f));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

it('answers the first declared success, and says so in the doc', async () => {
  const text = (await emittedFiles(PAGED_SPEC, ['msw'])).get('msw.gen.ts')!;
  expect(text).toContain('`GET /users/{id}`: answers 200 with a fake body, or as `resolver` says.');
  expect(text).toContain('`DELETE /users/{id}`: answers 204 with a fake body, or as `resolver` says.');
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
