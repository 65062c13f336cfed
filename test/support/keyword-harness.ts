/**
 * Runs the checks one keyword module emits (templates/validators/keywords/*), without a package:
 * the lines and the compiler's hoisted declarations become one function over the validators
 * runtime, type-stripped by esbuild. `issues(x)` is what a validator in ALL mode reports.
 */
import { transformSync } from 'esbuild';
import * as runtime from '../../templates/runtime/validators.js';
import type { Code } from '../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../generator/ir/ir.js';
import { ValidatorCompiler } from '../../templates/validators/compile-schema.js';
import { planNames } from '../../generator/plan/plan.js';
import { analyse } from '../../generator/analyse/analyse.js';

/** A compiler over an empty model (no named schemas), with formats asserted unless said otherwise. */
export function keywordCompiler(formats: 'assert' | 'annotate' = 'assert'): ValidatorCompiler {
  const model = {
    title: 't',
    version: '1',
    schemas: [],
    operations: [],
    webhooks: [],
    securitySchemes: [],
    servers: [],
  };
  return new ValidatorCompiler(planNames(analyse(model as never)), { formats }, false);
}

/** A keyword node as the parser makes it. */
export function keywords(node: Omit<KeywordSchemaNode, 'kind' | 'pointer'>): KeywordSchemaNode {
  return { kind: 'keywords', pointer: '#', ...node };
}

/** The messages the emitted `lines` report for a value (none when it passes). */
export function runLines(compiler: ValidatorCompiler, lines: readonly Code[]): (x: unknown) => string[] {
  const source = [
    ...compiler.declarations.map((d) => d.text),
    `return function check(x: any, e: any[] | null, m: number): boolean {`,
    ...lines.map((l) => l.text),
    'return e === null || e.length === 0;',
    '}',
  ].join('\n');
  const js = transformSync(source, { loader: 'ts' }).code;
  const names = Object.keys(runtime);
  const check = new Function(...names, js)(...names.map((n) => (runtime as Record<string, unknown>)[n])) as (
    x: unknown,
    e: { message: string }[],
    m: number,
  ) => boolean;
  return (x) => {
    const e: { message: string }[] = [];
    check(x, e, runtime.ALL);
    return e.map((i) => i.message);
  };
}
