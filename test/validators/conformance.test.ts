/**
 * The official JSON Schema Test Suite (draft 2020-12) through **generated** validators: each test
 * group's schema becomes a component of a generated 3.1 spec (its own file, so `#/$defs/…` and `#`
 * resolve inside it), and every case must give the suite's expected answer. `$id`, `$anchor` and
 * `$ref`s by URI to what they declare are in scope, and so is `$dynamicRef`. Groups that need the
 * suite's remote documents or another dialect are out of scope and counted as skipped; no keyword
 * file is.
 *
 * `SPECFORGE_JSON_SCHEMA_SUITE` points the suite at another folder of the suite's keyword files
 * (sub-folders too). `format` is an annotation in the keyword files, as 2020-12 says; the suite's
 * `optional/format/<name>.json` files run with formats asserted, for the formats specforge asserts
 * (issue #6's list); formats we only annotate are counted as skipped. The other optional files
 * (big numbers, ECMA-262 regexes, draft-07 `dependencies`, float overflow, …) run like the rest.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { ASSERTED_FORMATS } from '../../generator/ir/formats.js';
import { SHARED_DIR } from '../support/corpus.js';

interface Case {
  description: string;
  data: unknown;
  valid: boolean;
}
interface Group {
  description: string;
  schema: unknown;
  tests: Case[];
}

const SUITE =
  process.env['SPECFORGE_JSON_SCHEMA_SUITE'] ??
  (SHARED_DIR ? path.join(SHARED_DIR, 'conformance/json-schema-2020-12') : undefined);
const OUT_OF_SCOPE =
  /"\$(recursiveRef|recursiveAnchor|vocabulary)"|"\$schema":\s*"(?!https:\/\/json-schema\.org\/draft\/2020-12\/schema)/;
/**
 * A `$ref` with an address names either a schema the group declares with `$id` (in scope) or one of
 * the suite's remote documents (out of scope). Loading the group alone tells which: the loader's
 * refusal of a network address, or a file it cannot find, in a group that uses the suite's remote
 * server (localhost:1234) or the meta-schema, counts as remote; any other failure fails the file.
 */
const ADDRESSED_REF = /"\$ref":\s*"(?!#)/;
const REMOTE = /network \$ref .* refused|cannot read \$ref target/;
const SUITE_REMOTES = /"\$(?:ref|id)":\s*"(?:http:\/\/localhost:1234\/|https:\/\/json-schema\.org\/)/;
async function needsRemote(schema: unknown): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-suite-remote-'));
  writeFileSync(path.join(dir, 'g.json'), JSON.stringify(schema));
  writeFileSync(
    path.join(dir, 'openapi.yaml'),
    `openapi: 3.1.0\ninfo: { title: suite, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    G: { $ref: ` +
      `'./g.json' }\n`,
  );
  try {
    await loadSpec(path.join(dir, 'openapi.yaml'));
    return false;
  } catch (error) {
    if (REMOTE.test((error as Error).message) && SUITE_REMOTES.test(JSON.stringify(schema))) return true;
    throw error;
  }
}
const skipped: string[] = [];
const files = (SUITE && existsSync(SUITE) ? (readdirSync(SUITE, { recursive: true }) as string[]) : [])
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.split(path.sep).join('/'))
  .sort()
  .filter((f) => {
    const full = path.join(SUITE!, f).split(path.sep).join('/');
    const format = /\/optional\/format\/([^/]+)\.json$/.exec(full)?.[1];
    if (format && !ASSERTED_FORMATS.has(format))
      skipped.push(`${f}: format "${format}" is an annotation (not asserted)`);
    else return true;
    return false;
  });
/** How formats are treated in a file: asserted in the suite's optional/format files, annotations elsewhere. */
const formatsOf = (file: string): 'assert' | 'annotate' =>
  /\/optional\/format\//.test(path.join(SUITE!, file).split(path.sep).join('/')) ? 'assert' : 'annotate';

describe.skipIf(files.length === 0)('JSON Schema Test Suite 2020-12 (generated validators)', () => {
  describe.each(files)('%s', async (file) => {
    const groups = JSON.parse(readFileSync(path.join(SUITE!, file), 'utf8')) as Group[];
    const inScope = groups
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => {
        const out = OUT_OF_SCOPE.test(JSON.stringify(g.schema));
        if (out) skipped.push(`${file}: ${g.description}`);
        return !out;
      });
    const remote = new Set(
      await Promise.all(
        inScope.map(async ({ g, i }) =>
          ADDRESSED_REF.test(JSON.stringify(g.schema)) && (await needsRemote(g.schema)) ? i : -1,
        ),
      ),
    );
    remote.delete(-1);
    inScope.splice(
      0,
      inScope.length,
      ...inScope.filter(({ g, i }) => {
        if (remote.has(i)) skipped.push(`${file}: ${g.description} (remote document)`);
        return !remote.has(i);
      }),
    );
    let schemas: Record<
      string,
      {
        issues(v: unknown, o?: { all?: boolean }): unknown[];
        is(v: unknown): boolean;
        '~standard': { validate(v: unknown): { issues?: unknown } };
      }
    >;

    it('generates a validator per group', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'specforge-suite-'));
      const components = inScope.map(({ g, i }) => {
        writeFileSync(path.join(dir, `g${i}.json`), JSON.stringify(g.schema));
        return `    G${i}: { $ref: './g${i}.json' }`;
      });
      writeFileSync(
        path.join(dir, 'openapi.yaml'),
        `openapi: 3.1.0\ninfo: { title: suite, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n${components.join('\n') || '    {}'}\n`,
      );
      mkdirSync(path.join(dir, 'out'), { recursive: true });
      await generate({
        spec: path.join(dir, 'openapi.yaml'),
        out: path.join(dir, 'out/pkg'),
        formats: formatsOf(file),
      });
      schemas = (
        (await import(pathToFileURL(path.join(dir, 'out/pkg/validators.gen.ts')).href)) as { schemas: typeof schemas }
      ).schemas;
    });

    for (const { g, i } of inScope) {
      describe(g.description, () => {
        it.each(g.tests.map((t) => [t.description, t] as const))('%s', (_d, t) => {
          const v = schemas[`G${i}`]!;
          expect(v.is(t.data)).toBe(t.valid);
          const result = v['~standard'].validate(t.data);
          expect(result.issues === undefined).toBe(t.valid);
          // Collecting every issue agrees with the first-issue answer.
          expect(v.issues(t.data, { all: true }).length === 0).toBe(t.valid);
        });
      });
    }
  });

  afterAll(() => {
    console.info(
      `JSON Schema Test Suite: ${skipped.length} groups or files skipped as out of scope (the suite's remote ` +
        `documents, other dialects, formats only annotated):\n  ${skipped.join('\n  ')}`,
    );
  });
});
