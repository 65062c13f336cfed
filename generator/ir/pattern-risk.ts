/**
 * Which patterns a backtracking engine may take super-linear time on, in two strengths:
 * - `linear`: the validators match the pattern with the linear-time program (pattern-program.ts).
 *   This is a cheap over-approximation: anything but a pattern whose only repetition of variable
 *   length is one single-character atom, anchored at the start. V8 is quadratic even on an
 *   unanchored `[a-z]+1`, so the line is drawn where no input can make it so.
 * - `warning`: the pattern really does backtrack super-linearly (the spec author should know): a
 *   report of scslre (polynomial and exponential backtracking on a repeated character), or
 *   exponential ambiguity in the program itself (two different ways around one loop on the same
 *   text, as in `(a|aa)+` and `(a*)*`), which scslre does not look for.
 */
import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';
import { CHAR, compilePattern, JUMP, MATCH, parsePattern, SPLIT, type PatternProgram } from './pattern-program.js';

export interface PatternRisk {
  /** The program the validators run instead of the engine; absent when the engine is safe (or must be kept). */
  readonly program?: PatternProgram;
  /** Why the pattern is a risk, for a warning; absent when it is not one. */
  readonly warning?: string;
}

const cache = new Map<string, PatternRisk>();

/** The risk of a `u`-flag pattern source (one the engine compiles); cached, as specs repeat patterns. */
export function patternRisk(source: string): PatternRisk {
  let risk = cache.get(source);
  if (risk === undefined) {
    risk = assess(source);
    if (cache.size > 10_000) cache.clear();
    cache.set(source, risk);
  }
  return risk;
}

function assess(source: string): PatternRisk {
  const pattern = parsePattern(source);
  if (pattern === undefined || safeForBacktracking(pattern)) return {};
  const program = compilePattern(pattern);
  const superLinear = reportsBacktracking(pattern) || ('instructions' in program && exponentiallyAmbiguous(program));
  if (!('instructions' in program)) {
    return superLinear
      ? { warning: `may take super-linear time to match, and cannot be matched in linear time: ${program.unsupported}` }
      : {};
  }
  return superLinear
    ? { program, warning: 'backtracks super-linearly: validators match it in linear time instead' }
    : { program };
}

/** One repetition of variable length at most, of a single character, after a leading `^`. */
function safeForBacktracking(pattern: AST.Pattern): boolean {
  let variable = 0;
  let unsafe = false;
  const visit = (node: AST.Node): void => {
    if (unsafe) return;
    if (node.type === 'Quantifier') {
      const single =
        node.element.type === 'Character' ||
        node.element.type === 'CharacterClass' ||
        node.element.type === 'CharacterSet';
      if (!single && node.max > 1) unsafe = true;
      if (node.min !== node.max) variable++;
    }
    if (
      node.type === 'Backreference' ||
      (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind'))
    ) {
      unsafe = true;
    }
    if ('alternatives' in node) for (const alt of node.alternatives) visit(alt);
    if ('elements' in node) for (const e of node.elements) visit(e);
    if (node.type === 'Quantifier') visit(node.element);
  };
  visit(pattern);
  if (unsafe || variable > 1) return false;
  return (
    variable === 0 ||
    pattern.alternatives.every((alt) => alt.elements[0]?.type === 'Assertion' && alt.elements[0].kind === 'start')
  );
}

let scslre: typeof import('scslre') | undefined;

function reportsBacktracking(pattern: AST.Pattern): boolean {
  // Loaded on first use: scslre and refa, which it loads, add ~20 MB to the process (Unicode
  // tables), and most specs have no pattern that gets this far (test/cli/lazy-dependencies.test.ts).
  scslre ??= createRequire(import.meta.url)('scslre') as typeof import('scslre');
  try {
    const literal = { type: 'RegExpLiteral', pattern, flags: unicodeFlags(pattern) } as unknown as AST.RegExpLiteral;
    return scslre.analyse(literal, { maxReports: 1 }).reports.length > 0;
  } catch {
    return false;
  }
}

function unicodeFlags(pattern: AST.Pattern): AST.Flags {
  const flags = { type: 'Flags', raw: 'u', start: 0, end: 1, parent: null } as Record<string, unknown>;
  for (const f of ['dotAll', 'global', 'hasIndices', 'ignoreCase', 'multiline', 'sticky', 'unicodeSets'])
    flags[f] = false;
  flags['unicode'] = true;
  void pattern;
  return flags as unknown as AST.Flags;
}

/** Above this many character states the pair graph is not built (scslre's report still counts). */
const MAX_STATES_FOR_PAIRS = 160;

/** Code points that stand for a class in overlap tests: Latin, and one of each other kind. */
const SAMPLES = [...Array.from({ length: 0x250 }, (_, i) => i), 0x2028, 0x3000, 0x0660, 0x4e00, 0xfeff, 0x1f600];

/**
 * Exponential ambiguity: a loop that can be gone around in two ways on the same text. Shown by two
 * epsilon paths between the same states inside a loop, or by a pair of different states reached on
 * the same text within one strongly connected part of the pair graph that also holds a pair `(q, q)`.
 */
function exponentiallyAmbiguous(program: PatternProgram): boolean {
  const { instructions } = program;
  const states = instructions.flatMap((ins, pc) => (ins[0] === CHAR ? [pc] : []));
  const next = new Map<number, Map<number, number>>();
  for (const p of states) {
    const reached = epsilonTargets(instructions, p + 1);
    if (reached === 'cycle') return true;
    next.set(p, reached);
  }
  // Two ways from p to q, and a way back from q to p: a loop with two ways around it.
  for (const [p, targets] of next)
    for (const [q, ways] of targets) if (ways > 1 && q !== -1 && reaches(next, q, p)) return true;
  if (states.length > MAX_STATES_FOR_PAIRS) return false;
  const sets = classSamples(program.classes);
  const overlap = (a: number, b: number) => {
    const x = sets[instructions[a]![1]!]!;
    const y = sets[instructions[b]![1]!]!;
    for (let i = 0; i < x.length; i++) if (x[i]! & y[i]!) return true;
    return false;
  };
  return pairGraphAmbiguous(states, next, overlap);
}

/** Character states (and -1 for MATCH) reached from `start` by epsilon moves, with how many ways (1 or 2). */
function epsilonTargets(instructions: readonly (readonly number[])[], start: number): Map<number, number> | 'cycle' {
  const ways = new Map<number, number>();
  const onPath = new Set<number>();
  let cycle = false;
  const walk = (pc: number): void => {
    if (cycle) return;
    const ins = instructions[pc]!;
    if (ins[0] === CHAR || ins[0] === MATCH) {
      const key = ins[0] === MATCH ? -1 : pc;
      ways.set(key, Math.min(2, (ways.get(key) ?? 0) + 1));
      return;
    }
    if (onPath.has(pc)) {
      cycle = true; // a loop that reads nothing: `(a*)*`
      return;
    }
    onPath.add(pc);
    if (ins[0] === SPLIT) {
      walk(ins[1]!);
      walk(ins[2]!);
    } else if (ins[0] === JUMP) walk(ins[1]!);
    else walk(pc + 1);
    onPath.delete(pc);
  };
  walk(start);
  return cycle ? 'cycle' : ways;
}

function reaches(next: Map<number, Map<number, number>>, from: number, to: number): boolean {
  const seen = new Set<number>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const p = stack.pop()!;
    for (const q of next.get(p)?.keys() ?? []) {
      if (q === to) return true;
      if (q !== -1 && !seen.has(q)) {
        seen.add(q);
        stack.push(q);
      }
    }
  }
  return false;
}

function classSamples(classes: readonly string[]): Uint32Array[] {
  return classes.map((source) => {
    const re = new RegExp(`^(?:${source})$`, 'u');
    const bits = new Uint32Array(Math.ceil(SAMPLES.length / 32));
    SAMPLES.forEach((c, i) => {
      if (re.test(String.fromCodePoint(c))) bits[i >> 5]! |= 1 << (i & 31);
    });
    return bits;
  });
}

/** Tarjan's strongly connected parts of the pair graph, iteratively; true when one mixes `(q, q)` and `(p, q)`. */
function pairGraphAmbiguous(
  states: readonly number[],
  next: Map<number, Map<number, number>>,
  overlap: (a: number, b: number) => boolean,
): boolean {
  const id = (p: number, q: number) => `${p},${q}`;
  const successors = (p: number, q: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const a of next.get(p)!.keys()) {
      if (a === -1) continue;
      for (const b of next.get(q)!.keys()) if (b !== -1 && overlap(a, b)) out.push([a, b]);
    }
    return out;
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: Array<[number, number]> = [];
  let counter = 0;
  for (const q of states) {
    if (index.has(id(q, q))) continue;
    const work: Array<{ node: [number, number]; succ: Array<[number, number]>; i: number }> = [];
    const open = (node: [number, number]) => {
      const k = id(...node);
      index.set(k, counter);
      low.set(k, counter++);
      stack.push(node);
      onStack.add(k);
      work.push({ node, succ: successors(...node), i: 0 });
    };
    open([q, q]);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const k = id(...top.node);
      if (top.i < top.succ.length) {
        const s = top.succ[top.i++]!;
        const sk = id(...s);
        if (!index.has(sk)) open(s);
        else if (onStack.has(sk)) low.set(k, Math.min(low.get(k)!, index.get(sk)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = id(...work[work.length - 1]!.node);
        low.set(parent, Math.min(low.get(parent)!, low.get(k)!));
      }
      if (low.get(k) !== index.get(k)) continue;
      let diagonal = false;
      let offDiagonal = false;
      let size = 0;
      for (;;) {
        const [a, b] = stack.pop()!;
        onStack.delete(id(a, b));
        size++;
        if (a === b) diagonal = true;
        else offDiagonal = true;
        if (a === top.node[0] && b === top.node[1]) break;
      }
      if (diagonal && offDiagonal && size > 1) return true;
    }
  }
  return false;
}
