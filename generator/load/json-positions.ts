/**
 * The offset of the value at a JSON pointer in JSON text, found by one linear scan with an explicit
 * stack: no parse tree and no recursion, so a 50 MB or deeply nested document costs O(n) time and
 * O(depth) memory (the `yaml` package, which positions YAML files, recurses and allocates a node per
 * value). Returns the offset of the deepest existing ancestor when the pointer does not exist.
 */
export function jsonOffset(text: string, pointer: readonly string[]): number {
  interface Frame {
    readonly kind: 'obj' | 'arr';
    key: string | undefined;
    index: number;
    expectKey: boolean;
    /** This frame and all its ancestors match the pointer so far. */
    matches: boolean;
    readonly start: number;
  }
  const stack: Frame[] = [];
  let best = 0;
  const tokenMatches = (frame: Frame, depth: number): boolean => {
    const parentMatches = depth === 0 || stack[depth - 1]!.matches;
    if (!parentMatches || depth >= pointer.length) return false;
    const token = frame.kind === 'obj' ? frame.key : String(frame.index);
    return token !== undefined && token === pointer[depth];
  };
  /** A value starts at `offset`: the found target, or a matching ancestor. */
  const valueAt = (offset: number): boolean => {
    const depth = stack.length;
    if (depth === 0) return pointer.length === 0;
    const top = stack[depth - 1]!;
    top.matches = tokenMatches(top, depth - 1);
    if (top.matches) {
      best = offset;
      if (depth === pointer.length) return true;
    }
    return false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      if (top?.kind === 'obj' && top.expectKey) {
        try {
          top.key = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          top.key = text.slice(start + 1, i);
        }
      } else if (valueAt(start)) return start;
    } else if (c === 0x3a /* : */) {
      if (top) top.expectKey = false;
    } else if (c === 0x2c /* , */) {
      if (top?.kind === 'obj') {
        top.expectKey = true;
        top.key = undefined;
      } else if (top) top.index++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (valueAt(i)) return i;
      stack.push({ kind: c === 0x7b ? 'obj' : 'arr', key: undefined, index: 0, expectKey: c === 0x7b, matches: false, start: i });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else {
      if (valueAt(i)) return i;
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
  return best;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
