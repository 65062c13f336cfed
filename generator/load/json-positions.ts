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

/** A value's offset, and its members' by key (objects) or index (arrays). */
interface IndexNode {
  readonly offset: number;
  children?: Map<string, IndexNode>;
}

/**
 * Every value's offset, found by one scan and kept in a tree: for a file that many diagnostics point
 * into (a real 6 MB spec had 1,882 warnings, and a scan per warning took 35 s). Undefined for a
 * document nested deeper than `maxDepth`, whose tree could be as big as a hostile file wants; such
 * files keep the per-call scan of `jsonOffset`.
 */
export function jsonIndex(text: string, maxDepth = 1024): ((pointer: readonly string[]) => number) | undefined {
  interface Frame {
    readonly node: IndexNode;
    readonly kind: 'obj' | 'arr';
    key: string | undefined;
    index: number;
    expectKey: boolean;
  }
  let root: IndexNode | undefined;
  const stack: Frame[] = [];
  const add = (offset: number): IndexNode => {
    const node: IndexNode = { offset };
    const top = stack[stack.length - 1];
    if (!top) root ??= node;
    else {
      const token = top.kind === 'obj' ? top.key : String(top.index);
      const children = (top.node.children ??= new Map());
      // A duplicate key: the scan finds the first, so the index keeps the first too.
      if (token !== undefined && !children.has(token)) children.set(token, node);
    }
    return node;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) {
        if (text.charCodeAt(i) === 0x5c) {
          escaped = true;
          i++;
        }
      }
      if (top?.kind === 'obj' && top.expectKey) top.key = keyText(text, start, i, escaped);
      else add(start);
    } else if (c === 0x3a /* : */) {
      if (top) top.expectKey = false;
    } else if (c === 0x2c /* , */) {
      if (top?.kind === 'obj') {
        top.expectKey = true;
        top.key = undefined;
      } else if (top) top.index++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return undefined;
      stack.push({ node: add(i), kind: c === 0x7b ? 'obj' : 'arr', key: undefined, index: 0, expectKey: c === 0x7b });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else {
      add(i);
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
  const top: IndexNode | undefined = root;
  return (pointer) => {
    if (!top) return 0;
    let node: IndexNode = top;
    for (const token of pointer) {
      const next: IndexNode | undefined = node.children?.get(token);
      if (!next) break;
      node = next;
    }
    return node.offset;
  };
}

/** A key's text: a slice when it has no escapes, JSON's own decoding when it does. */
function keyText(text: string, start: number, end: number, escaped: boolean): string {
  if (!escaped) return text.slice(start + 1, end);
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return text.slice(start + 1, end);
  }
}

/** `lineColumn` for many offsets into one text: newline offsets found once, then a binary search. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length; // count of newlines before `offset`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return { line: lo + 1, column: offset - (lo === 0 ? -1 : newlines[lo - 1]!) };
  };
}
