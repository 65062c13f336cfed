/**
 * `pattern` (and `patternProperties` keys) as the validators compile them: ECMA-262 with the `u`
 * flag, as JSON Schema 2020-12 and ajv read them. A pattern that does not compile there is often
 * written for the engine of the server behind the spec, and means something exact there; it is
 * rewritten into the same `u` pattern where that is certain, and ignored (with a warning) where not:
 * - Under `u`, escaping a character that needs no escape (`\_`, `\:`, `\-` outside a class, `\"`)
 *   is a syntax error, where every other engine (and JavaScript without `u`) reads the character
 *   itself. About 2 % of APIs.guru's 25,000 patterns do this (`^[A-Z0-9\_]+$`). Such an escape is
 *   rewritten as the same character by code (`\x5f`), which means the same under `u` and in a class
 *   cannot start a range; so is a hyphen next to a class escape in a class (`[\w-.]`, a hyphen to
 *   other engines, a bad range to `u`).
 * - Java's POSIX classes (`\p{Alnum}`, `\p{XDigit}`, `\p{Print}`: ASCII in Java, as written here)
 *   and its `Is` properties and scripts (`\p{IsLetter}`, `\p{Han}`); AWS's specs have dozens.
 * - Ruby's, Python's and Java's input anchors `\A`, `\z` and `\Z` (before a final line break).
 * - A brace that cannot start a quantifier is a literal brace to other engines (`^{[0-9a-f]{8}}$`,
 *   a GUID in braces).
 * What stays ignored: `{1-70}` (a quantifier mistyped: read literally it would refuse every valid
 * value), Java's class intersections (`&&`) and negated POSIX classes inside a class, possessive
 * quantifiers, and anything else that is not certain.
 */

/**
 * Characters `\` may escape under the `u` flag (SyntaxCharacter and `/`); letters and digits are escape sequences of
 * their own.
 */
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
 * The `u` pattern that means what `pattern` means to the engines that accept it (see the module
 * comment), or `pattern` itself when some part of it has no certain meaning.
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
      if ((char === 'p' || char === 'P') && pattern[i + 2] === '{') {
        const close = pattern.indexOf('}', i + 3);
        const property = close === -1 ? undefined : propertyClass(pattern.slice(i + 3, close), char === 'P', inClass);
        if (property === undefined) return pattern;
        out += property;
        afterClassEscape = inClass;
        i = close;
        continue;
      }
      if (!inClass && INPUT_ANCHORS[char] !== undefined) {
        out += INPUT_ANCHORS[char];
        i += 1;
        continue;
      }
      if (/[A-Za-z0-9]/.test(char) || ESCAPABLE.has(char)) out += c + char;
      else out += next <= 0xff ? `\\x${next.toString(16).padStart(2, '0')}` : `\\u{${next.toString(16)}}`;
      afterClassEscape = inClass && CLASS_ESCAPES.has(char);
      i += char.length;
      continue;
    }
    if (inClass && c === '&' && pattern[i + 1] === '&') return pattern; // Java's class intersection
    if (!inClass && c === '{') {
      const quantifier = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i))?.[0];
      if (quantifier) {
        out += quantifier;
        i += quantifier.length - 1;
        continue;
      }
      // `{1-70}`, `{,5}`: a quantifier mistyped, not a brace; its meaning is not certain.
      if (/[\d,]/.test(pattern[i + 1] ?? '')) return pattern;
      out += '\\{';
      continue;
    }
    if (!inClass && c === '}') {
      out += '\\}';
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    // A hyphen before `\d` or `\p{…}` in a class is a hyphen to other engines, not a range's dash.
    const escaped = pattern[i + 1] === '\\' ? (pattern[i + 2] ?? '') : '';
    const nextIsClassEscape =
      CLASS_ESCAPES.has(escaped) || ((escaped === 'p' || escaped === 'P') && pattern[i + 3] === '{');
    out += inClass && c === '-' && (afterClassEscape || nextIsClassEscape) ? '\\x2d' : c;
    afterClassEscape = false;
  }
  return out;
}

/**
 * `\A`, `\z` and `\Z` (end, or before a final line break) of Java, Ruby and Python; `u` patterns have no `m` flag here.
 */
const INPUT_ANCHORS: Readonly<Record<string, string>> = { A: '^', z: '$', Z: '(?=\\n?$)' };

/** Java's POSIX character classes, which are ASCII unless a flag the spec cannot carry says otherwise. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7f',
  Alpha: 'A-Za-z',
  Digit: '0-9',
  Alnum: 'A-Za-z0-9',
  Punct: '\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e',
  Graph: '\\x21-\\x7e',
  Print: '\\x20-\\x7e',
  Blank: '\\x20\\t',
  Cntrl: '\\x00-\\x1f\\x7f',
  XDigit: '0-9A-Fa-f',
  Space: '\\x20\\t\\n\\x0b\\f\\r',
};

/**
 * `\p{name}` (or `\P{name}`, `negated`) as `u` understands it: a POSIX class spelled out, or a
 * Unicode property or script under the name `u` knows (`IsLetter` → `Letter`, `Han` →
 * `Script=Han`); undefined when there is none, or when a negated POSIX class is inside a class.
 */
function propertyClass(name: string, negated: boolean, inClass: boolean): string | undefined {
  const posix = POSIX_CLASSES[name];
  if (posix !== undefined) {
    if (inClass) return negated ? undefined : posix;
    return `[${negated ? '^' : ''}${posix}]`;
  }
  const escape = negated ? '\\P' : '\\p';
  const bare = name.startsWith('Is') ? name.slice(2) : name;
  for (const candidate of [name, bare, `Script=${bare}`]) {
    if (compileError(`${escape}{${candidate}}`) === undefined) return `${escape}{${candidate}}`;
  }
  return undefined;
}

/** Escapes that stand for a set of characters, which cannot end a range. */
const CLASS_ESCAPES = new Set([...'dDwWsS']);
