/**
 * The MSW target's fakes across the corpus: for every operation of every valid spec, requests
 * with varied path parameters and queries (fast-check) get a handler's answer with the declared
 * status, and a JSON body that the package's own validator of that response accepts (checked here
 * again, independently of the handler's own check). A process of its own: it loads a package per
 * spec, as examples.test.ts does, through Node's loader.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { Diagnostics } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseDocument } from '../../generator/model/parse-document.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { planNames } from '../../generator/plan/plan.js';
import { corpusSpecs, REPO_ROOT, SHARED_DIR } from '../support/corpus.js';

const nativeRequire = createRequire(import.meta.url);
const { getResponse } = nativeRequire('msw') as { getResponse(handlers: unknown[], request: Request): Promise<Response | undefined> };
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

type Checks = Record<string, { responses?: Record<string, (v: unknown, mode: 'strict') => unknown[]> } | undefined>;

let checkedBodies = 0;
let answered = 0;
// Inside the repository (git-ignored), so that the packages' `msw` import resolves.
const work = mkdtempSync(path.join(REPO_ROOT, '.specforge-tmp-msw-'));

describe.skipIf(!SHARED_DIR)('msw fakes across the corpus', () => {
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    // Not vacuous: the corpus has hundreds of operations with JSON bodies.
    expect(answered).toBeGreaterThan(300);
    expect(checkedBodies).toBeGreaterThan(200);
  });

  it.each(corpusSpecs().map((s) => [`${s.version}/${s.name}`, s] as const))('%s: every handler answers with a body its validator accepts', async (key, spec) => {
    const out = path.join(work, key.replace(/[^a-z0-9.-]+/gi, '_'));
    await generate({ spec: spec.file, out, targets: ['msw'] });
    const { handlers } = nativeRequire(path.join(out, 'dist/msw.gen.js')) as { handlers: unknown[] };
    const { operationValidators } = nativeRequire(path.join(out, 'dist/validators.gen.js')) as { operationValidators: Checks };
    const model = parseDocument(await loadSpec(spec.file, {}), new Diagnostics(false));
    const plan = planNames(analyse(model));
    const failures: string[] = [];
    for (const op of model.operations.filter((o) => METHODS.has(o.method))) {
      const method = plan.operation(op).method;
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.nat(1000), async (value, page) => {
          const url = `http://mock.test${op.path.replace(/\{[^}]*\}/g, `zz${value}`)}?page=${page}`;
          const response = await getResponse(handlers, new Request(url, { method: op.method.toUpperCase() }));
          if (!response) return void failures.push(`${op.method} ${op.path}: no handler answered`);
          answered++;
          if (response.status === 501) return void failures.push(`${op.method} ${op.path}: ${await response.text()}`);
          const check = operationValidators[method]?.responses?.[String(response.status)];
          if (!check || !/json/.test(response.headers.get('content-type') ?? '') || op.method === 'head') return;
          const issues = check(await response.json(), 'strict');
          checkedBodies++;
          if (issues.length) failures.push(`${op.method} ${op.path}: ${JSON.stringify(issues).slice(0, 300)}`);
        }),
        { numRuns: 3, seed: 42 },
      );
    }
    expect([...new Set(failures)]).toEqual([]);
  }, 60_000);
});

