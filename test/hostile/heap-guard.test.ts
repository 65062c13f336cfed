/**
 * generator/heap-guard.ts: a spec whose package needs more heap than the process has stops with
 * the spec's error (exit 1, nothing written), not V8's "heap out of memory" abort. Run with a
 * small heap so that a spec of a few megabytes is enough: 1,000 schemas nested 200 levels deep,
 * each ending in a `$ref` to the next, so no two share a validator.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

function chainedNests(count: number, depth: number): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    let s: unknown = { $ref: `#/components/schemas/S${(i + 1) % count}` };
    for (let d = 0; d < depth; d++) s = { type: 'object', properties: { level: s } };
    schemas[`S${i}`] = s;
  }
  return JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } });
}

describe('the heap guard', () => {
  it('stops a spec that would exhaust the heap with a located error, writing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specforge-heap-'));
    const spec = path.join(dir, 'nests.json');
    writeFileSync(spec, chainedNests(1000, 200));
    const out = path.join(dir, 'pkg');
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', path.join(REPO_ROOT, 'bin/specforge.js'), 'generate', spec, '--out', out],
      { encoding: 'utf8' },
    );
    expect(r.stderr).not.toContain('FATAL ERROR');
    expect(r.stderr).toMatch(
      /nests\.json:1:1: error: generating this spec needs more memory than this process may use \(the heap stayed above 85 % of its \d+ MB limit\); nothing was written/,
    );
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
