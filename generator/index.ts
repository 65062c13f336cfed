/**
 * specforge's programmatic API.
 *
 * ```ts
 * import { generate, defineConfig } from 'specforge';
 * const summary = await generate({ spec: 'spec/api.yaml', out: 'generated/api' });
 * ```
 */
export { generate, type GenerateOptions, type GenerateResult } from './generate.js';
export { SpecforgeError, type Warning, type SourceLocation } from './diagnostics.js';
export { defineConfig, type SpecforgeConfig, type SourceConfig } from './cli/config.js';
export type { Target, TargetContext, EmittedFile, PackageOptions, RuntimeName } from '../templates/target.js';
export type { TargetSpec } from '../templates/targets.js';
export { typesTarget, type TypesOptions } from '../templates/types/target.js';
export type { AnalysedModel } from './analyse/analyse.js';
export type { Plan, OperationNames } from './plan/plan.js';
export type { ApiModel, OperationNode, SchemaNode } from './ir/ir.js';
/** For plugin targets: spec text reaches code only through these (names, literals, doc text). */
export { code, ident, join, key, lit, docText, jsDoc, type Code, type Ident } from './safe/code.js';
export { codeStatement, type Statement } from '../templates/structures.js';
