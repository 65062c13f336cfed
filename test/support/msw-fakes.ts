/**
 * The MSW target's property, for one generated package: every operation's handler, asked with
 * fast-check-varied path parameters and pages (msw's `getResponse`, no server), answers with its
 * declared status and a JSON body that the package's own response validator accepts (checked here
 * again, independently of the handler's own check). test/corpus/examples.test.ts runs it on every
 * corpus package, which it builds with the msw target anyway.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { Diagnostics } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { planNames } from '../../generator/plan/plan.js';

const nativeRequire = createRequire(import.meta.url);
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
type Checks = Record<string, { responses?: Record<string, (v: unknown, mode: 'strict') => unknown[]> } | undefined>;

export interface FakesReport {
  readonly failures: string[];
  /** Requests a handler answered. */
  answered: number;
  /** JSON bodies checked by a validator. */
  checked: number;
}

/** Asks every handler of the package in `dir` (built from `specFile`) for fakes, and checks them. */
export async function checkFakes(dir: string, specFile: string): Promise<FakesReport> {
  // From the package's own folder: the `msw` its handlers were made with.
  const { getResponse } = createRequire(path.join(dir, 'package.json'))('msw') as {
    getResponse(handlers: unknown[], request: Request): Promise<Response | undefined>;
  };
  const { handlers } = nativeRequire(path.join(dir, 'dist/msw.gen.js')) as { handlers: unknown[] };
  const { operationValidators } = nativeRequire(path.join(dir, 'dist/validators.gen.js')) as {
    operationValidators: Checks;
  };
  const model = parseDocument(await loadSpec(specFile, {}), new Diagnostics(false));
  const plan = planNames(analyse(model));
  const report: FakesReport = { failures: [], answered: 0, checked: 0 };
  for (const op of model.operations.filter((o) => METHODS.has(o.method))) {
    const method = plan.operation(op).method;
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.nat(1000), async (value, page) => {
        const url = `http://mock.test${op.path.replace(/\{[^}]*\}/g, `zz${value}`)}?page=${page}`;
        const response = await getResponse(handlers, new Request(url, { method: op.method.toUpperCase() }));
        if (!response) return void report.failures.push(`${op.method} ${op.path}: no handler answered`);
        report.answered++;
        if (response.status === 501)
          return void report.failures.push(`${op.method} ${op.path}: ${await response.text()}`);
        const check = operationValidators[method]?.responses?.[String(response.status)];
        if (!check || !/json/.test(response.headers.get('content-type') ?? '') || op.method === 'head') return;
        const issues = check(await response.json(), 'strict');
        report.checked++;
        if (issues.length) report.failures.push(`${op.method} ${op.path}: ${JSON.stringify(issues).slice(0, 300)}`);
      }),
      { numRuns: 3, seed: 42 },
    );
  }
  return report;
}
