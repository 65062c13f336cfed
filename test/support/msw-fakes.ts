/**
 * The MSW target's property, for one generated package: every operation's handler, asked with
 * fast-check-varied path parameters and pages (msw's `getResponse`, no server), answers with its
 * declared status and a JSON body that the package's own response validator accepts (checked here
 * again, independently of the handler's own check). test/corpus/examples.test.ts runs it on every
 * corpus package, which it builds with the msw target anyway. An operation that shares its route
 * with others is asked as its client would ask: fitting path values, required parameters and body.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { Diagnostics } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { planNames } from '../../generator/plan/plan.js';
import { eventData, jsonRequestSchema, responseMedia } from '../../generator/ir/media-types.js';
import type { OperationNode } from '../../generator/ir/ir.js';
import { FakeSchemaTable } from '../../templates/msw/fake-schemas.js';
import { fakeValue, validFake } from '../../templates/runtime/msw/faker.js';
import type { FakeSchema, FakeSchemas } from '../../templates/runtime/msw/answers.js';

const nativeRequire = createRequire(import.meta.url);
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
type Check = (v: unknown, mode: 'strict' | 'lenient') => unknown[];
type Checks = Record<
  string,
  { responses?: Record<string, Check>; events?: Record<string, Check>; request?: Check } | undefined
>;

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
  const { handlers } = nativeRequire(path.join(dir, 'dist/msw.gen.js')) as {
    handlers: unknown[];
  };
  const { operationValidators } = nativeRequire(path.join(dir, 'dist/validators.gen.js')) as {
    operationValidators: Checks;
  };
  const runtime = nativeRequire(path.join(dir, 'dist/client-runtime.gen.js')) as StreamReaders;
  const model = parseDocument(await loadSpec(specFile, {}), new Diagnostics(false));
  const analysed = analyse(model);
  const plan = planNames(analysed);
  const table = new FakeSchemaTable(plan.schemasById, analysed.inheritedTags);
  const report: FakesReport = { failures: [], answered: 0, checked: 0 };
  for (const op of model.operations.filter((o) => METHODS.has(o.method))) {
    const method = plan.operation(op).method;
    const fitting = analysed.sharedRoutes.has(op)
      ? fittingRequest(op, table, operationValidators[method]?.request)
      : undefined;
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.nat(1000), async (value, page) => {
        const request = fitting
          ? fitting(page)
          : new Request(`http://mock.test${op.path.replace(/\{[^}]*\}/g, `zz${value}`)}?page=${page}`, {
              method: op.method.toUpperCase(),
            });
        const response = await getResponse(handlers, request);
        if (!response) return void report.failures.push(`${op.method} ${op.path}: no handler answered`);
        report.answered++;
        // 501 is how a handler says it has no fake; an operation may also declare a 501 of its own.
        const declines = response.status === 501 && !op.responses.some((r) => r.status === '501');
        if (declines) return void report.failures.push(`${op.method} ${op.path}: ${await response.text()}`);
        const type = response.headers.get('content-type') ?? '';
        if (/event-stream|jsonl|ndjson|json-seq/.test(type)) {
          const events = await readStreamed(runtime, op, response, operationValidators[method]?.events);
          report.checked += events.read;
          if (!events.read) report.failures.push(`${op.method} ${op.path}: a stream of no events`);
          for (const issues of events.refused)
            report.failures.push(`${op.method} ${op.path}: event ${JSON.stringify(issues).slice(0, 300)}`);
          return;
        }
        const check = operationValidators[method]?.responses?.[String(response.status)];
        if (!check || !/json/.test(type) || op.method === 'head') return;
        const issues = check(await response.json(), 'strict');
        report.checked++;
        if (issues.length) report.failures.push(`${op.method} ${op.path}: ${JSON.stringify(issues).slice(0, 300)}`);
      }),
      { numRuns: 3, seed: 42 },
    );
  }
  return report;
}

/** The client runtime's readers of streamed bodies: the handlers' events are read as a client reads them. */
interface StreamReaders {
  readEvents(response: Response, reading: object, state: object): AsyncIterable<unknown>;
  readLines(response: Response, reading: object): AsyncIterable<unknown>;
}

/** Reads a streamed answer with the package's own readers, each event checked by the operation's event validator. */
async function readStreamed(
  runtime: StreamReaders,
  op: OperationNode,
  response: Response,
  checks: Record<string, Check> | undefined,
): Promise<{ read: number; refused: unknown[][] }> {
  const declared = op.responses.find((r) => r.status === String(response.status));
  const media = declared && responseMedia(declared).events;
  const kind = eventData(media);
  const check = checks?.[String(response.status)];
  const refused: unknown[][] = [];
  const reading = {
    kind: kind === 'lines' ? 'json' : kind,
    jsonEvents: new Set(media?.jsonEvents ?? []),
    maxBytes: 1 << 24,
    check: (data: unknown) => {
      const issues = check?.(data, 'strict') ?? [];
      if (issues.length) refused.push(issues);
      return data;
    },
    fail: (why: string) => new Error(why),
    broken: (cause: unknown) => cause,
  };
  let read = 0;
  const values = kind === 'lines' ? runtime.readLines(response, reading) : runtime.readEvents(response, reading, {});
  for await (const _ of values) read++;
  return { read, refused };
}

/**
 * A request of `op` as its client sends it, for a route several operations share: fitting path
 * values, the required query parameters and headers, and a body its request validator accepts.
 */
function fittingRequest(
  op: OperationNode,
  table: FakeSchemaTable,
  check: Check | undefined,
): (seed: number) => Request {
  const fakes = new Map(op.parameters.map((p) => [p, table.of(p.schema) as FakeSchema]));
  const body = jsonRequestSchema(op);
  const bodyFake = body && (table.of(body) as FakeSchema);
  table.drain();
  const schemas = Object.fromEntries(table.table) as FakeSchemas;
  const text = (p: OperationNode['parameters'][number], seed: number) => {
    const value = fakeValue(fakes.get(p)!, schemas, seed);
    return Array.isArray(value) ? value.join(',') : String(value);
  };
  return (seed) => {
    let path = op.path.replace(/[?#].*$/s, '');
    const url = new URL(`http://mock.test${op.path.replace(/#.*$/s, '')}`);
    const headers = new Headers();
    for (const p of op.parameters) {
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(text(p, seed)));
      else if (p.required && p.in === 'query') url.searchParams.set(p.name, text(p, seed));
      else if (p.required && p.in === 'header') headers.set(p.name, text(p, seed));
    }
    url.pathname = path;
    const init: RequestInit = { method: op.method.toUpperCase(), headers };
    const fake = bodyFake && validFake({ status: 0, schema: bodyFake, check }, schemas, seed);
    if (fake) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(fake.value);
    }
    return new Request(url, init);
  };
}
