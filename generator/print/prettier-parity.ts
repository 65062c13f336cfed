/**
 * Where oxfmt's output still differs from prettier's, brought back to prettier's. One layout rule is
 * known (oxc-project/oxc#25437, #26852; so in oxfmt 0.75 to 0.79): a union type that does not fit
 * after `=` (or a property's `:`) but fits on the next line is kept flat there by prettier, and laid
 * out one member per line by oxfmt. Over every module the corpus generates (990) it is the only
 * layout difference; test/corpus/corpus.test.ts checks the result byte for byte against prettier.
 */

const PRINT_WIDTH = 120;
/** A member line of a broken union: indentation, `| `, one member on one line. */
const MEMBER = /^( +)\| (.+)$/;

/**
 * Collapses each union laid out one member per line, after a line ending in ` =` or `:`, whose
 * members are one line each, onto one line when that line fits the print width.
 */
export function collapseFittingUnions(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    if (!(line.endsWith(' =') || line.endsWith(':'))) continue;
    const first = MEMBER.exec(lines[i + 1] ?? '');
    if (!first) continue;
    const indent = first[1]!;
    const members: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = MEMBER.exec(lines[j]!);
      if (!m || m[1] !== indent) break;
      members.push(m[2]!);
      if (m[2]!.endsWith(';')) break;
    }
    // Only a whole union whose last member ends the statement; anything else is left as printed.
    if (j === lines.length || !members.length || !members[members.length - 1]!.endsWith(';')) continue;
    const flat = indent + members.join(' | ');
    if (stringWidth(flat) > PRINT_WIDTH) continue;
    out.push(flat);
    i = j;
  }
  return out.join('\n');
}

/** Display width as prettier counts it: combining marks take none, East Asian wide characters two. */
function stringWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x7f) width++;
    else if ((c >= 0x300 && c <= 0x36f) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d) continue;
    else if (isWide(c)) width += 2;
    else width++;
  }
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
