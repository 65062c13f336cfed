/**
 * The only module that turns spec-derived text into code text.
 *
 * Every other emitter builds code from `Code` values: literal code written by us, or the output of
 * the encoders below. Spec strings (names, descriptions, enum values, patterns, examples) are data;
 * they reach generated code only as JSON-encoded literals, validated identifiers, or neutralised
 * comment text. See docs/codegen.md for the model (it follows ajv's lib/compile/codegen/code.ts).
 *
 * ts-morph structure fields are raw code and its `quote()` does not escape backslashes, so nothing
 * here delegates to it.
 */

import { guardHeap } from '../heap-guard.js';
import { typeScript } from '../typescript.js';

/**
 * Code text that is safe to splice into a generated file. A class (not a branded string) so that the
 * `code` tag can tell code from spec text at run time, as ajv's `_Code` does.
 */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
/** A valid, non-reserved JavaScript identifier. */
export class Ident extends Code {
  declare private readonly identBrand: void;
}
declare const docBrand: unique symbol;
/** Text that is safe inside a `/** … *\/` comment. */
export type DocText = string & { readonly [docBrand]: true };

/**
 * Tagged template for code. Interpolated `Code` values pass through; numbers, booleans, null and
 * strings are literal-encoded with `lit()`, so `code\`x === ${specValue}\`` can never inject code.
 */
export function code(parts: TemplateStringsArray, ...values: Array<Code | Literal>): Code {
  guardHeap();
  let out = parts[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    out += (value instanceof Code ? value.text : encodeLiteral(value as Literal)) + (parts[i + 1] ?? '');
  }
  return new Code(out);
}

/** A JSON value that may be encoded as a literal. */
export type Literal =
  | string
  | number
  | boolean
  | null
  | bigint
  | readonly Literal[]
  | { readonly [k: string]: Literal | undefined };

/**
 * Encodes any JSON value as a JavaScript expression. `JSON.stringify` escapes quotes, backslashes and
 * control characters; U+2028/U+2029 are escaped too because they end a line in older parsers and in
 * comments. Objects are emitted with computed `["__proto__"]` keys so a literal never sets a prototype.
 */
export function lit(value: Literal | undefined): Code {
  return wrap(encodeLiteral(value));
}

function encodeLiteral(value: Literal | undefined): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  // Non-ASCII characters as \u escapes: the same string, and a module whose code is ASCII is built
  // by the fast native builder (build-package.ts); U+2028/U+2029 are escaped by the same rule.
  if (typeof value === 'string') return JSON.stringify(value).replace(NON_ASCII, escapeUnicode);
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => encodeLiteral(v)).join(', ')}]`;
  const entries = Object.keys(value).map(
    (k) => `${objectKey(k)}: ${encodeLiteral((value as Record<string, Literal>)[k])}`,
  );
  return `{${entries.join(', ')}}`;
}

const NON_ASCII = /[^\u0000-\u007f]/g;

function escapeUnicode(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A string literal type (for TypeScript type positions). Same encoding as `lit`. */
export function litType(value: string | number | boolean | null): Code {
  if (typeof value === 'number' && value < 0) return wrap(`-${encodeLiteral(-value)}`);
  return lit(value);
}

/**
 * The type of exactly one JSON value, for an object or array `const`/`enum` value:
 * `{ a: 1; b: [true] }`. Keys as `objectKey` writes them; an empty object is `Record<string, never>`
 * (`{}` would take any value but null); a number JSON cannot hold (YAML's `.nan`) is `number`.
 */
export function valueType(value: unknown): Code {
  return wrap(valueTypeText(value));
}

function valueTypeText(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return encodeLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'number';
    return value < 0 ? `-${encodeLiteral(-value)}` : encodeLiteral(value);
  }
  if (Array.isArray(value)) return `[${value.map(valueTypeText).join(', ')}]`;
  if (typeof value !== 'object') return 'unknown';
  const keys = Object.keys(value);
  if (keys.length === 0) return 'Record<string, never>';
  const members = keys.map((k) => `${objectKey(k)}: ${valueTypeText((value as Record<string, unknown>)[k])}`);
  return `{ ${members.join('; ')} }`;
}

/**
 * Whether `name` is syntactically an identifier name (reserved words included), by TypeScript's own
 * scanner tables: Unicode's ID_Start/ID_Continue grow with each Unicode version, and a letter that
 * V8 accepts but tsc does not (e.g. a recent astral-plane script) must be quoted, not emitted bare.
 */
export function isIdentifierName(name: string): boolean {
  if (name.length === 0) return false;
  // ASCII needs no tables; TypeScript (0.2 s and 70 MB to load) is loaded for the first other name.
  if (/^[\x00-\x7f]*$/.test(name)) return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
  const ts = typeScript();
  let first = true;
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    const ok = first
      ? ts.isIdentifierStart(cp, ts.ScriptTarget.ES2015)
      : ts.isIdentifierPart(cp, ts.ScriptTarget.ES2015);
    if (!ok) return false;
    first = false;
  }
  return true;
}

/**
 * A key in an object literal or type literal. Identifiers stay bare; anything else is a JSON string.
 * `__proto__` is always computed (`["__proto__"]`): as a plain or quoted key in an object literal it
 * would set the prototype instead of creating a property.
 */
export function objectKey(name: string): string {
  if (name === '__proto__') return '["__proto__"]';
  return isIdentifierName(name) ? name : encodeLiteral(name);
}

/** `objectKey` as `Code`. */
export function key(name: string): Code {
  return wrap(objectKey(name));
}

/** Property access: `.name` when possible, `["na-me"]` otherwise. */
export function prop(name: string): Code {
  return wrap(isIdentifierName(name) ? `.${name}` : `[${encodeLiteral(name)}]`);
}

/**
 * Accepts a planned identifier. The planner guarantees validity; this check turns a planner bug
 * into a loud failure instead of broken output.
 */
export function ident(name: string): Ident {
  if (!isIdentifierName(name) || RESERVED_WORDS.has(name)) {
    throw new Error(`internal: ${JSON.stringify(name)} is not a safe identifier`);
  }
  return new Ident(name);
}

/** Joins code values with a code separator. */
export function join(items: readonly Code[], separator: string): Code {
  return new Code(items.map((c) => c.text).join(separator));
}

/**
 * Code written by specforge itself: keywords, punctuation, runtime helper names. Never spec text,
 * which reaches code only through `lit`, `key`, `prop`, `ident` and `docText`, nor a planned name,
 * which is an `Ident` already. test/safe/raw-literals.test.ts fails on a call whose argument is
 * not a literal.
 */
export function raw(text: string): Code {
  return wrap(text);
}

/**
 * A name a specforge runtime exports (`checker`, `unique`), for import lists: an identifier, which
 * may be one the planner keeps from spec names (`unique` is a TypeScript keyword in `unique symbol`).
 */
export function runtimeName(name: string): Ident {
  if (!isIdentifierName(name)) throw new Error(`internal: ${JSON.stringify(name)} is not an identifier`);
  return new Ident(name);
}

/** `code` when `condition` holds, else nothing: `${when(!required, raw('?'))}`. */
export function when(condition: boolean, text: Code): Code {
  return condition ? text : EMPTY;
}

const EMPTY = wrap('');

/**
 * Marks the call or `new` that follows as free of side effects, so that a bundler may drop it when
 * its value is unused (the validators and checks of operations a program does not import).
 */
export const PURE: Code = raw('/* @__PURE__ */ ');

/**
 * A regular expression built at run time from a spec `pattern`. The source is compiled now so an
 * invalid pattern fails generation with a clear error, then emitted as a string literal.
 */
export function regex(source: string, flags = 'u'): Code {
  new RegExp(source, flags); // throws SyntaxError on an invalid pattern
  return code`new RegExp(${source}, ${flags})`;
}

/**
 * Neutralises text for a JSDoc comment: `*\/` cannot close the comment, and line separators become
 * newlines. This is the only escaper for comment context.
 */
export function docText(text: string): DocText {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@') // spec text cannot start a JSDoc tag such as @type
    .trimEnd() as DocText;
}

/** A JSDoc tag line; `tag` is specforge's own (e.g. `example`), `text` is neutralised. */
export function docTag(tag: 'example' | 'default' | 'deprecated' | 'see', text = ''): DocText {
  return `@${tag}${text ? ' ' + docText(text) : ''}` as DocText;
}

/** A JSDoc block from doc lines (already neutralised). */
export function jsDoc(lines: readonly DocText[]): Code {
  if (lines.length === 0) return wrap('');
  const body = lines.join('\n\n').split('\n');
  return wrap(`/**\n${body.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n`);
}

function wrap(text: string): Code {
  return new Code(text);
}

/** JavaScript/TypeScript reserved words and strict-mode restricted names. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'as',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'await',
  'arguments',
  'eval',
  'any',
  'boolean',
  'never',
  'number',
  'object',
  'string',
  'symbol',
  'undefined',
  'unknown',
  'bigint',
  'type',
  'declare',
  'namespace',
  'module',
  'readonly',
  'keyof',
  'infer',
  'is',
  'asserts',
  'unique',
  'global',
  'require',
  'satisfies',
  'accessor',
  'of',
  'get',
  'set',
  'from',
  'abstract',
  'async',
  'constructor',
]);
