/**
 * The pipeline's import directions (load → parse → IR → analyse → plan → targets → print), held
 * by reading every module's imports: a target never reaches into loading or parsing, the IR
 * depends on nothing but itself, and a runtime module copied into packages imports nothing of the
 * generator (only its sibling runtimes and the optional targets' peers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

interface Import {
  readonly from: string;
  /** The imported module, relative to the repository (`generator/ir/ir.ts`), or a package name. */
  readonly to: string;
}

function modules(dir: string): string[] {
  return (readdirSync(path.join(REPO_ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gms)].map(([, spec]) => ({
    from: file,
    to: spec!.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!)).replace(/\.js$/, '.ts')
      : spec!,
  }));
}

const all = [...modules('generator'), ...modules('templates')].flatMap(importsOf);
const offending = (from: RegExp, to: RegExp) =>
  all.filter((i) => from.test(i.from) && to.test(i.to)).map((i) => `${i.from} → ${i.to}`);

describe('import directions', () => {
  it('reads imports (the check is not vacuous)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual({ from: 'templates/client/target.ts', to: 'templates/client/client-file.ts' });
  });

  it('targets (templates/) import neither loading, parsing, printing nor the CLI', () => {
    expect(offending(/^templates\//, /^generator\/(load|parse|print|cli|lint)\/|^generator\/generate\.ts$/)).toEqual(
      [],
    );
  });

  it('the IR imports only the IR', () => {
    expect(offending(/^generator\/ir\//, /^(generator\/(?!ir\/)|templates\/)/)).toEqual([]);
  });

  it('parsing reaches the IR, never analysis, planning, targets or printing', () => {
    // The validators' runtime (leaf modules, checked below to import nothing of the generator) is
    // allowed: the parser judges `enum` values by the schema's own keywords exactly as it does.
    const targets = /^generator\/(analyse|plan|print|cli|lint)\/|^templates\/(?!runtime\/)/;
    expect(offending(/^generator\/parse\//, targets)).toEqual([]);
  });

  it('analysis reads the IR only; the planner reads the IR and the analysis', () => {
    expect(offending(/^generator\/analyse\//, /^generator\/(?!ir\/|analyse\/)|^templates\//)).toEqual([]);
    expect(offending(/^generator\/plan\//, /^generator\/(?!ir\/|analyse\/|plan\/|safe\/)|^templates\//)).toEqual([]);
  });

  it("runtime modules import only runtime modules and the optional targets' peers", () => {
    const runtime = all.filter((i) => i.from.startsWith('templates/runtime/') && !i.from.endsWith('runtime-files.ts'));
    expect(runtime.length).toBeGreaterThan(10);
    const outside = runtime.filter(
      (i) => !i.to.startsWith('templates/runtime/') && !['msw', '@tanstack/query-core'].includes(i.to),
    );
    expect(outside.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });
});
