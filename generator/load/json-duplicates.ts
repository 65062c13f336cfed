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
const ARRAY = 0;
const EMPTY = 1;
const BACKSLASH = 0x5c;

/** The duplicate keys of a valid JSON text, in order (at most `limit`). */
export function duplicateJsonKeys(text: string, limit = 100): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // One entry per open container: an array (ARRAY), an object with no key yet (EMPTY), its only
  // key so far, or the set of its keys. The set is made at the second key, so a deeply nested
  // document of one-key objects (5 million levels) costs no set per level.
  const open: Array<string | Set<string> | typeof ARRAY | typeof EMPTY> = [];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = open.length - 1;
      const keys = open[top];
      if (expectKey && keys !== ARRAY && keys !== undefined) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (keys === EMPTY) open[top] = key;
        else if (typeof keys === 'string') {
          if (keys === key) found.push({ key, offset: i });
          else open[top] = new Set([keys, key]);
        } else if (keys.has(key)) found.push({ key, offset: i });
        else keys.add(key);
      }
      expectKey = false;
      i = end;
    } else if (c === 0x7b /* { */) {
      open.push(EMPTY);
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      open.push(ARRAY);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
    } else if (c === 0x2c /* , */) {
      expectKey = open.length > 0 && open[open.length - 1] !== ARRAY;
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
