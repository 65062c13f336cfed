/**
 * generator/print/output-budget.ts: a generation that would print past `--max-output-bytes` stops
 * with the spec's error while printing, and writes nothing; within the ceiling nothing changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { DEFAULT_MAX_OUTPUT_BYTES, OutputBudget, OutputTooLarge } from '../../generator/print/output-budget.js';
import { runCli as cli } from '../support/cli.js';
import { tempSpecDir } from '../support/fixtures.js';

/** `count` schemas, each an object nested `depth` levels deep: output grows with the square of the depth. */
function nests(count: number, depth: number): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    let s: unknown = { type: 'string' };
    for (let d = 0; d < depth; d++) s = { type: 'object', properties: { level: s } };
    schemas[`S${i}`] = s;
  }
  return JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } });
}

/** Every file under `dir` with its modification time and size: what a failed run must leave as it was. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const s = statSync(path.join(dir, f));
      return `${f} ${s.mtimeMs} ${s.size}`;
    });
}

describe('the output ceiling', () => {
  it('stops a package past it while printing, with a located error; the existing package stays as it was', async () => {
    const dir = tempSpecDir({ 'nests.json': nests(40, 120) });
    const spec = path.join(dir, 'nests.json');
    const out = path.join(dir, 'out');
    const first = await generate({ spec, out });
    const total = first.files.reduce((sum, f) => sum + f.bytes, 0);
    expect(total).toBeGreaterThan(2 * 2 ** 20);
    const before = snapshot(out);
    const error = await generate({ spec, out, maxOutputBytes: 2 ** 20 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecforgeError);
    expect((error as SpecforgeError).format()).toMatch(
      /nests\.json:1:1: error: the generated package passed 1 MiB \(--max-output-bytes\) at \S+\.ts; nothing was written/,
    );
    expect(snapshot(out)).toEqual(before);
    // Past the ceiling only with its build: stopped before building.
    const printedOnly = await generate({ spec, out, build: false, check: true });
    const modules = printedOnly.files.reduce((sum, f) => sum + f.bytes, 0);
    await expect(generate({ spec, out, maxOutputBytes: modules + 1000 })).rejects.toThrow(/ at dist\/; nothing/);
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(path.join(out, 'types.gen.ts'), 'utf8')).toContain('export type S39');
    // The same run within the ceiling (its build counted as its modules' size): the package as before.
    const again = await generate({ spec, out, maxOutputBytes: 2 * modules + 1000, check: true });
    expect(again.stale).toEqual([]);
  }, 60_000);

  it('counts across files and names the file that passed it', () => {
    const budget = new OutputBudget(10);
    budget.spend('a.ts', 'x'.repeat(6));
    expect(() => budget.spend('b.ts', 'x'.repeat(5))).toThrow(OutputTooLarge);
    expect(() => new OutputBudget(10).spend('c.ts', 'x'.repeat(10))).not.toThrow();
    try {
      new OutputBudget(3).spend('dist/validators.gen.js', 'xxxx');
    } catch (error) {
      expect((error as OutputTooLarge).file).toBe('dist/validators.gen.js');
    }
    expect(DEFAULT_MAX_OUTPUT_BYTES).toBe(512 * 2 ** 20);
    // The build is counted before it runs, as the size of the modules (not the README) it builds.
    const modules = new Map([
      ['types.gen.ts', 'x'.repeat(40)],
      ['README.md', 'x'.repeat(100)],
    ]);
    const printed = new OutputBudget(90);
    printed.spend('types.gen.ts', 'x'.repeat(40));
    expect(() => printed.reserveBuild(modules)).not.toThrow();
    const tight = new OutputBudget(79);
    tight.spend('types.gen.ts', 'x'.repeat(40));
    expect(() => tight.reserveBuild(modules)).toThrow(/passed 79 bytes at dist\//);
  });

  it('--max-output-bytes takes a positive whole number of bytes', async () => {
    for (const bad of ['0', '=-1', '1.5', 'lots']) {
      const flag = bad.startsWith('=') ? [`--max-output-bytes${bad}`] : ['--max-output-bytes', bad];
      const r = await cli(['generate', 'x.json', '--out', 'o', ...flag]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--max-output-bytes must be a positive integer/);
    }
  });
});
