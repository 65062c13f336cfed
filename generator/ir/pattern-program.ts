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
  const builder = new ProgramBuilder();
  try {
    builder.alternatives(pattern.alternatives);
    builder.emit(MATCH);
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
  return { instructions: builder.instructions, classes: builder.classes };
}

/** Writes the program as it walks the pattern's tree; a `SPLIT` or `JUMP` target is patched once known. */
class ProgramBuilder {
  readonly instructions: number[][] = [];
  readonly classes: string[] = [];
  private readonly classIndex = new Map<string, number>();

  emit(...instruction: number[]): number {
    if (this.instructions.length >= MAX_INSTRUCTIONS)
      throw new Unsupported(`its counted repetitions expand past ${MAX_INSTRUCTIONS} steps`);
    this.instructions.push(instruction);
    return this.instructions.length - 1;
  }

  /** A `SPLIT` whose first branch is the next instruction; the second is patched later. */
  private split(): number {
    const split = this.emit(SPLIT, 0, 0);
    this.instructions[split]![1] = split + 1;
    return split;
  }

  private charClass(raw: string): void {
    let k = this.classIndex.get(raw);
    if (k === undefined) {
      k = this.classes.push(raw) - 1;
      this.classIndex.set(raw, k);
    }
    this.emit(CHAR, k);
  }

  alternatives(alts: readonly AST.Alternative[]): void {
    const jumps: number[] = [];
    alts.forEach((alt, i) => {
      const last = i === alts.length - 1;
      const split = last ? undefined : this.split();
      for (const e of alt.elements) this.element(e);
      if (split === undefined) return;
      jumps.push(this.emit(JUMP, 0));
      this.instructions[split]![2] = this.instructions.length;
    });
    for (const j of jumps) this.instructions[j]![1] = this.instructions.length;
  }

  private quantified(q: AST.Quantifier): void {
    for (let i = 0; i < q.min; i++) this.element(q.element);
    if (q.max === Infinity) {
      const split = this.split();
      this.element(q.element);
      this.emit(JUMP, split);
      this.instructions[split]![2] = this.instructions.length;
      return;
    }
    const splits: number[] = [];
    for (let i = q.min; i < q.max; i++) {
      splits.push(this.split());
      this.element(q.element);
    }
    for (const s of splits) this.instructions[s]![2] = this.instructions.length;
  }

  private element(e: AST.Element): void {
    switch (e.type) {
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
        if (e.type === 'CharacterSet' && e.kind === 'property' && e.strings)
          throw new Unsupported('it matches strings by a property');
        return this.charClass(e.raw);
      case 'ExpressionCharacterClass':
        throw new Unsupported('it uses a class expression');
      case 'Group':
        if (e.modifiers) throw new Unsupported('it uses modifiers');
        return this.alternatives(e.alternatives);
      case 'CapturingGroup':
        return this.alternatives(e.alternatives);
      case 'Quantifier':
        return this.quantified(e);
      case 'Assertion':
        return this.assertion(e);
      case 'Backreference':
        throw new Unsupported('it uses a backreference');
    }
  }

  private assertion(e: AST.Assertion): void {
    if (e.kind === 'start') this.emit(ASSERT, AT_START);
    else if (e.kind === 'end') this.emit(ASSERT, AT_END);
    else if (e.kind === 'word') this.emit(ASSERT, e.negate ? NOT_WORD_BOUNDARY : WORD_BOUNDARY);
    else throw new Unsupported('it uses a lookaround');
  }
}
