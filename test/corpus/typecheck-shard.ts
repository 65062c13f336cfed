/**
 * The corpus type-check, in shards: each test file generates its share of ../shared/corpus (every
 * `count`-th spec from `index`) and runs tsc over it in batches. Two files
 * run in parallel on CI's two cores, and no tsc process holds more than a batch.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { corpusSpecs, SHARED_DIR } from '../support/corpus.js';
import { typeCheck } from '../support/tsc.js';
import { writeResultsCheck } from '../support/results-check.js';

/**
 * The strictest configuration a user may have. Each option only adds errors to `strict`'s, so a
 * package that passes it passes plain `strict` too: one tsc pass proves both (two passes took
 * half of the suite's time).
 */
const STRICTEST = {
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
};

/**
 * Packages per tsc process: two batches a shard. Measured: 41 packages peak at 0.57 GB in one tsc
 * (24 took 0.43 GB, and 4 s more a shard in process start-ups).
 */
const BATCH = 41;

export function typeCheckShard(index: number, count: number): void {
  const specs = corpusSpecs().filter((_, i) => i % count === index);
  const outRoot = mkdtempSync(path.join(tmpdir(), `specforge-corpus-tsc-${index}-`));
  const outs: string[] = [];
  /** Packages given a results check (test/support/results-check.ts): those with operations. */
  const checked: string[] = [];
  describe.skipIf(!SHARED_DIR)(`corpus packages, shard ${index + 1} of ${count}`, () => {
    beforeAll(async () => {
      for (const spec of specs) {
        const out = path.join(outRoot, spec.version, spec.name);
        // A spec that fails to generate fails in corpus.test.ts; here it has nothing to check.
        // No dist/: tsc here checks the modules; examples.test.ts builds every package once.
        await generate({ spec: spec.file, out, build: false }).then(
          () => outs.push(out) && writeResultsCheck(out) && checked.push(out),
          () => undefined,
        );
      }
    }, 120_000);

    it('has packages to check, most with operations, whose results are checked', () => {
      expect(outs.length).toBeGreaterThan(30);
      expect(checked.length).toBeGreaterThan(outs.length / 2);
    });

    it(`every package type-checks (strict + ${Object.keys(STRICTEST).join(' + ')})`, () => {
      const failures: string[] = [];
      for (let i = 0; i < outs.length; i += BATCH) {
        const result = typeCheck(outs.slice(i, i + BATCH), STRICTEST);
        if (!result.ok || result.output !== '') failures.push(result.output);
      }
      expect(failures).toEqual([]);
    }, 180_000);
  });
}
