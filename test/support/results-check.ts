/**
 * A type-level check for a generated package: every client method's result type (the written-out
 * `…Result` union) is the runtime's `ApiResult` of the operation's responses and headers, in both
 * directions. Written into the package folder, it fails the package's type-check when they differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CHECK = `import type { ApiResult, Client, Operations } from './index.js';

type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ResultsMatch<Ops, C> = {
  [K in keyof Ops & keyof C]: C[K] extends (...args: never[]) => Promise<infer R>
    ? Ops[K] extends { responses: infer Res }
      ? SameType<R, ApiResult<Res, Ops[K] extends { responseHeaders: infer H } ? H : {}>>
      : false
    : false;
}[keyof Ops & keyof C];
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
