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
