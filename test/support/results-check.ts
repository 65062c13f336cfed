/**
 * A type-level check for a generated package: every client method's result type (the written-out
 * `…Result` union) is the runtime's `ApiResult` of the operation's responses and headers, in both
 * directions. Written into the package folder, it fails the package's type-check when they differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MATCH = readFileSync(new URL('./results-match.ts', import.meta.url), 'utf8');
const IMPORT = "from '../../generated/clockify/index.js';";
if (!MATCH.includes(IMPORT)) throw new Error(`results-match.ts no longer has the import ${IMPORT}`);

/** results-match.ts, importing the package's own `ApiResult`, and the assertion over its client. */
const CHECK = `${MATCH.replace(IMPORT, "from './index.js';\nimport type { Client, Operations } from './index.js';")}
/** Only \`true\` passes: \`boolean\` (a mismatch) breaks the constraint, \`never\` (no operations) the value. */
type Assert<T extends true> = T;
export const resultsMatch: Assert<ResultsMatch<Operations, Client>> = true;
`;

/** Writes `results-check.ts` into a package that has a client and operations; whether it did. */
export function writeResultsCheck(packageDir: string): boolean {
  const types = path.join(packageDir, 'types.gen.ts');
  if (!existsSync(path.join(packageDir, 'client.gen.ts')) || !existsSync(types)) return false;
  // An \`Operations\` map with at least one member.
  if (!/^export type Operations = \{\n(?!\};)/m.test(readFileSync(types, 'utf8'))) return false;
  writeFileSync(path.join(packageDir, 'results-check.ts'), CHECK);
  return true;
}
