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
  const candidates = [...values.map(String), ...types];
  const tokens = candidates.length > FEW_NAMES ? namesIn(body) : namesAmong(body, candidates);
  const used = (name: string) => tokens.has(name);
  const names = [
    ...values.filter((v) => used(String(v))).map((v) => (typeof v === 'string' ? runtimeName(v) : v)),
    ...types.filter(used).map((t) => code`type ${runtimeName(t)}`),
  ];
  return importOf(names, from);
}

/**
 * `import { a, type B } from 'm';` of names the caller knows the file uses (each operation's
 * constant): no search of the module's text.
 */
export function importAll(values: readonly Ident[], from: string, types: readonly string[] = []): Code {
  return importOf([...values, ...types.map((t) => code`type ${runtimeName(t)}`)], from);
}

function importOf(names: readonly Code[], from: string): Code {
  return names.length ? code`import { ${join(names, ', ')} } from ${lit(from)};` : raw('');
}

/** Up to this many candidates, one search for them beats listing every name of the module. */
const FEW_NAMES = 64;

/**
 * Which of `candidates` occur in `body` as names (not after a `.`, not inside a longer name): one
 * pass of a regular expression of the candidates. On a 64x synthetic spec's modules (tens of MB)
 * this is several times faster than collecting every name of the text, as namesIn does.
 */
function namesAmong(body: string, candidates: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  if (!candidates.length) return found;
  const alternatives = candidates.map((c) => c.replace(/[$]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\w$.\\u0080-\\uffff])(?:${alternatives})(?![\\w$\\u0080-\\uffff])`, 'g');
  for (const m of body.matchAll(pattern)) found.add(m[0]);
  return found;
}

let lastBody: string | undefined;
let lastNames: ReadonlySet<string> = new Set();

/**
 * The names `body` uses: each maximal run of identifier characters not read as a property (`.x`).
 * One pass, kept for the next call on the same text: a client imports one constant per operation,
 * and a search of the whole module per name took 7.7 s of a 64x synthetic spec's 24.
 */
function namesIn(body: string): ReadonlySet<string> {
  if (body !== lastBody) {
    const names = new Set<string>();
    // Any non-ASCII character counts as a letter: planned names may hold any (a \p{ID_Continue} class
    // took 1.4 s on the 64x synthetic spec), and around a name in code there is only ASCII punctuation.
    for (const m of body.matchAll(/[\w$\u0080-\uffff]+/g)) if (body[m.index - 1] !== '.') names.add(m[0]);
    lastBody = body;
    lastNames = names;
  }
  return lastNames;
}

/** `import type * as ns from 'm';` when `ns.` occurs in `body`. */
export function importNamespaceUsed(body: string, from: string, ns: string): Code {
  return body.includes(`${ns}.`) ? code`import type * as ${ident(ns)} from ${lit(from)};` : raw('');
}

/** The text of statements (structures or code strings), to look for used names. */
export function statementsText(statements: readonly Statement[]): string {
  return statements.map((s) => (typeof s === 'string' ? s : JSON.stringify(s))).join('\n');
}
