/**
 * Duplicate keys in a JSON file. `JSON.parse` keeps the last of them silently, where YAML refuses
 * the document: a spec edited by hand or merged by a script can lose a schema or an operation
 * that way, unseen. One pass over the text (strings skipped with `indexOf`), run only on JSON files.
 */

/** A key that repeats an earlier key of the same object, at its offset in the text. */
export interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The duplicate keys of a valid JSON text, in order (at most `limit`). */
export function duplicateJsonKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One entry per open container: the keys of an object so far, or null for an array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = open[open.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.has(key)) found.push({ key, offset: i });
        else top.add(key);
      }
      expectKey = false;
      i = end;
    } else if (c === 0x7b /* { */) {
      open.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      open.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
    } else if (c === 0x2c /* , */) {
      expectKey = open[open.length - 1] !== null && open.length > 0;
    }
  }
  return found;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i === -1) return text.length;
    let backslashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}
