/**
 * Import statements that name only what a file uses, so generated code compiles under
 * `noUnusedLocals` (many projects type-check generated code with their own strict settings).
 */
import { raw, type Code } from '../generator/safe/code.js';
import type { Statement } from './structures.js';

/** `import { a, type B } from 'm';` with the candidates that occur in `body`; empty when none. */
export function importUsed(body: string, from: string, values: readonly string[], types: readonly string[] = []): Code {
  const used = (name: string) => new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(body);
  const names = [...values.filter(used), ...types.filter(used).map((t) => `type ${t}`)];
  return raw(names.length ? `import { ${names.join(', ')} } from '${from}';` : '');
}

/** `import type * as ns from 'm';` when `ns.` occurs in `body`. */
export function importNamespaceUsed(body: string, from: string, ns: string): Code {
  return raw(body.includes(`${ns}.`) ? `import type * as ${ns} from '${from}';` : '');
}

/** The text of statements (structures or code strings), to look for used names. */
export function statementsText(statements: readonly Statement[]): string {
  return statements.map((s) => (typeof s === 'string' ? s : JSON.stringify(s))).join('\n');
}
