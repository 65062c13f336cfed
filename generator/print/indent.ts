/**
 * The layout of code nested too deeply for the formatter (see print-file.ts): re-indents by brace
 * depth, leaving each emitted line as it is. Strings (single, double, template) and comments are
 * skipped so a `{` inside them does not count. The emitters already put one statement per line, so
 * the result reads like formatted code.
 */
export function indentByBraces(text: string, unit = '  '): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let depth = 0;
  let inBlockComment = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') {
      out.push('');
      continue;
    }
    let opens = 0;
    let closesFirst = 0;
    let seenCode = false;
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (inBlockComment) {
        if (c === '*' && line[i + 1] === '/') {
          inBlockComment = false;
          i++;
        }
        continue;
      }
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '/' && line[i + 1] === '/') break;
      if (c === '/' && line[i + 1] === '*') {
        inBlockComment = true;
        i++;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') {
        quote = c;
        seenCode = true;
        continue;
      }
      if (c === '{' || c === '(' || c === '[') opens++;
      else if (c === '}' || c === ')' || c === ']') {
        if (!seenCode && opens === 0) closesFirst++;
        else opens--;
      }
      if (c !== '}' && c !== ')' && c !== ']' && c !== ' ') seenCode = true;
    }
    depth = Math.max(0, depth - closesFirst);
    out.push(line.startsWith('*') ? `${unit.repeat(depth)} ${line}` : unit.repeat(depth) + line);
    depth = Math.max(0, depth + opens);
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/**
 * The deepest nesting of `{`, `(` and `[` in code, strings and comments skipped as above. Linear;
 * decides whether the formatter can be trusted with a file.
 */
export function maxBracketDepth(text: string): number {
  // Char codes, not one-character strings: this scans every printed chunk (0.4 s of 84 MB). A
  // comment's end is found by indexOf, which skips the docs (most of a types module) faster.
  let depth = 0;
  let max = 0;
  let quote = 0; // the open quote's code, 0 outside strings
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = 0;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      i = text.indexOf('\n', i + 1);
      if (i < 0) break;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      i = text.indexOf('*/', i + 1);
      if (i < 0) break;
      i++;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK) quote = c;
    else if (c === OPEN_BRACE || c === OPEN_PAREN || c === OPEN_BRACKET) max = Math.max(max, ++depth);
    else if (c === CLOSE_BRACE || c === CLOSE_PAREN || c === CLOSE_BRACKET) depth--;
  }
  return max;
}

const STAR = 0x2a;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKTICK = 0x60;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
