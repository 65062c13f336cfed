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

/** Up to three distinct strings that match `source`; none when the pattern is beyond the builder. */
export function patternSamples(source: string): string[] {
  const pattern = parsePattern(source);
  if (!pattern) return [];
  const matches = matcher(source);
  const out = new Set<string>();
  for (let variant = 0; variant < 3; variant++) {
    const text = build(pattern, variant);
    if (text !== undefined && text.length <= 200 && matches(text)) out.add(text);
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
  return (text) => re.test(text);
}

/** A string along the tree; `variant` varies the alternatives and repetition counts taken. */
function build(pattern: AST.Pattern, variant: number): string | undefined {
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
        const count = Math.min(n.max, n.min + (variant === 0 ? 0 : variant === 1 ? 1 : 3));
        let text = '';
        for (let i = 0; i < Math.max(count, n.min); i++) {
          const part = node(n.element);
          if (part === undefined) return undefined;
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
