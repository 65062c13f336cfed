/**
 * hey-api's command line, as the benches run it: types + sdk with its fetch client, and with `zod`
 * its zod plugin too (types, sdk and zod schemas: the like-for-like peer of a specforge package,
 * whose client requires its validators). `-s` keeps it from formatting or linting the output.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/@hey-api/openapi-ts/bin/run.js');

export function heyApiCommand(spec: string, out: string, { zod = false } = {}): string[] {
  const plugins = zod ? ['-p', '@hey-api/typescript', '@hey-api/sdk', 'zod'] : [];
  return [process.execPath, RUN, '-i', spec, '-o', out, '-c', '@hey-api/client-fetch', ...plugins, '-s'];
}
