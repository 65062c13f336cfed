/**
 * `specforge lint --examples`: each example a spec gives for a component schema, or for a request
 * or response body whose schema is a component, is checked by that schema's generated validator.
 * A spec whose own examples its schemas reject misleads its readers and every mock server built on
 * it; validating the component examples of 469 APIs.guru specs found 170 such examples (dates
 * given as date-times, epoch numbers for date-times, required properties left out).
 *
 * The validators are the ones `generate` writes, compiled with esbuild into a temporary folder and
 * imported from there: lint checks with exactly what a client of the spec would check with.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostics } from '../diagnostics.js';
import type { SpecSet } from '../load/load-spec.js';
import { FIXED_METHODS, type ApiModel } from '../model/ir.js';
import { obj } from '../model/parse-context.js';
import type { Plan } from '../plan/plan.js';
import { printFiles } from '../print/print-file.js';
import { packageFiles } from '../../templates/package/package-files.js';

interface Checker {
  issues(value: unknown, options: { all: boolean }): ReadonlyArray<{ message: string; path: readonly PropertyKey[] }>;
}
type Validators = Record<string, Checker & { write?: Checker }>;

/** One example and the schema it illustrates: a component, read as a response or a request has it. */
interface ExampleSite {
  readonly pointer: readonly string[];
  readonly value: unknown;
  readonly schema: string;
  readonly view: 'read' | 'write' | 'either';
}

const METHODS: ReadonlySet<string> = new Set(FIXED_METHODS);
const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;

/** Warns of every example of the root document that its schema's validator rejects. */
export async function checkExamples(spec: SpecSet, model: ApiModel, plan: Plan, diagnostics: Diagnostics): Promise<void> {
  const sites = exampleSites(spec.root.data);
  if (sites.length === 0) return;
  const validators = await compileValidators(model, plan);
  const found: Array<{ message: string; location: ReturnType<SpecSet['locate']> }> = [];
  for (const site of sites) {
    const v = validators[site.schema];
    if (!v) continue;
    const issues = (site.view === 'write' ? (v.write ?? v) : v).issues(site.value, { all: true });
    // A component's example may show either side: its request form is fine too.
    if (issues.length === 0 || (site.view === 'either' && v.write?.issues(site.value, { all: true }).length === 0)) continue;
    const shown = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'} ${i.message}`).join('; ');
    found.push({ message: `example does not match schema ${JSON.stringify(site.schema)}: ${shown}`, location: spec.root.locate(site.pointer) });
  }
  // In document order, as the other warnings come.
  found.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  for (const { message, location } of found) diagnostics.warn(message, location);
}

/** The examples of component schemas and of bodies whose schema is a component `$ref`. */
function exampleSites(doc: unknown): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const components = obj(obj(doc)['components']);
  for (const [name, schema] of Object.entries(obj(components['schemas']))) {
    examplesAt(obj(schema), ['components', 'schemas', name], name, 'either', sites, true);
  }
  const content = (holder: unknown, at: string[], view: 'read' | 'write'): void => {
    for (const [mediaType, media] of Object.entries(obj(obj(holder)['content']))) {
      const ref = obj(obj(media)['schema'])['$ref'];
      const name = typeof ref === 'string' ? COMPONENT.exec(ref)?.[1] : undefined;
      if (name) examplesAt(obj(media), [...at, 'content', mediaType], decodePointerToken(name), view, sites, false);
    }
  };
  // Operations, and webhooks: a webhook's request body is what the API sends, its response what the receiver answers.
  for (const section of ['paths', 'webhooks'] as const) {
    for (const [route, item] of Object.entries(obj(obj(doc)[section]))) {
      for (const [method, op] of Object.entries(obj(item))) {
        if (!METHODS.has(method)) continue;
        content(obj(op)['requestBody'], [section, route, method, 'requestBody'], section === 'paths' ? 'write' : 'read');
        for (const [status, response] of Object.entries(obj(obj(op)['responses']))) content(response, [section, route, method, 'responses', status], section === 'paths' ? 'read' : 'write');
      }
    }
  }
  for (const [name, body] of Object.entries(obj(components['requestBodies']))) content(body, ['components', 'requestBodies', name], 'write');
  for (const [name, response] of Object.entries(obj(components['responses']))) content(response, ['components', 'responses', name], 'read');
  return sites;
}

/**
 * `example`, and `examples`: an array of values in a schema, Example Objects (their `value`, or
 * 3.2's `dataValue`) in a media type. A `$ref`'d Example Object is not followed.
 */
function examplesAt(holder: Record<string, unknown>, at: string[], schema: string, view: ExampleSite['view'], sites: ExampleSite[], inSchema: boolean): void {
  if ('example' in holder) sites.push({ pointer: [...at, 'example'], value: holder['example'], schema, view });
  const examples = holder['examples'];
  if (inSchema && Array.isArray(examples)) examples.forEach((value, i) => sites.push({ pointer: [...at, 'examples', String(i)], value, schema, view }));
  if (!inSchema) {
    for (const [key, example] of Object.entries(obj(examples))) {
      const e = obj(example);
      const field = 'value' in e ? 'value' : 'dataValue' in e ? 'dataValue' : undefined;
      if (field) sites.push({ pointer: [...at, 'examples', key, field], value: e[field], schema, view });
    }
  }
}

function decodePointerToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The package's validators as a module: printed, stripped of types by esbuild, imported from a temporary folder. */
async function compileValidators(model: ApiModel, plan: Plan): Promise<Validators> {
  const wanted = new Set(['validators.gen.ts', 'validators-runtime.gen.ts']);
  const printed = await printFiles(packageFiles(model, plan, { name: 'lint' }).filter((f) => wanted.has(f.path)), 'lint');
  const { transform } = await import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-lint-'));
  try {
    for (const [file, text] of printed) {
      const { code } = await transform(text, { loader: 'ts', format: 'esm', target: 'node20' });
      writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), code);
    }
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
    return ((await import(pathToFileURL(path.join(dir, 'validators.gen.js')).href)) as { schemas: Validators }).schemas;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
