/**
 * A generated package as a user gets it: packed, installed into a fresh folder outside this
 * repository, imported by plain Node (`import` and `require` of ESM), type-checked by a consumer
 * under `nodenext` and `bundler` resolution, judged by @arethetypeswrong/cli, and publishable
 * (`npm publish --dry-run`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';
import { readmeExample, tsBlocks } from '../support/readme-example.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

// Clockify's package: Journyx's is built by the same templates and build step (CI time is bounded).
describe.each(['clockify'])('generated/%s, installed outside the repository', (name) => {
  const source = path.join(REPO_ROOT, 'generated', name);
  let consumer = '';
  // Packed from a copy: `attw --pack` writes its tarball into the folder it packs, and generated/
  // is what packages.test.ts lists at the same time (a stray .tgz there read as a stale file).
  let copy = '';
  beforeAll(() => {
    consumer = mkdtempSync(path.join(tmpdir(), `specforge-consumer-${name}-`));
    copy = mkdtempSync(path.join(tmpdir(), `specforge-pack-${name}-`));
    cpSync(source, copy, { recursive: true });
    const packed = run(NPM, ['pack', copy, '--pack-destination', consumer, '--silent'], consumer);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const installed = run(NPM, ['install', `./${tarball}`, '--offline', '--no-audit', '--no-fund'], consumer);
    expect(installed.status, installed.stderr).toBe(0);
  }, 60_000);

  it('ships dist/ and the README only', () => {
    const files = readdirSync(path.join(consumer, 'node_modules/@specforge-generated', name), {
      recursive: true,
    }) as string[];
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'package.json',
        path.join('dist', 'index.js'),
        path.join('dist', 'index.d.ts'),
      ]),
    );
  });

  it('imports in plain Node, by import and by require', () => {
    const probe = `const m = MODULE; const c = m.createClient({ baseUrl: 'http://127.0.0.1:9' });
console.log(JSON.stringify({ client: typeof c, schemas: Object.keys(m.schemas).length > 3, error: typeof m.SpecforgeRequestError }));`;
    const expected = JSON.stringify({ client: 'object', schemas: true, error: 'function' });
    const esm = run(
      process.execPath,
      ['--input-type=module', '-e', probe.replace('MODULE', `await import('@specforge-generated/${name}')`)],
      consumer,
    );
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe(expected);
    const cjs = run(
      process.execPath,
      [
        '--input-type=commonjs',
        '--no-warnings',
        '-e',
        probe.replace('MODULE', `require('@specforge-generated/${name}')`),
      ],
      consumer,
    );
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe(expected);
  });

  it('runs a standalone operation in plain Node, against a server', () => {
    const script = `import http from 'node:http';
import { createBaseClient, listCustomFields } from '@specforge-generated/${name}';
const server = http.createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify([{ url: req.url, key: req.headers['x-api-key'] }])); });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = createBaseClient({ baseUrl: 'http://127.0.0.1:' + server.address().port, auth: { ApiKeyAuth: 'k-1' } });
const { status, data } = await listCustomFields(base, { path: { workspaceId: 'w1' } });
server.close();
console.log(JSON.stringify({ status, data }));`;
    const result = run(process.execPath, ['--input-type=module', '-e', script], consumer);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      status: 200,
      data: [{ url: '/v1/workspaces/w1/custom-fields', key: 'k-1' }],
    });
  });

  it('type-checks every example of its README, as a strict nodenext consumer', () => {
    // The MSW section's example imports msw, a peer its reader installs.
    linkPeers(consumer);
    const readme = readFileSync(path.join(consumer, 'node_modules/@specforge-generated', name, 'README.md'), 'utf8');
    const blocks = tsBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const files = blocks.map((block, i) => {
      const file = `readme-${i}.ts`;
      writeFileSync(path.join(consumer, file), readmeExample(block, { pkg: `@specforge-generated/${name}` }));
      return file;
    });
    // skipLibCheck: the examples import msw, and checking its declarations (and @types/node's) was
    // three quarters of this tsc. The package's own declarations are checked without it below.
    const tsc = consumerTsc(consumer, files, { module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);

  it.each([
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ])(
    'type-checks in a strict consumer under %s resolution',
    (_label, resolution) => {
      const usage = [
        `import { createBaseClient, createClient, listCustomFields, schemas, SpecforgeRequestError, type ` +
          `ClientOptions } from '@specforge-generated/${name}';`,
        `const options: ClientOptions<never> = { baseUrl: 'http://127.0.0.1:9', timeoutMs: 1000 };`,
        'const client = createClient(options as never);',
        'const valid: boolean = Object.values(schemas)[0]!.is({});',
        "export const fields = listCustomFields(createBaseClient(), { path: { workspaceId: 'w' } }).then((r) => " +
          'r.data?.map((f) => f.name));',
        'export const used = [client, valid, SpecforgeRequestError];',
      ];
      writeFileSync(path.join(consumer, 'usage.ts'), usage.join('\n'));
      const tsc = consumerTsc(consumer, ['usage.ts'], { ...resolution });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    },
    60_000,
  );

  describe('its tanstack-query and msw entries, with the real @tanstack/query-core and msw', () => {
    beforeAll(() => linkPeers(consumer));

    it('declares both as optional peers, and each entry in exports', () => {
      const pkg = JSON.parse(
        readFileSync(path.join(consumer, 'node_modules/@specforge-generated', name, 'package.json'), 'utf8'),
      );
      expect(pkg.peerDependencies).toEqual({ '@tanstack/query-core': '^5.0.0', msw: '>=2.0.0' });
      expect(pkg.peerDependenciesMeta).toEqual({ '@tanstack/query-core': { optional: true }, msw: { optional: true } });
      expect(Object.keys(pkg.exports)).toEqual(['.', './tanstack-query', './msw', './package.json']);
    });

    it('runs query, infinite query and mutation options against the MSW handlers, in plain Node', () => {
      writeFileSync(
        path.join(consumer, 'scenario.mjs'),
        TARGETS_SCENARIO.replaceAll('PKG', `@specforge-generated/${name}`),
      );
      const result = run(process.execPath, ['scenario.mjs'], consumer);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout);
      expect(report).toEqual({
        usersAreValid: true,
        deterministic: true,
        queryKey: ['listUsersOfWorkspace', { path: { workspaceId: WORKSPACE } }, 'https://api.clockify.me/api'],
        scopes: ['https://api.clockify.me/api', 'https://euc1.clockify.me/api'],
        pageParams: [
          { page: 1, 'page-size': 2 },
          { page: 2, 'page-size': 2 },
          { page: 3, 'page-size': 2 },
        ],
        lastPageShort: true,
        mutationValid: true,
        httpError: { name: 'SpecforgeHttpError', status: 404, error: { code: 404, message: 'no such workspace' } },
        aborted: true,
        fixture: ['ann@example.com', 'UTC', true],
        handlers: 154,
      });
    }, 60_000);

    it('type-checks a strict nodenext consumer: data and error types flow into query-core', () => {
      const usage = [
        `import { QueryClient, QueryObserver, InfiniteQueryObserver, MutationObserver } from '@tanstack/query-core';`,
        `import { createClient, SpecforgeHttpError, type UserDtoV1, type ListUsersOfWorkspaceError } from '@specforge-generated/${name}';`,
        `import { listUsersOfWorkspaceQueryOptions, listUsersOfWorkspaceInfiniteQueryOptions, ` +
          `addUserToWorkspaceMutationOptions } from '@specforge-generated/${name}/tanstack-query';`,
        `import { handlers, fakes, listUsersOfWorkspaceHandler } from '@specforge-generated/${name}/msw';`,
        `import { HttpResponse, type HttpHandler } from 'msw';`,
        'const client = createClient();',
        'const qc = new QueryClient();',
        `const request = { path: { workspaceId: 'w' } };`,
        'const observer = new QueryObserver(qc, listUsersOfWorkspaceQueryOptions(client, request));',
        'const result = observer.getCurrentResult();',
        'export const users: UserDtoV1[] | undefined = result.data;',
        'const error = result.error;',
        'export const body: ListUsersOfWorkspaceError | undefined = error instanceof SpecforgeHttpError ? ' +
          'error.error : undefined;',
        'export const cached: UserDtoV1[] | undefined = qc.getQueryData(listUsersOfWorkspaceQueryOptions(client, request).queryKey);',
        'const pages = new InfiniteQueryObserver(qc, listUsersOfWorkspaceInfiniteQueryOptions(client, request)).getCurrentResult();',
        'export const firstPage: UserDtoV1[] | undefined = pages.data?.pages[0];',
        'const mutation = new MutationObserver(qc, addUserToWorkspaceMutationOptions(client));',
        `export const added = mutation.mutate({ path: { workspaceId: 'w' }, body: { email: 'a@example.com' } });`,
        '// @ts-expect-error: the request is typed',
        `mutation.mutate({ path: { workspaceId: 'w' }, body: { email: 1 } });`,
        'export const all: HttpHandler[] = [...handlers, listUsersOfWorkspaceHandler(() => HttpResponse.json([]))];',
        // A typed reply, with a fake of the declared body.
        'export const one = listUsersOfWorkspaceHandler({ status: 200, body: [fakes.UserDtoV1()] });',
        "export const fixture: UserDtoV1 = fakes.UserDtoV1({ overrides: { email: 'a@example.com' } });",
        "// @ts-expect-error: an override has the property's type",
        'fakes.UserDtoV1({ overrides: { email: 1 } });',
        '// @ts-expect-error: a 200 of listUsersOfWorkspace is a list of users',
        'listUsersOfWorkspaceHandler({ status: 200, body: fakes.UserDtoV1() });',
      ];
      writeFileSync(path.join(consumer, 'targets-usage.ts'), usage.join('\n'));
      const tsc = consumerTsc(consumer, ['targets-usage.ts'], {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
      });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    }, 60_000);
  });

  it('passes @arethetypeswrong/cli for ESM, and npm publish --dry-run', () => {
    const attw = run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        '--pack',
        copy,
        '--profile',
        'esm-only',
        '--format',
        'json',
      ],
      consumer,
    );
    expect(attw.status, attw.stdout.slice(0, 2000)).toBe(0);
    // The one problem the ESM profile ignores: CommonJS resolving to ESM, which Node 20.19+
    // loads with require (tested above).
    const problems = (JSON.parse(attw.stdout).analysis.problems ?? []) as { kind: string }[];
    expect(problems.filter((p) => p.kind !== 'CJSResolvesToESM')).toEqual([]);
    const publish = run(NPM, ['publish', '--dry-run', '--offline'], copy);
    expect(publish.status, publish.stderr).toBe(0);
    expect(publish.stderr).toContain(`@specforge-generated/${name}@`);
  }, 60_000);
});

const WORKSPACE = '64a687e29ae1f428e7ebe303';

/**
 * The scenario a user of the two entries runs: MSW's handlers serve the client, TanStack Query's
 * core drives the option factories. Prints one JSON report.
 */
const TARGETS_SCENARIO = `
import { setupServer } from 'msw/node';
import { HttpResponse } from 'msw';
import { QueryClient, MutationObserver } from '@tanstack/query-core';
import { createClient, schemas, operationValidators } from 'PKG';
import { listUsersOfWorkspaceQueryOptions, listUsersOfWorkspaceInfiniteQueryOptions, addUserToWorkspaceMutationOptions, getWorkspaceQueryOptions } from 'PKG/tanstack-query';
import { handlers, getWorkspaceHandler, fakes } from 'PKG/msw';

const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
const client = createClient({ auth: { ApiKeyAuth: 'k' }, validate: { response: true } });
const request = { path: { workspaceId: '${WORKSPACE}' } };
const report = { handlers: handlers.length };

const options = listUsersOfWorkspaceQueryOptions(client, request);
report.queryKey = options.queryKey;
const users = await new QueryClient().fetchQuery(options);
report.usersAreValid = Array.isArray(users) && users.length > 0 && users.every((u) => schemas.UserDtoV1.is(u));
const again = await new QueryClient().fetchQuery(listUsersOfWorkspaceQueryOptions(client, request));
report.deterministic = JSON.stringify(again) === JSON.stringify(users);

// Two clients (the global host and a regional one) in one cache: two entries, one prefix for both.
const regional = createClient({ auth: { ApiKeyAuth: 'k' }, serverVariables: { host: 'euc1.clockify.me' } });
const shared = new QueryClient();
await shared.fetchQuery(getWorkspaceQueryOptions(client, request));
await shared.fetchQuery(getWorkspaceQueryOptions(regional, request));
report.scopes = shared.getQueryCache().findAll({ queryKey: ['getWorkspace', request] }).map((q) => q.queryKey[2]).sort();

const paged = listUsersOfWorkspaceInfiniteQueryOptions(client, { ...request, query: { 'page-size': 2 } });
const qc = new QueryClient();
const infinite = await qc.fetchInfiniteQuery({ ...paged, pages: 3 });
report.pageParams = infinite.pageParams.map((p) => Object.fromEntries(Object.entries(p).sort()));
// Fakes hold one to three items: a page of 50 is the last.
const big = listUsersOfWorkspaceInfiniteQueryOptions(client, { ...request, query: { 'page-size': 50 } });
const first = await qc.fetchInfiniteQuery(big);
report.lastPageShort = big.getNextPageParam(first.pages[0], first.pages, first.pageParams[0], first.pageParams) === undefined;

const mutation = new MutationObserver(qc, addUserToWorkspaceMutationOptions(client));
const added = await mutation.mutate({ ...request, body: { email: 'new@example.com' } });
report.mutationValid = operationValidators.addUserToWorkspace.responses['200'](added, 'strict').length === 0;

// A test's fixture: a fake with what the test is about in place, checked whole.
const fixture = fakes.UserDtoV1({ seed: 3, overrides: { email: 'ann@example.com', settings: { timeZone: 'UTC' } } });
report.fixture = [fixture.email, fixture.settings?.timeZone, schemas.UserDtoV1.is(fixture)];

server.use(getWorkspaceHandler(() => HttpResponse.json({ code: 404, message: 'no such workspace' }, { status: 404 })));
try {
  await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(getWorkspaceQueryOptions(client, request));
} catch (error) {
  report.httpError = { name: error.name, status: error.status, error: error.error };
}

let seenSignal;
server.use(getWorkspaceHandler(({ request }) => { seenSignal = request.signal; return new Promise(() => {}); }));
const slow = new QueryClient();
const pending = slow.fetchQuery(getWorkspaceQueryOptions(client, request)).catch(() => undefined);
await new Promise((done) => setTimeout(done, 50));
await slow.cancelQueries();
await pending;
report.aborted = seenSignal?.aborted === true;
server.close();
console.log(JSON.stringify(report));
`;

/** The optional peers, as a user installs them (linked from this repository's node_modules), once. */
function linkPeers(consumer: string): void {
  for (const peer of ['@tanstack/query-core', 'msw']) {
    const at = path.join(consumer, 'node_modules', peer);
    if (existsSync(at)) continue;
    mkdirSync(path.dirname(at), { recursive: true });
    symlinkSync(path.join(REPO_ROOT, 'node_modules', peer), at, 'dir');
  }
}

/** `tsc` in the consumer folder over `files`, strict and with no emit, plus `options` (module resolution). */
function consumerTsc(
  consumer: string,
  files: readonly string[],
  options: Record<string, unknown>,
): SpawnSyncReturns<string> {
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    ...options,
  };
  writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
  return run(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], consumer);
}
