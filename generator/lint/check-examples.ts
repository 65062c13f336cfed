/**
 * `specforge lint --examples`: each example a spec gives for a component schema, for a request,
 * response or webhook body whose schema is a component, for an operation's body whose schema is
 * written inline (its request body, a success response), or for an operation's parameter, is
 * checked by the generated validator.
 * A spec whose own examples its schemas reject misleads its readers and every mock server built on
 * it; validating the component examples of two samples of APIs.guru specs (469 specs) found 170
 * such examples (dates given as date-times, epoch numbers for date-times, required properties left
 * out).
 *
 * The validators are the ones `generate` writes, compiled with esbuild into a temporary folder and
 * imported from there: lint checks with exactly what a client of the spec would check with.
 */
import { quote } from '../diagnostics.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostics } from '../diagnostics.js';
import type { SpecSet } from '../load/load-spec.js';
import { wireMethod, type ApiModel } from '../ir/ir.js';
import { componentName } from '../load/refs.js';
import { pathItemOperations } from '../load/path-item-operations.js';
import { requestMediaChoices, responseMedia } from '../ir/media-types.js';
import { obj } from '../parse/parse-context.js';
import type { Plan } from '../plan/plan.js';
import { printFiles } from '../print/print-file.js';
import { packageFiles } from '../../templates/package/package-files.js';
import { resolveTargets } from '../../templates/targets.js';
import { analyse } from '../analyse/analyse.js';

interface Checker {
  issues(value: unknown, options: { all: boolean }): ReadonlyArray<{ message: string; path: readonly PropertyKey[] }>;
}
type Validators = Record<string, Checker & { write?: Checker }>;
type BodyCheck = (value: unknown, mode: 'strict') => ReadonlyArray<{ message: string; path: readonly PropertyKey[] }>;
type OperationChecks = Record<
  string,
  {
    params?: Partial<Record<string, Record<string, BodyCheck>>>;
    request?: BodyCheck;
    requests?: Record<string, BodyCheck>;
    responses?: Record<string, BodyCheck>;
  }
>;

/**
 * One example and what it illustrates: a component schema (read as a response or a request has
 * it), or an operation's body whose schema is written inline (checked by the operation's own
 * body validator, the one the client runs).
 */
interface ExampleSite {
  readonly pointer: readonly string[];
  readonly value: unknown;
  readonly schema?: string;
  readonly view: 'read' | 'write' | 'either';
  readonly body?: {
    readonly method: string;
    readonly route: string;
    readonly mediaType: string;
    readonly status?: string;
  };
  /** A parameter of an operation (`in`, `name`): checked by the operation's parameter validator. */
  readonly param?: { readonly method: string; readonly route: string; readonly in: string; readonly name: string };
}

/** A component of the root document named by a `$ref` (the validators know the root's components only). */
const localComponent = (ref: unknown, kind: string): string | undefined =>
  typeof ref === 'string' && ref.startsWith('#') ? componentName(ref, kind) : undefined;

/** Warns of every example of the root document that its schema's validator rejects. */
export async function checkExamples(
  spec: SpecSet,
  model: ApiModel,
  plan: Plan,
  diagnostics: Diagnostics,
): Promise<void> {
  const sites = exampleSites(spec.root.data);
  if (sites.length === 0) return;
  const { schemas, operationValidators } = await compileValidators(model, plan);
  const lookup = operationLookup(model, plan, operationValidators);
  const bodyCheck = bodyChecks(lookup);
  const paramCheck = paramChecks(lookup);
  const found: Array<{ message: string; location: ReturnType<SpecSet['locate']> }> = [];
  const reported = new Set<string>();
  for (const site of sites) {
    let issues: ReturnType<Checker['issues']>;
    let what: string;
    const v = site.schema === undefined ? undefined : schemas[site.schema];
    if (site.param) {
      // A shared parameter's example is reported once, at the first operation that uses it.
      const check = paramCheck(site.param);
      const at = site.pointer.join('\0');
      if (!check || reported.has(at)) continue;
      issues = checkSafely(check, site.value);
      if (issues.length) reported.add(at);
      what =
        `parameter ${quote(site.param.name)} (${site.param.in}) of ${wireMethod(site.param.method)} ` +
        `${site.param.route}`;
    } else if (v) {
      issues = (site.view === 'write' ? (v.write ?? v) : v).issues(site.value, { all: true });
      // A component's example may show either side: its request form is fine too.
      if (site.view === 'either' && issues.length && v.write?.issues(site.value, { all: true }).length === 0) continue;
      what = `schema ${quote(site.schema)}`;
    } else {
      const check = site.body && bodyCheck(site.body);
      if (!check || !site.body) continue;
      issues = checkSafely(check, site.value);
      const body = site.body.status === undefined ? 'request' : `${site.body.status} response`;
      what = `the ${body} body of ${wireMethod(site.body.method)} ${site.body.route}`;
    }
    if (issues.length === 0) continue;
    const shown = issues
      .slice(0, 3)
      .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'} ${i.message}`)
      .join('; ');
    found.push({ message: `example does not match ${what}: ${shown}`, location: spec.root.locate(site.pointer) });
  }
  // In document order, as the other warnings come.
  found.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  for (const { message, location } of found) diagnostics.warn(message, location);
}

/** A body check's issues; an example nested past the stack (a hostile spec) is one issue, not a crash. */
function checkSafely(check: BodyCheck, value: unknown): ReturnType<BodyCheck> {
  try {
    return check(value, 'strict');
  } catch {
    return [{ message: 'could not be validated: nested too deeply', path: [] }];
  }
}

/**
 * The JSON body validator the client runs for a body of an operation: the request body's in its
 * media type, a success response's for its status. Other bodies (errors, forms) have none.
 */
function bodyChecks(lookup: OperationLookup): (body: NonNullable<ExampleSite['body']>) => BodyCheck | undefined {
  return ({ method, route, mediaType, status }) => {
    const found = lookup(method, route);
    if (!found) return undefined;
    const { op, table } = found;
    if (status === undefined) {
      const preferred = op.requestBody ? requestMediaChoices(op.requestBody.content)[0]?.mediaType : undefined;
      return mediaType === preferred ? table.request : table.requests?.[mediaType];
    }
    const response = op.responses.find((r) => r.status === status);
    return response && responseMedia(response).body?.mediaType === mediaType ? table.responses?.[status] : undefined;
  };
}

/** The check the client runs on a parameter of an operation (every parameter has one under lint). */
function paramChecks(lookup: OperationLookup): (param: NonNullable<ExampleSite['param']>) => BodyCheck | undefined {
  return ({ method, route, in: where, name }) => lookup(method, route)?.table.params?.[where]?.[name];
}

/** An operation of the model by method and route, with its table of validators. */
type OperationLookup = (
  method: string,
  route: string,
) => { op: ApiModel['operations'][number]; table: OperationChecks[string] } | undefined;

function operationLookup(model: ApiModel, plan: Plan, tables: OperationChecks): OperationLookup {
  const byRoute = new Map(model.operations.map((op) => [`${op.method} ${op.path}`, op]));
  return (method, route) => {
    const op = byRoute.get(`${method} ${route}`);
    const table = op && tables[plan.operation(op).method];
    return op && table ? { op, table } : undefined;
  };
}

/**
 * The examples of an operation's parameters: the parameter's own (`example`, `examples`) and its
 * inline schema's. A path item's parameters apply unless the operation redeclares them (same
 * `in` and `name`); a `$ref` to `components/parameters` is followed.
 */
function parameterSites(
  item: Record<string, unknown>,
  op: Record<string, unknown>,
  at: { readonly route: string; readonly method: string; readonly tokens: readonly string[] },
  components: Record<string, unknown>,
  sites: ExampleSite[],
): void {
  const declared = new Map<string, { param: Record<string, unknown>; pointer: string[] }>();
  const add = (list: unknown, pointer: string[]): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const name = localComponent(obj(entry)['$ref'], 'parameters');
      const param = name === undefined ? obj(entry) : obj(obj(components['parameters'])[name]);
      const where = name === undefined ? [...pointer, String(i)] : ['components', 'parameters', name];
      if (typeof param['name'] === 'string' && typeof param['in'] === 'string')
        declared.set(`${param['in']} ${param['name']}`, { param, pointer: where });
    });
  };
  add(item['parameters'], ['paths', at.route, 'parameters']);
  add(op['parameters'], ['paths', at.route, ...at.tokens, 'parameters']);
  for (const { param, pointer } of declared.values()) {
    const target = {
      param: { method: at.method, route: at.route, in: String(param['in']), name: String(param['name']) },
    };
    examplesAt(param, pointer, target, 'write', sites, obj(components['examples']));
    const schema = obj(param['schema']);
    if (schema['$ref'] === undefined) examplesAt(schema, [...pointer, 'schema'], target, 'write', sites);
  }
}

/** The examples of component schemas, and of operation and webhook bodies. */
function exampleSites(doc: unknown): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const components = obj(obj(doc)['components']);
  for (const [name, schema] of Object.entries(obj(components['schemas']))) {
    examplesAt(obj(schema), ['components', 'schemas', name], { schema: name }, 'either', sites);
  }
  const content = (
    holder: unknown,
    at: string[],
    view: 'read' | 'write',
    body?: Omit<NonNullable<ExampleSite['body']>, 'mediaType'>,
  ): void => {
    for (const [mediaType, media] of Object.entries(obj(obj(holder)['content']))) {
      const name = localComponent(obj(obj(media)['schema'])['$ref'], 'schemas');
      const target = name ? { schema: name } : body ? { body: { ...body, mediaType } } : undefined;
      if (target)
        examplesAt(obj(media), [...at, 'content', mediaType], target, view, sites, obj(components['examples']));
    }
  };
  // Operations, and webhooks: a webhook's request body is what the API sends, its response what the receiver answers.
  for (const section of ['paths', 'webhooks'] as const) {
    for (const [route, item] of Object.entries(obj(obj(doc)[section]))) {
      for (const { method, operation: op, tokens } of pathItemOperations(obj(item))) {
        // An inline body of an operation is checked by that operation's validator (webhooks have none).
        const body = (status?: string) =>
          section === 'paths' ? { method, route, ...(status === undefined ? {} : { status }) } : undefined;
        if (section === 'paths') parameterSites(obj(item), obj(op), { route, method, tokens }, components, sites);
        content(
          obj(op)['requestBody'],
          [section, route, ...tokens, 'requestBody'],
          section === 'paths' ? 'write' : 'read',
          body(),
        );
        for (const [status, response] of Object.entries(obj(obj(op)['responses'])))
          content(
            response,
            [section, route, ...tokens, 'responses', status],
            section === 'paths' ? 'read' : 'write',
            body(status),
          );
      }
    }
  }
  for (const [name, body] of Object.entries(obj(components['requestBodies'])))
    content(body, ['components', 'requestBodies', name], 'write');
  for (const [name, response] of Object.entries(obj(components['responses'])))
    content(response, ['components', 'responses', name], 'read');
  return sites;
}

/**
 * `example`, and `examples`: an array of values in a schema, Example Objects (their `value`, or
 * 3.2's `dataValue`) in a media type, where `shared` holds the `components/examples` they may `$ref`.
 */
function examplesAt(
  holder: Record<string, unknown>,
  at: string[],
  target: Pick<ExampleSite, 'schema' | 'body' | 'param'>,
  view: ExampleSite['view'],
  sites: ExampleSite[],
  shared?: Record<string, unknown>,
): void {
  if ('example' in holder) sites.push({ pointer: [...at, 'example'], value: holder['example'], view, ...target });
  const examples = holder['examples'];
  if (!shared && Array.isArray(examples))
    examples.forEach((value, i) => sites.push({ pointer: [...at, 'examples', String(i)], value, view, ...target }));
  if (shared) {
    for (const [key, example] of Object.entries(obj(examples))) {
      // A `$ref` to `components/examples` is checked where it is used, against that use's schema.
      const name = localComponent(obj(example)['$ref'], 'examples');
      const e = name === undefined ? obj(example) : obj(shared[name]);
      const field = 'value' in e ? 'value' : 'dataValue' in e ? 'dataValue' : undefined;
      if (field)
        sites.push({
          pointer: [...at, 'examples', key, name === undefined ? field : '$ref'],
          value: e[field],
          view,
          ...target,
        });
    }
  }
}

/** The package's validators as a module: printed, stripped of types by esbuild, imported from a temporary folder. */
async function compileValidators(
  model: ApiModel,
  plan: Plan,
): Promise<{ schemas: Validators; operationValidators: OperationChecks }> {
  const wanted = new Set(['validators.gen.ts', 'validators-runtime.gen.ts']);
  const printed = await printFiles(
    packageFiles(analyse(model), plan, { name: 'lint', everyParameter: true }, resolveTargets(['validators'])).filter(
      (f) => wanted.has(f.path),
    ),
    'lint',
  );
  const { transform } = await import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-lint-'));
  try {
    for (const [file, text] of printed) {
      const { code } = await transform(text, { loader: 'ts', format: 'esm', target: 'node20' });
      writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), code);
    }
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
    return (await import(pathToFileURL(path.join(dir, 'validators.gen.js')).href)) as {
      schemas: Validators;
      operationValidators: OperationChecks;
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
