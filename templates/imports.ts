/**
 * Import statements that name only what a file uses, so generated code compiles under
 * `noUnusedLocals` (many projects type-check generated code with their own strict settings).
 */
import { code, ident, join, lit, raw, runtimeName, type Code, type Ident } from '../generator/safe/code.js';
import type { Statement } from './structures.js';

/** `import { a, type B } from 'm';` with the candidates that occur in `body`; empty when none. */
export function importUsed(
  body: string,
  from: string,
  values: readonly (string | Ident)[],
  types: readonly string[] = [],
): Code {
  // Runtime names (literals here) and planned names (checked identifiers): never spec text.
  const used = (name: string) => new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(body);
  const names = [
    ...values.filter((v) => used(String(v))).map((v) => (typeof v === 'string' ? runtimeName(v) : v)),
    ...types.filter(used).map((t) => code`type ${runtimeName(t)}`),
  ];
  return names.length ? code`import { ${join(names, ', ')} } from ${lit(from)};` : raw('');
}

/** `import type * as ns from 'm';` when `ns.` occurs in `body`. */
export function importNamespaceUsed(body: string, from: string, ns: string): Code {
  return body.includes(`${ns}.`) ? code`import type * as ${ident(ns)} from ${lit(from)};` : raw('');
}

/** The text of statements (structures or code strings), to look for used names. */
export function statementsText(statements: readonly Statement[]): string {
  return statements.map((s) => (typeof s === 'string' ? s : JSON.stringify(s))).join('\n');
}
