/**
 * The hand-written documents in spec/: lint-clean under Redocly's recommended ruleset, and every
 * example they carry validates against its schema (checked with ajv in 2020-12 mode, an independent
 * oracle).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { formatPointer } from '../../generator/load/refs.js';
import config from '../../specforge.config.js';
import { REPO_ROOT } from '../support/corpus.js';

const require = createRequire(import.meta.url);
const specs = config.sources.map((s) => [s.name, path.join(REPO_ROOT, s.spec)] as const);

interface ExampleSite {
  readonly where: string;
  readonly schemaPointer: readonly string[];
  readonly example: unknown;
}

/** Every example in a document with the pointer of the schema it illustrates. */
function examplesOf(data: unknown): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const walk = (node: unknown, at: string[]): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, [...at, String(i)]));
    const o = node as Record<string, unknown>;
    const parentKey = at[at.length - 1];
    const isSchema = at.includes('schemas') || at.includes('schema') || parentKey === 'properties';
    if (isSchema && Array.isArray(o['examples'])) {
      o['examples'].forEach((example, i) =>
        sites.push({ where: formatPointer([...at, 'examples', String(i)]), schemaPointer: at, example }),
      );
    }
    if ('example' in o && o['schema'] !== undefined)
      sites.push({ where: formatPointer([...at, 'example']), schemaPointer: [...at, 'schema'], example: o['example'] });
    for (const [k, v] of Object.entries(o)) if (k !== 'examples' && k !== 'example') walk(v, [...at, k]);
  };
  walk(data, []);
  return sites;
}

describe.each(specs)('spec/%s', (_name, file) => {
  it('passes redocly lint (recommended) with no errors or warnings', () => {
    const bin = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
    const r = spawnSync(
      process.execPath,
      [bin, 'lint', file, '--config', path.join(REPO_ROOT, 'redocly.yaml'), '--format', 'summary'],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    expect(r.stdout + r.stderr).not.toMatch(/(error|warning)s? \(/i);
    expect(r.status).toBe(0);
  }, 60_000);

  it('has examples, and every example validates against its schema', async () => {
    const spec = await loadSpec(file);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(spec.root.data as object, 'doc');
    const sites = examplesOf(spec.root.data);
    expect(sites.length).toBeGreaterThan(10);
    const failures = sites.flatMap((site) => {
      const validate = ajv.compile({ $ref: `doc${formatPointer(site.schemaPointer)}` });
      return validate(site.example) ? [] : [`${site.where}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(failures).toEqual([]);
  });
});
