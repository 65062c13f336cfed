/**
 * Turning arbitrary spec names into identifiers, and the collision table that hands each name out
 * once. Collisions are detected on a case-folded key, so `rtl`/`RTL` and `user_name`/`UserName` never
 * produce two exports that differ only in case (a file-system and reader hazard).
 */
import { isIdentifierName, RESERVED_WORDS } from '../safe/code.js';

/** Splits a name into words at non-alphanumerics and lower→upper case changes. */
function words(raw: string): string[] {
  return raw
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((part) => part.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})/u))
    .filter(Boolean);
}

/** `user_name` → `UserName`; the rest of each word keeps its case (`RTL` stays `RTL`). */
export function pascalCase(raw: string): string {
  const out = words(raw)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return ensureIdentifier(out, 'Schema');
}

/** `get-user` → `getUser`, `GetUser` → `getUser`. */
export function camelCase(raw: string): string {
  const ws = words(raw);
  const out = ws
    .map((w, i) =>
      i === 0
        ? w === w.toUpperCase() && w.length > 1
          ? w.toLowerCase()
          : w[0]!.toLowerCase() + w.slice(1)
        : w[0]!.toUpperCase() + w.slice(1),
    )
    .join('');
  return ensureIdentifier(out, 'operation');
}

function ensureIdentifier(name: string, fallback: string): string {
  let out = name || fallback;
  if (/^\p{N}/u.test(out)) out = '_' + out;
  if (isIdentifierName(out)) return out;
  // Drop what TypeScript does not take as identifier characters; what is left may then start with
  // a character that can only continue one (a digit such as U+1D7CE, found by the fuzzer).
  out = [...out].filter((c) => isIdentifierName('a' + c)).join('');
  if (out && !isIdentifierName(out)) out = '_' + out;
  return out && isIdentifierName(out) ? out : fallback;
}

/**
 * Global names that generated modules use (types and runtime values). A spec schema called `Error`
 * or `Response` must not shadow them, so such names get a suffix.
 */
const GLOBALS = new Set([
  'Array',
  'ArrayBuffer',
  'Blob',
  'Boolean',
  'Date',
  'Error',
  'File',
  'FormData',
  'Function',
  'Headers',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Omit',
  'Partial',
  'Pick',
  'Promise',
  'Readonly',
  'ReadonlyArray',
  'Record',
  'RegExp',
  'Request',
  'RequestInit',
  'Required',
  'Response',
  'Set',
  'String',
  'Symbol',
  'URL',
  'URLSearchParams',
  'Uint8Array',
  'AbortController',
  'AbortSignal',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'Awaited',
  'globalThis',
  'fetch',
  'console',
  'BigInt',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'WeakMap',
  'WeakSet',
  'Iterable',
  'AsyncIterable',
  'PromiseLike',
  'TypeError',
  'RangeError',
  'DOMException',
]);

/** One namespace of exported names, handing out each case-folded name once. */
export class NameTable {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(fold(name));
  }

  /**
   * Claims `preferred` or, if taken, the first free `preferred2`, `preferred3`, …; `suffix` first avoids reserved and
   * global names.
   */
  claim(preferred: string, suffix: string, options: { propertyName?: boolean } = {}): string {
    let base = preferred;
    // Property names (client methods) may be reserved words; bindings may not.
    const clash = options.propertyName
      ? base === '__proto__'
      : RESERVED_WORDS.has(base) || GLOBALS.has(base) || base === '__proto__';
    if (clash) base += suffix;
    let candidate = base;
    for (let n = 2; this.taken.has(fold(candidate)); n++) candidate = `${base}${n}`;
    this.taken.add(fold(candidate));
    return candidate;
  }
}

function fold(name: string): string {
  return name.toLowerCase();
}

/** Object.prototype members: never usable as client method names. */
export const PROTOTYPE_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Object keys for enum values the spec does not name (`enums: 'object'`): `'in_progress'` →
 * `InProgress`, `2` → `_2`, `null` → `Null`; a clash (`'a-b'` and `'a_b'`) gets a numbered name.
 */
export function enumValueKeys(values: readonly unknown[]): string[] {
  const table = new NameTable();
  return values.map((value) => {
    const base =
      value === null ? 'Null' : typeof value === 'boolean' ? (value ? 'True' : 'False') : pascalCase(String(value));
    // `pascalCase` falls back to `Schema` for a value with no letters or digits (`''`, `'-'`).
    const named = /[\p{L}\p{N}]/u.test(String(value)) || value === null || typeof value === 'boolean' ? base : 'Empty';
    return table.claim(named, '_', { propertyName: true });
  });
}
