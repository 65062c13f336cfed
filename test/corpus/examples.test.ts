/**
 * Every valid spec of ../shared/corpus: the package imports, its validators accept the spec's own
 * examples, and its MSW handlers answer every operation with a body those validators accept
 * (test/support/msw-fakes.ts). A file (so a process) of its own, beside the generation and
 * formatting of corpus.test.ts: it loads a package per corpus spec, and together they were the
 * suite's memory peak.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { exampleSites, probeSpec } from '../support/example-probes.js';
import { corpusSpecs, REPO_ROOT, SHARED_DIR } from '../support/corpus.js';
import { checkFakes } from '../support/msw-fakes.js';

const specs = corpusSpecs();
/** Node's own module loader (`require` of ESM, Node 20.19+), which the test runner does not intercept. */
const nativeRequire = createRequire(import.meta.url);

let exampleCount = 0;
let answered = 0;
let checkedFakes = 0;
// Inside the repository (git-ignored), so that the packages' `msw` import resolves.
const work = mkdtempSync(path.join(REPO_ROOT, '.specforge-tmp-examples-'));
describe.skipIf(!SHARED_DIR)('corpus examples', () => {
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    // Not vacuous: the corpus carries hundreds of examples, and hundreds of operations with JSON bodies.
    expect(exampleCount).toBeGreaterThan(200);
    expect(answered).toBeGreaterThan(300);
    expect(checkedFakes).toBeGreaterThan(200);
  });
  it.each(specs.map((s) => [`${s.version}/${s.name}`, s] as const))(
    "%s: the package imports, its validators accept the spec's examples and its MSW handlers' fakes",
    async (_key, spec) => {
      const doc = parse(readFileSync(spec.file, 'utf8')) as Record<string, unknown>;
      const sites = exampleSites(doc);
      // The probe spec sits next to copies of the multi-file parts it references.
      const dir = mkdtempSync(path.join(work, 'spec-'));
      const text = readFileSync(spec.file, 'utf8');
      for (const [, part] of text.matchAll(/\$ref['"]?\s*:\s*['"]?(?:\.\/)?([^#'"\s]+\.(?:json|ya?ml))#/g)) {
        copyFileSync(path.join(path.dirname(spec.file), part!), path.join(dir, part!));
      }
      exampleCount += sites.length;
      writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(probeSpec(doc, sites)));
      // The built JavaScript, imported by Node itself: through the test runner's transform, a hundred
      // packages' modules (and their source maps) stayed in its main process, the suite's memory peak.
      await generate({
        spec: path.join(dir, 'openapi.json'),
        out: path.join(dir, 'pkg'),
        targets: ['types', 'client', 'validators', 'dates', 'msw'],
      });
      const mod = nativeRequire(path.join(dir, 'pkg/dist/index.js')) as {
        schemas: Record<string, { issues(v: unknown, o: { all: boolean }): unknown[] }>;
      };
      const rejected = sites.flatMap((site) => {
        const issues = mod.schemas[site.id]!.issues(site.example, { all: true });
        return issues.length
          ? [
              `${site.pointer}: ${JSON.stringify(site.example)?.slice(0, 120)} → ${JSON.stringify(issues).slice(0, 300)}`,
            ]
          : [];
      });
      expect(rejected).toEqual([]);
      const fakes = await checkFakes(path.join(dir, 'pkg'), path.join(dir, 'openapi.json'));
      answered += fakes.answered;
      checkedFakes += fakes.checked;
      expect([...new Set(fakes.failures)]).toEqual([]);
    },
    60_000,
  );
});
