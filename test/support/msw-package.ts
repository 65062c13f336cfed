/**
 * A package generated with the msw target from an inline spec, run: its handlers, its `msw`, and its
 * own client whose fetch the handlers answer (responses validated, so an answer made for another
 * operation, or a fake that the validators refuse, is an error the test sees).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generate } from '../../generator/generate.js';
import { REPO_ROOT } from './corpus.js';

/** Node's own loader: the built package and the `msw` it resolves, outside the test runner's transform. */
const nativeRequire = createRequire(import.meta.url);

export type Handler = unknown;
export type Call = (
  request?: object,
) => Promise<{ data?: unknown; error?: unknown; status: number; response: Response }>;

export interface MswPackage {
  readonly dir: string;
  readonly specFile: string;
  readonly handlers: Handler[];
  /** The package's msw module: a handler factory per operation. */
  readonly mock: Record<string, (resolver?: unknown) => Handler>;
  readonly msw: {
    getResponse(handlers: Handler[], request: Request): Promise<Response | undefined>;
    HttpResponse: { json(body: unknown, init?: ResponseInit): Response };
  };
  /** The package's client; its fetch goes to `current` handlers (the package's, unless a test sets others). */
  readonly client: Record<string, Call>;
  current: Handler[];
  /** A module of the built package (`dist/…`), through Node's own loader. */
  load<T>(module: string): T;
  remove(): void;
}

/** `also`: targets besides types, client, validators and msw (`tanstack-query`). */
export async function mswPackage(name: string, specYaml: string, also: readonly string[] = []): Promise<MswPackage> {
  // Inside the repository (git-ignored), so that the package's `msw` import resolves.
  const work = mkdtempSync(path.join(REPO_ROOT, `.specforge-tmp-${name}-`));
  const dir = path.join(work, 'pkg');
  const specFile = path.join(work, 'openapi.yaml');
  writeFileSync(specFile, specYaml);
  await generate({ spec: specFile, out: dir, targets: ['types', 'client', 'validators', 'msw', ...also] });
  const msw = createRequire(path.join(dir, 'package.json'))('msw') as MswPackage['msw'];
  const mock = nativeRequire(path.join(dir, 'dist/msw.gen.js')) as MswPackage['mock'] & { handlers: Handler[] };
  const { createClient } = nativeRequire(path.join(dir, 'dist/index.js')) as {
    createClient(options: object): Record<string, Call>;
  };
  const pkg: MswPackage = {
    dir,
    specFile,
    handlers: mock.handlers,
    mock,
    msw,
    current: mock.handlers,
    client: createClient({
      baseUrl: 'http://mock.test',
      validate: { response: 'strict' },
      fetch: async (request: Request) =>
        (await msw.getResponse(pkg.current, request)) ?? new Response(null, { status: 599 }),
    }),
    load: <T>(module: string) => nativeRequire(path.join(dir, module)) as T,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
  return pkg;
}
