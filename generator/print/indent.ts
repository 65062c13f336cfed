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
  let depth = 0;
  let max = 0;
  let quote: string | undefined;
  let comment: 'line' | 'block' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (comment === 'line') {
      if (c === '\n') comment = undefined;
    } else if (comment === 'block') {
      if (c === '*' && text[i + 1] === '/') {
        comment = undefined;
        i++;
      }
    } else if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '/' && text[i + 1] === '/') comment = 'line';
    else if (c === '/' && text[i + 1] === '*') comment = 'block';
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '(' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ')' || c === ']') depth--;
  }
  return max;
}
