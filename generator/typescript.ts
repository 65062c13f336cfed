/**
 * TypeScript's own API (through ts-morph, which carries it), loaded on first use: most runs never
 * need it, and loading it costs a few hundred milliseconds.
 */
import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';

let loaded: typeof TypeScript | undefined;

export function typeScript(): typeof TypeScript {
  loaded ??= (createRequire(import.meta.url)('ts-morph') as { ts: typeof TypeScript }).ts;
  return loaded;
}
