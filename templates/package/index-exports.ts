/**
 * `index.ts` names what it re-exports. A target asks for `export * from './types.gen.js'`; the
 * package writes `export type { A, B, … } from './types.gen.js'` instead, with the names read from
 * that module's statements.
 *
 * Why: a type checker resolves `export *` by walking the whole module's exports into one table, and
 * an editor's checker is new on every keystroke. With OpenAI's 3,500 types, an edited file that
 * imports the package paid ~2.5 ms per re-check for it (bench/editor-recheck.ts, language service);
 * named re-exports are bound once, with the file. hey-api's index is written the same way.
 *
 * A module whose statements cannot all be read keeps its `export *` (a plugin's code, say): the
 * same exports, only not named.
 */
import { code, isIdentifierName, join, lit, runtimeName, type Code } from '../../generator/safe/code.js';
import { codeStatement, type Statement } from '../structures.js';

/** The names a module exports, values (also types, for a class) and types only. */
export interface ModuleExports {
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/** `index` with each `export *` of a module in `modules` (by path) written out as named re-exports. */
export function namedReExports(
  index: readonly Statement[],
  modules: ReadonlyMap<string, readonly Statement[]>,
): Statement[] {
  return index.flatMap((statement): Statement[] => {
    if (typeof statement === 'string' || statement.kind !== 'ExportDeclaration') return [statement];
    const from = statement.moduleSpecifier;
    const statements = modules.get(from.replace(/^\.\//, '').replace(/\.js$/, '.ts'));
    const names = statements && exportedNames(statements);
    if (!names) return [statement];
    // Names the module's own statements declare (checked identifiers); `runtimeName` checks them
    // again without refusing a keyword that may be exported (`unique`), as `ident` would.
    const list = (xs: readonly string[]): Code => join(xs.map(runtimeName), ', ');
    return [
      ...(names.values.length ? [codeStatement(code`export { ${list(names.values)} } from ${lit(from)};`)] : []),
      ...(names.types.length ? [codeStatement(code`export type { ${list(names.types)} } from ${lit(from)};`)] : []),
    ];
  });
}

/** What `statements` export, or undefined when a statement cannot be read. */
export function exportedNames(statements: readonly Statement[]): ModuleExports | undefined {
  const values: string[] = [];
  const types: string[] = [];
  for (const s of statements) {
    if (typeof s === 'string') {
      const found = exportsOfCode(s);
      if (!found) return undefined;
      values.push(...found.values);
      types.push(...found.types);
    } else if (s.kind === 'TypeAlias') {
      if (s.isExported) types.push(s.name);
    } else if (s.kind === 'VariableStatement') {
      if (s.isExported) values.push(...s.declarations.map((d) => d.name));
    } else return undefined; // an `export *` of its own
  }
  // A name both a value and a type (an enum's `as const` object and its union) goes out once, as
  // a value: `export { X }` carries both meanings, and a second `export type { X }` is an error.
  const valueNames = new Set(values);
  const typeNames = new Set(types.filter((t) => !valueNames.has(t)));
  return [...valueNames, ...typeNames].every(isIdentifierName)
    ? { values: [...valueNames], types: [...typeNames] }
    : undefined;
}

/** An identifier's characters (checked in full by `isIdentifierName`). */
const NAME = String.raw`[\p{ID_Continue}$\u200c\u200d]+`;

/** A declaration's head: `export function f`, `export type T`, `export const x` and the like. */
const DECLARATION = new RegExp(
  String.raw`export\s+(?:declare\s+)?` +
    String.raw`(?:(type|interface)|(?:async\s+)?function\*?|(const|let|var)|(?:abstract\s+)?class|enum)` +
    String.raw`\s+(${NAME})([^\n]*)`,
  'uy',
);

/** `export { a, type B } from './m.js';` or `export type { … }`, over as many lines as it takes. */
const NAMED = /export\s+(type\s+)?\{([^}]*)\}\s*(?:from\s*(?:'[^'\n]*'|"[^"\n]*"))?\s*;?[ \t]*(?:\n|$)/y;

/** One item of a named export: `a`, `type B`, `c as d`. */
const ITEM = new RegExp(String.raw`^(type\s+)?(${NAME})(?:\s+as\s+(${NAME}))?$`, 'u');

/**
 * The exports of one code statement. Each line that starts with `export` (a code statement may
 * hold a function's overloads, or a few declarations) must be one of the forms above; code never
 * starts a line with `export` elsewhere but in a string or comment that says it, and the emitters
 * write descriptions as doc lines (` * …`).
 */
function exportsOfCode(text: string): ModuleExports | undefined {
  const values: string[] = [];
  const types: string[] = [];
  for (const start of text.matchAll(/(?:^|\n)[ \t]*(?=export\b)/g)) {
    const at = start.index + start[0].length;
    NAMED.lastIndex = at;
    const named = NAMED.exec(text);
    if (named) {
      for (const item of named[2]!
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const m = ITEM.exec(item);
        if (!m) return undefined;
        (named[1] || m[1] ? types : values).push(m[3] ?? m[2]!);
      }
      continue;
    }
    DECLARATION.lastIndex = at;
    const declaration = DECLARATION.exec(text);
    // `export const a = 1, b = 2` would hide a name: a variable's line must hold no comma at all.
    if (!declaration || (declaration[2] && declaration[4]!.includes(','))) return undefined;
    (declaration[1] ? types : values).push(declaration[3]!);
  }
  return { values, types };
}
