/** Loader safety on hostile inputs: huge, deeply nested documents fail cleanly and fast. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonIndex, jsonOffset, lineColumn, lineIndex } from '../../generator/load/json-positions.js';
import fc from 'fast-check';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';
import { typeCheck } from '../support/tsc.js';
import { generate } from '../../generator/generate.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { MAX_INLINE_DEPTH } from '../../generator/parse/parse-schema.js';

describe('loader safety', () => {
  it('a 50 MB, 5-million-level nested document fails with a clear error well within a minute', () => {
    const dir = tempSpecDir({});
    const n = 5_000_000;
    const file = path.join(dir, 'deep.json');
    writeFileSync(
      file,
      `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":${'{"items":'.repeat(n)}{}${'}'.repeat(n)}}}}`,
    );
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'bin/specforge.js'), 'generate', file, '--out', path.join(dir, 'out')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/deep\.json:\d+:\d+: error: .*nested too deeply/);
  }, 90_000);

  it('lints 500 schemas nested 200 levels deep in a 256 MB heap: a subschema extends its parent pointer', () => {
    // Each of the 100,000 subschemas keeps its JSON pointer. Formatted anew at each level, they held
    // 1.2 GB here (quadratic in the depth) and the garbage collector took most of the run.
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) {
      let s: unknown = i < 499 ? { $ref: `#/components/schemas/S${i + 1}` } : { type: 'string' };
      for (let d = 0; d < 200; d++) s = { type: 'object', properties: { level: s } };
      schemas[`S${i}`] = s;
    }
    const spec = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
    const file = path.join(tempSpecDir({}), 'nests.json');
    writeFileSync(file, JSON.stringify(spec));
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', path.join(REPO_ROOT, 'bin/specforge.js'), 'lint', file],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/nests\.json: no problems$/);
    expect(r.status).toBe(0);
  }, 90_000);

  it('refuses inline schemas nested past what TypeScript compiles, located; 256 levels type-check', async () => {
    // Nested anyOf is the shape whose type nests deepest (tsc crashed at 400 levels).
    const nested = (levels: number) => {
      let schema: unknown = { type: 'string' };
      for (let i = 0; i < levels; i++) schema = { anyOf: [schema, { type: 'null' }] };
      return JSON.stringify(
        { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Deep: schema } } },
        null,
        1,
      );
    };
    // `levels` wrappers around the string: levels + 1 schemas nested.
    const dir = tempSpecDir({ 'ok.json': nested(MAX_INLINE_DEPTH - 1), 'deep.json': nested(MAX_INLINE_DEPTH) });
    await generate({ spec: path.join(dir, 'ok.json'), out: path.join(dir, 'ok') });
    const result = typeCheck(path.join(dir, 'ok'));
    expect(result.output).toBe('');
    const error = await generate({ spec: path.join(dir, 'deep.json'), out: path.join(dir, 'deep') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecforgeError);
    expect((error as SpecforgeError).format()).toMatch(
      /deep\.json:\d+:\d+: error: schema nested too deeply: more than 256 inline levels/,
    );
    // The error points into the schema, at the first level too deep.
    expect((error as SpecforgeError).format()).not.toMatch(/deep\.json:1:1:/);
  }, 60_000);

  it('refuses const and enum values too deep to compile; drops such examples and defaults, warning', async () => {
    const deepObject = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const deepArray = `${'['.repeat(300)}1${']'.repeat(300)}`;
    const doc = (schemas: string) =>
      `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{${schemas}}}}`;
    const dir = tempSpecDir({
      'const.json': doc(`"C":{"const":${deepObject}}`),
      'enum.json': doc(`"E":{"enum":[1,\n${deepArray}]}`),
      'docs.json': doc(`"D":{"type":"object","default":${deepObject},"examples":[${deepObject},{"a":1}]}`),
    });
    for (const [file, where] of [
      ['const.json', /const\.json:1:\d+: error: value nested too deeply/],
      ['enum.json', /enum\.json:2:1: error: value nested too deeply/],
    ] as const) {
      const error = await generate({ spec: path.join(dir, file), out: path.join(dir, file + '.out') }).catch(
        (e: unknown) => e,
      );
      expect((error as SpecforgeError).format()).toMatch(where);
    }
    const result = await generate({ spec: path.join(dir, 'docs.json'), out: path.join(dir, 'docs') });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'an example nests more than 256 levels deep; left out',
      '`default` nests more than 256 levels deep; left out',
    ]);
    expect(typeCheck(path.join(dir, 'docs')).output).toBe('');
  }, 60_000);

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
      fc.property(
        fc.json({ maxDepth: 4 }),
        fc.array(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(4).map(String)), { maxLength: 4 }), {
          maxLength: 10,
        }),
        (json, extra) => {
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
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not index a document nested deeper than its limit (the scan stays O(depth) memory)', () => {
    const text = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    expect(jsonIndex(text)).toBeUndefined();
    expect(jsonIndex(text, 4000)!(['0', '0'])).toBe(2);
  });
});
