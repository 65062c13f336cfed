/** Generates a package from an in-memory spec object into a temp folder and imports it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, type GenerateOptions } from '../../generator/generate.js';

export interface InlinePackage {
  readonly dir: string;
  readonly out: string;
  load(): Promise<Record<string, any>>;
}

/** Writes `spec` as JSON, generates, and returns where the package is. */
export async function generateInline(
  spec: unknown,
  options: Partial<GenerateOptions> = {},
  root?: string,
): Promise<InlinePackage> {
  const dir = mkdtempSync(path.join(root ?? tmpdir(), 'specforge-inline-'));
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(spec));
  const out = path.join(dir, 'pkg');
  // Imported as TypeScript; a test of the built files asks for them (`build: true`).
  await generate({ spec: path.join(dir, 'openapi.json'), out, build: false, ...options });
  return {
    dir,
    out,
    load: async () => (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as Record<string, any>,
  };
}
