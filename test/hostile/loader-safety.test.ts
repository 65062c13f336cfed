/** Loader safety on hostile inputs: huge, deeply nested documents fail cleanly and fast. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonIndex, jsonOffset, lineColumn, lineIndex } from '../../generator/load/json-positions.js';
import fc from 'fast-check';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';

describe('loader safety', () => {
  it('a 50 MB, 5-million-level nested document fails with a clear error well within a minute', () => {
    const dir = tempSpecDir({});
    const n = 5_000_000;
    const file = path.join(dir, 'deep.json');
    writeFileSync(file, `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":${'{"items":'.repeat(n)}{}${'}'.repeat(n)}}}}`);
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/specforge.js'), 'generate', file, '--out', path.join(dir, 'out')], { encoding: 'utf8', timeout: 60_000 });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/deep\.json:\d+:\d+: error: .*nested too deeply/);
  }, 90_000);

  it('finds positions in JSON by a linear scan (no parse tree)', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c\\"d": {"e": null}\n}';
    const at = (p: string[]) => lineColumn(text, jsonOffset(text, p));
    expect(at(['a', '1', 'b'])).toEqual({ line: 2, column: 18 });
    expect(at(['c"d', 'e'])).toEqual({ line: 3, column: 17 });
    expect(at(['a', '7'])).toEqual({ line: 2, column: 8 }); // nearest existing ancestor
    expect(at([])).toEqual({ line: 1, column: 1 });
  });

  it('indexes every value once with the same answers as the scan, for files with many diagnostics', () => {
    // Random JSON documents, and every pointer into them plus some that do not exist.
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.array(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(4).map(String)), { maxLength: 4 }), { maxLength: 10 }), (json, extra) => {
        const text = JSON.stringify(JSON.parse(json), null, 1);
        const pointers: string[][] = [[], ...extra];
        const walk = (v: unknown, p: string[]) => {
          pointers.push(p);
          if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, k]);
        };
        walk(JSON.parse(text), []);
        const index = jsonIndex(text)!;
        const lines = lineIndex(text);
        for (const p of pointers) {
          expect(index(p), JSON.stringify(p)).toBe(jsonOffset(text, p));
          expect(lines(index(p))).toEqual(lineColumn(text, index(p)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not index a document nested deeper than its limit (the scan stays O(depth) memory)', () => {
    const text = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    expect(jsonIndex(text)).toBeUndefined();
    expect(jsonIndex(text, 4000)!(['0', '0'])).toBe(2);
  });
});
