/** templates/validators/keywords/scalars.ts: string lengths, patterns, bounds and formats, run as emitted. */
import { describe, expect, it } from 'vitest';
import {
  formatCheck,
  numberChecks,
  stringChecks,
  FORMAT_CHECKS,
} from '../../../templates/validators/keywords/scalars.js';
import { keywordCompiler, keywords, runLines } from '../../support/keyword-harness.js';

describe('stringChecks', () => {
  it('counts lengths in code points, not UTF-16 units', () => {
    const c = keywordCompiler();
    const check = runLines(c, stringChecks(c, keywords({ minLength: 2, maxLength: 3 })));
    expect(check('ab')).toEqual([]);
    expect(check('a')).toEqual(['must have at least 2 characters']);
    expect(check('😀😀😀')).toEqual([]); // three code points, six units
    expect(check('abcd')).toEqual(['must have at most 3 characters']);
  });

  it('matches patterns unanchored, and runs a backtracking-prone one in linear time', () => {
    const c = keywordCompiler();
    const check = runLines(c, stringChecks(c, keywords({ pattern: '^(a+)+$' })));
    expect(c.declarations.map((d) => d.text).join('\n')).toContain('linearPattern(');
    expect(check('aaaa')).toEqual([]);
    const started = performance.now();
    expect(check(`${'a'.repeat(5000)}!`)).toEqual(['must match the pattern ^(a+)+$']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('asserts a format through its own check, called by name; annotate mode asserts none', () => {
    const c = keywordCompiler();
    const lines = stringChecks(c, keywords({ format: 'email' }));
    expect(lines.map((l) => l.text).join('')).toContain(`${FORMAT_CHECKS['email']}(x)`);
    expect(runLines(c, lines)('not an address')).toEqual(['must be a valid email']);
    expect(c.formatsUsed).toEqual(new Set(['email']));
    expect(formatCheck(keywordCompiler('annotate'), 'email', 'string')).toBeUndefined();
    expect(formatCheck(c, 'zipcode', 'string')).toBeUndefined(); // an unknown format is an annotation
    expect(formatCheck(c, 'int32', 'string')).toBeUndefined(); // a numeric format on a string
  });
});

describe('numberChecks', () => {
  it('checks inclusive and exclusive bounds, multipleOf, and int32', () => {
    const c = keywordCompiler();
    const check = runLines(c, numberChecks(c, keywords({ minimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 })));
    expect(check(0)).toEqual([]);
    expect(check(9.5)).toEqual([]);
    expect(check(-1)).toEqual(['must be >= 0']);
    expect(check(10)).toEqual(['must be < 10']);
    expect(check(0.25)).toHaveLength(1);
    const int32 = runLines(c, numberChecks(c, keywords({ format: 'int32' })));
    expect(int32(2 ** 31)).toEqual(['must be a valid int32']);
  });
});
