/**
 * `pattern` (and `patternProperties` keys) as the validators compile them: ECMA-262 with the `u`
 * flag, as JSON Schema 2020-12 and ajv read them. Under `u`, escaping a character that needs no
 * escape (`\_`, `\:`, `\-` outside a class, `\"`) is a syntax error, where every other regex
 * engine (and JavaScript without `u`) reads the character itself. About 2 % of APIs.guru's 25,000
 * patterns do this (`^[A-Z0-9\_]+$`); they were ignored, so nothing checked those values. Such an
 * escape is rewritten as the same character by code (`\x5f`), which means the same under `u` and
 * in a class cannot start a range; so is a hyphen next to a class escape in a class (`[\w-.]`,
 * a hyphen to other engines, a bad range to `u`). A pattern that still does not compile
 * (`{1-70}`, Ruby's `\A`, Java's `\p{Alnum}`) is written for another engine and stays ignored,
 * with a warning.
 */

/** Characters `\` may escape under the `u` flag (SyntaxCharacter and `/`); letters and digits are escape sequences of their own. */
const ESCAPABLE = new Set([...'^$\\.*+?()[]{}|/']);

/** The `u`-flag source of `pattern`, or the engine's reason it is not a regular expression even then. */
export function ecmaPattern(pattern: string): { readonly source: string } | { readonly error: string } {
  const error = compileError(pattern);
  if (error === undefined) return { source: pattern };
  const rewritten = rewrittenForUnicodeMode(pattern);
  return rewritten !== pattern && compileError(rewritten) === undefined ? { source: rewritten } : { error };
}

function compileError(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Rewrites each `\c` whose `c` is neither a letter, a digit nor escapable under `u` as `c` by
 * code, and, in a class, a `-` next to a class escape (`[\w-.]`), which other engines read as a
 * hyphen and `u` refuses as a range, as a hyphen by code.
 */
function rewrittenForUnicodeMode(pattern: string): string {
  let out = '';
  let inClass = false;
  let afterClassEscape = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern.codePointAt(i + 1)!;
      const char = String.fromCodePoint(next);
      if (/[A-Za-z0-9]/.test(char) || ESCAPABLE.has(char)) out += c + char;
      else out += next <= 0xff ? `\\x${next.toString(16).padStart(2, '0')}` : `\\u{${next.toString(16)}}`;
      afterClassEscape = inClass && CLASS_ESCAPES.has(char);
      i += char.length;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const nextIsClassEscape = pattern[i + 1] === '\\' && CLASS_ESCAPES.has(pattern[i + 2] ?? '');
    out += inClass && c === '-' && (afterClassEscape || nextIsClassEscape) ? '\\x2d' : c;
    afterClassEscape = false;
  }
  return out;
}

/** Escapes that stand for a set of characters, which cannot end a range. */
const CLASS_ESCAPES = new Set([...'dDwWsS']);
