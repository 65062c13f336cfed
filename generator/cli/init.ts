/** `specforge init <spec>`: scaffolds specforge.config.ts for a spec. */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from './config.js';

/** Writes the config; refuses to overwrite an existing one. Returns the path written. */
export async function initConfig(spec: string, cwd: string, name?: string): Promise<string> {
  const target = path.join(cwd, CONFIG_FILE);
  if (
    await access(target).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`${CONFIG_FILE} already exists`);
  const rel = path.relative(cwd, path.resolve(cwd, spec)).split(path.sep).join('/');
  const source =
    name ?? (path.basename(path.dirname(path.resolve(cwd, spec))) || 'api').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  // A type-only import: nothing to resolve at run time, so the config loads wherever specforge is
  // installed (globally, through npx), and an editor with specforge installed still checks it.
  const text = `import type { SpecforgeConfig } from 'specforge';

/** Sources for \`specforge generate\`: one generated package per spec. */
export default {
  sources: [
    {
      name: ${JSON.stringify(source)},
      spec: ${JSON.stringify(rel)},
      out: ${JSON.stringify(`generated/${source}`)},
    },
  ],
} satisfies SpecforgeConfig;
`;
  await writeFile(target, text, { flag: 'wx' });
  return target;
}
