/**
 * Patterns as programs for a linear-time matcher. JavaScript's engine backtracks: `^(a+)+$` takes
 * 42 s on 30 characters, and even an unanchored `[a-z]+1` is quadratic (2 s on 50 KB). Validators
 * check untrusted input (responses, webhook payloads), so a pattern that a backtracking engine could
 * take super-linear time on is compiled here into a Thompson NFA that the validators' runtime
 * simulates (`linearPattern` in templates/runtime/validators.ts): time linear in the input, whatever
 * the pattern.
 *
 * The program is data: numbers, and the pattern's own character classes (substrings of the pattern,
 * each a `RegExp` that matches one code point, so a class means exactly what it meant in place).
 * Backreferences and lookarounds have no NFA: such a pattern keeps the engine, with a warning.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Instructions: `[CHAR, class]`, `[SPLIT, a, b]`, `[JUMP, a]`, `[ASSERT, kind]`, `[MATCH]`. */
export const CHAR = 0;
export const SPLIT = 1;
export const JUMP = 2;
export const ASSERT = 3;
export const MATCH = 4;
/** Assertion kinds: input start, input end, word boundary, not a word boundary. */
export const AT_START = 0;
export const AT_END = 1;
export const WORD_BOUNDARY = 2;
export const NOT_WORD_BOUNDARY = 3;

export type Instruction = readonly number[];

export interface PatternProgram {
  readonly instructions: readonly Instruction[];
  /** `u`-flag sources, each matching exactly one code point. */
  readonly classes: readonly string[];
}

/** Above this many instructions (counted repetitions expand) the simulation would be too slow per character. */
export const MAX_INSTRUCTIONS = 20_000;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The parsed pattern (`u` flag), or undefined when the engine would refuse it. */
export function parsePattern(source: string): AST.Pattern | undefined {
  try {
    return parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
}

class Unsupported extends Error {}

/** Compiles a pattern; `{ unsupported }` says why it has no linear-time program. */
export function compilePattern(pattern: AST.Pattern): PatternProgram | { readonly unsupported: string } {
  const instructions: number[][] = [];
  const classes: string[] = [];
  const classIndex = new Map<string, number>();
  const emit = (...instruction: number[]): number => {
    if (instructions.length >= MAX_INSTRUCTIONS)
      throw new Unsupported(`its counted repetitions expand past ${MAX_INSTRUCTIONS} steps`);
    instructions.push(instruction);
    return instructions.length - 1;
  };
  const charClass = (raw: string): void => {
    let k = classIndex.get(raw);
    if (k === undefined) {
      k = classes.push(raw) - 1;
      classIndex.set(raw, k);
    }
    emit(CHAR, k);
  };
  const alternatives = (alts: readonly AST.Alternative[]): void => {
    const jumps: number[] = [];
    alts.forEach((alt, i) => {
      if (i < alts.length - 1) {
        const split = emit(SPLIT, 0, 0);
        instructions[split]![1] = split + 1;
        for (const e of alt.elements) element(e);
        jumps.push(emit(JUMP, 0));
        instructions[split]![2] = instructions.length;
      } else for (const e of alt.elements) element(e);
    });
    for (const j of jumps) instructions[j]![1] = instructions.length;
  };
  const quantified = (q: AST.Quantifier): void => {
    for (let i = 0; i < q.min; i++) element(q.element);
    if (q.max === Infinity) {
      const split = emit(SPLIT, 0, 0);
      instructions[split]![1] = split + 1;
      element(q.element);
      emit(JUMP, split);
      instructions[split]![2] = instructions.length;
      return;
    }
    const splits: number[] = [];
    for (let i = q.min; i < q.max; i++) {
      const split = emit(SPLIT, 0, 0);
      instructions[split]![1] = split + 1;
      splits.push(split);
      element(q.element);
    }
    for (const s of splits) instructions[s]![2] = instructions.length;
  };
  const element = (e: AST.Element): void => {
    switch (e.type) {
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
        if (e.type === 'CharacterSet' && e.kind === 'property' && e.strings)
          throw new Unsupported('it matches strings by a property');
        return charClass(e.raw);
      case 'ExpressionCharacterClass':
        throw new Unsupported('it uses a class expression');
      case 'Group':
        if (e.modifiers) throw new Unsupported('it uses modifiers');
        return alternatives(e.alternatives);
      case 'CapturingGroup':
        return alternatives(e.alternatives);
      case 'Quantifier':
        return quantified(e);
      case 'Assertion':
        if (e.kind === 'start') return void emit(ASSERT, AT_START);
        if (e.kind === 'end') return void emit(ASSERT, AT_END);
        if (e.kind === 'word') return void emit(ASSERT, e.negate ? NOT_WORD_BOUNDARY : WORD_BOUNDARY);
        throw new Unsupported('it uses a lookaround');
      case 'Backreference':
        throw new Unsupported('it uses a backreference');
    }
  };
  try {
    alternatives(pattern.alternatives);
    emit(MATCH);
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
  return { instructions, classes };
}
