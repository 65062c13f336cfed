/** templates/msw/pattern-samples.ts: strings that match a pattern, checked as the validators check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternSamples } from '../../../templates/msw/pattern-samples.js';

describe('patternSamples', () => {
  it.each([
    ['^[0-9a-f]{24}$'],
    ['^\\d{4}-\\d{2}-\\d{2}$'],
    ['^(ACTIVE|PENDING|DECLINED)$'],
    ['^[A-Z]{2,3}-\\d+$'],
    ['^(?<year>\\d{4})/\\k<year>$'],
    ['^[^@\\s]+@[^@\\s]+$'],
    ['\\bfoo\\b'],
  ])('%s: every sample matches', (pattern) => {
    const samples = patternSamples(pattern);
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) expect(new RegExp(pattern, 'u').test(s)).toBe(true);
  });

  it('varies the alternatives and repetitions taken', () => {
    expect(patternSamples('^(ACTIVE|PENDING|DECLINED)$')).toEqual(['ACTIVE', 'PENDING', 'DECLINED']);
  });

  it('gives none for what it cannot build or the engine refuses, rather than a wrong one', () => {
    expect(patternSamples('^(?!abc)\\p{Lu}$')).toEqual([]);
    expect(patternSamples('[')).toEqual([]);
  });

  it('builds samples as long as minLength asks, where padding would break the pattern (a commit SHA)', () => {
    const samples = patternSamples('^[0-9a-fA-F]+$', { min: 40, max: 40 });
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) expect(s).toMatch(/^[0-9a-fA-F]{40}$/);
    expect(patternSamples('^v\\d+\\.\\d+$', { min: 6 }).every((s) => /^v\d+\.\d+$/.test(s) && s.length >= 6)).toBe(
      true,
    );
    // No sample fits: none, not one that breaks the bounds.
    expect(patternSamples('^[ab]{2}$', { min: 3 })).toEqual([]);
  });

  it('pads a sample where the pattern is open at its end and has no repetition to grow (an ARN prefix)', () => {
    const samples = patternSamples('^arn:', { min: 20 });
    expect(samples).toEqual(['arn:xxxxxxxxxxxxxxxx']);
    // Closed at the end: still none.
    expect(patternSamples('^arn:$', { min: 20 })).toEqual([]);
  });

  it('gives up on repetitions and lengths past any sample, without building them', () => {
    expect(patternSamples('^a{1000000000}$')).toEqual([]);
    // V8's engine overflows its stack on this one; the validator says it could not check, so no sample.
    expect(patternSamples('^(a?){1000000000}$')).toEqual([]);
    expect(patternSamples('^a+$', { min: 1e9 })).toEqual([]);
  });

  it('stays fast on a pattern that makes a backtracking engine blow up', () => {
    const started = performance.now();
    const samples = patternSamples('^(a+)+$');
    expect(samples.every((s) => /^a+$/.test(s))).toBe(true);
    // Checked through the validators' linear-time program: far below a second.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never returns a sample that fails the pattern (property)', () => {
    const atoms = fc.constantFrom('a', '\\d', '[x-z]', '(b|cd)', '[^q]', '\\w', '.');
    const quantifiers = fc.constantFrom('', '?', '*', '+', '{2}', '{1,3}');
    const patterns = fc
      .array(
        fc.tuple(atoms, quantifiers).map(([a, q]) => a + q),
        { minLength: 1, maxLength: 6 },
      )
      .map((parts) => `^${parts.join('')}$`);
    fc.assert(
      fc.property(patterns, (pattern) => patternSamples(pattern).every((s) => new RegExp(pattern, 'u').test(s))),
      { numRuns: 300 },
    );
    const bounds = fc.record({ min: fc.integer({ min: 0, max: 30 }), max: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(patterns, bounds, (pattern, length) =>
        patternSamples(pattern, length).every(
          (s) => new RegExp(pattern, 'u').test(s) && [...s].length >= length.min && [...s].length <= length.max,
        ),
      ),
      { numRuns: 300 },
    );
  });
});
