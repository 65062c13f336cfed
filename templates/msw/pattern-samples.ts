/**
 * Strings that match a `pattern`, for fake data: the pattern is parsed as the validators parse it
 * (generator/ir/pattern-program.ts, `u` flag), a string is built along the syntax tree, and only
 * strings the validators' own check accepts are kept (the linear-time program for risky patterns,
 * the engine for the others), so a hostile pattern costs no more here than in a validator.
 */
import type { AST } from '@eslint-community/regexpp';
import { parsePattern } from '../../generator/ir/pattern-program.js';
import { patternRisk } from '../../generator/ir/pattern-risk.js';
import { linearPattern } from '../runtime/validators.js';

/** Samples longer than this are not kept (a hostile `minLength` would have the package carry it). */
const MAX_SAMPLE = 1000;

/**
 * Up to three distinct strings that match `source` and fit `minLength`/`maxLength`; none when the
 * pattern is beyond the builder. A sample short of `minLength` is built again with the difference
 * given to its first quantifiers that have room (`^[0-9a-f]+$` with 40: a commit SHA), since
 * padding it afterwards would break the pattern; padded only where the pattern still matches.
 */
export function patternSamples(source: string, length: { min?: number; max?: number } = {}): string[] {
  const pattern = parsePattern(source);
  if (!pattern) return [];
  const matches = matcher(source);
  const min = length.min ?? 0;
  const max = Math.min(length.max ?? Infinity, Math.max(200, min), MAX_SAMPLE);
  const out = new Set<string>();
  if (min > max) return [];
  for (let variant = 0; variant < 3; variant++) {
    let text = build(pattern, variant, 0);
    const short = text === undefined ? 0 : min - [...text].length;
    if (short > 0) text = build(pattern, variant, short);
    if (text === undefined) continue;
    // Still short: a pattern open at its end takes any tail (Cribl's ARNs, `^arn:` with minLength 20).
    const missing = min - [...text].length;
    if (missing > 0 && missing <= MAX_SAMPLE && matches(text + 'x'.repeat(missing))) text += 'x'.repeat(missing);
    const chars = [...text].length;
    if (chars >= min && chars <= max && matches(text)) out.add(text);
  }
  return [...out];
}

function matcher(source: string): (text: string) => boolean {
  const program = patternRisk(source).program;
  if (program)
    return (text) =>
      linearPattern(
        program.instructions,
        program.classes.map((c) => new RegExp(c, 'u')),
      ).test(text);
  const re = new RegExp(source, 'u');
  // The engine's own stack ends in a counted repetition of a group (`(a?){1000000000}`): no sample.
  return (text) => {
    try {
      return re.test(text);
    } catch {
      return false;
    }
  };
}

/**
 * A string along the tree; `variant` varies the alternatives and repetition counts taken, and
 * `extra` more repetitions go to the first quantifiers with room for them.
 */
function build(pattern: AST.Pattern, variant: number, extra: number): string | undefined {
  const groups = new Map<AST.Node, string>();
  const node = (n: AST.Node): string | undefined => {
    switch (n.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const alternative = n.alternatives[variant % n.alternatives.length]!;
        const text = node(alternative);
        if (text !== undefined && n.type === 'CapturingGroup') groups.set(n, text);
        return text;
      }
      case 'Alternative': {
        let text = '';
        for (const element of n.elements) {
          const part = node(element);
          if (part === undefined) return undefined;
          text += part;
        }
        return text;
      }
      case 'Character':
        return String.fromCodePoint(n.value);
      case 'CharacterSet':
        return characterSet(n);
      case 'CharacterClass':
        return characterClass(n);
      case 'Quantifier': {
        let count = Math.max(n.min, Math.min(n.max, n.min + (variant === 0 ? 0 : variant === 1 ? 1 : 3)));
        const more = Math.min(extra, n.max - count);
        if (more > 0) ((count += more), (extra -= more));
        let text = '';
        // `a{1000000000}`, `(a?){1000000000}`: past any sample's length, stop building it.
        for (let i = 0; i < Math.min(count, MAX_SAMPLE + 1); i++) {
          const part = node(n.element);
          if (part === undefined || text.length > MAX_SAMPLE) return undefined;
          text += part;
        }
        return text;
      }
      case 'Assertion':
        return '';
      case 'Backreference': {
        const ref = Array.isArray(n.resolved) ? n.resolved[0] : n.resolved;
        return ref ? (groups.get(ref) ?? '') : '';
      }
      default:
        return undefined;
    }
  };
  return node(pattern);
}

function characterSet(n: AST.CharacterSet): string | undefined {
  if (n.kind === 'digit') return n.negate ? 'a' : '7';
  if (n.kind === 'word') return n.negate ? '-' : 'k';
  if (n.kind === 'space') return n.negate ? 'a' : ' ';
  if (n.kind === 'any') return 'a';
  return undefined;
}

/** A member of a class: its first character or range start; a negated class tries a few letters. */
function characterClass(n: AST.CharacterClass): string | undefined {
  if (n.negate) {
    const excluded = (c: string) =>
      n.elements.some((e) => e.type === 'Character' && String.fromCodePoint(e.value) === c);
    return ['a', 'x', '0', '_'].find((c) => !excluded(c));
  }
  for (const element of n.elements) {
    if (element.type === 'Character') return String.fromCodePoint(element.value);
    if (element.type === 'CharacterClassRange') return String.fromCodePoint(element.min.value);
    if (element.type === 'CharacterSet') {
      const text = characterSet(element as AST.CharacterSet);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
