/** A container being scanned: its kind, and the key or index of the member being read. */
interface Frame {
  readonly kind: 'obj' | 'arr';
  key: string | undefined;
  index: number;
  expectKey: boolean;
}

/** What a scan is told; returning `true` from `value` or `false` from `open` stops it. */
interface ScanEvents {
  /** A value starts at `offset`; `frames` are its containers, innermost last (its token current). */
  value(offset: number, frames: readonly Frame[]): boolean | void;
  /** The value that just started is a container, now the innermost frame. */
  open(frames: readonly Frame[]): boolean;
  /** The innermost container ended. */
  close(): void;
}

/**
 * One linear pass over JSON text with an explicit stack: no parse tree and no recursion, so a 50 MB
 * or deeply nested document costs O(n) time and O(depth) memory (the `yaml` package, which
 * positions YAML files, recurses and allocates a node per value). Both lookups below are this scan.
 */
function scanJson(text: string, on: ScanEvents): void {
  const frames: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    const top = frames[frames.length - 1];
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
      else if (on.value(start, frames)) return;
    } else if (c === 0x3a /* : */) {
      if (top) top.expectKey = false;
    } else if (c === 0x2c /* , */) {
      if (top?.kind === 'obj') {
        top.expectKey = true;
        top.key = undefined;
      } else if (top) top.index++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (on.value(i, frames)) return;
      frames.push({ kind: c === 0x7b ? 'obj' : 'arr', key: undefined, index: 0, expectKey: c === 0x7b });
      if (!on.open(frames)) return;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frames.pop();
      on.close();
    } else {
      if (on.value(i, frames)) return;
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
}

/** The pointer token of the member being read in `frame`. */
function tokenOf(frame: Frame): string | undefined {
  return frame.kind === 'obj' ? frame.key : String(frame.index);
}

/**
 * The offset of the value at a JSON pointer in JSON text, by one scan. Returns the offset of the
 * deepest existing ancestor when the pointer does not exist.
 */
export function jsonOffset(text: string, pointer: readonly string[]): number {
  // onPath[d]: the container frames[d] is on the pointer's path (the root always is).
  const onPath: boolean[] = [];
  let best = 0;
  let last = false;
  scanJson(text, {
    value(offset, frames) {
      const depth = frames.length;
      last =
        depth === 0 ||
        (onPath[depth - 1]! && depth <= pointer.length && tokenOf(frames[depth - 1]!) === pointer[depth - 1]);
      if (!last) return false;
      best = offset;
      return depth === pointer.length;
    },
    open() {
      onPath.push(last);
      return true;
    },
    close() {
      onPath.pop();
    },
  });
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
 * Every value's offset, from one scan, kept in a tree: for a file that many diagnostics point into
 * (a real 6 MB spec had 1,882 warnings, and a scan per warning took 35 s). Undefined for a document
 * nested deeper than `maxDepth`, whose tree could be as big as a hostile file wants; such files
 * keep the per-call scan of `jsonOffset`.
 */
export function jsonIndex(text: string, maxDepth = 1024): ((pointer: readonly string[]) => number) | undefined {
  let root: IndexNode | undefined;
  const nodes: IndexNode[] = []; // the containers' nodes, parallel to the scan's frames
  let last: IndexNode | undefined;
  let tooDeep = false;
  scanJson(text, {
    value(offset, frames) {
      last = { offset };
      const parent = nodes[nodes.length - 1];
      const token = frames.length ? tokenOf(frames[frames.length - 1]!) : undefined;
      if (!parent) root ??= last;
      else if (token !== undefined) {
        const children = (parent.children ??= new Map());
        // A duplicate key: the scan finds the first, so the index keeps the first too.
        if (!children.has(token)) children.set(token, last);
      }
    },
    open(frames) {
      if (frames.length > maxDepth) return !(tooDeep = true);
      nodes.push(last!);
      return true;
    },
    close() {
      nodes.pop();
    },
  });
  if (tooDeep) return undefined;
  const top = root;
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

/**
 * The offset where `text`'s bracket nesting first goes past `limit` levels, or -1. Strings are
 * skipped (a bracket in a string is text). One pass in constant memory: a hostile document of
 * millions of levels is refused before JSON.parse builds millions of nested arrays (a 50 MB one
 * took 0.8 GB that way before failing).
 */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: to its closing quote, stepping over escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
