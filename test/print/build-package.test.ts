/**
 * Which builder a module gets: a quoted key written with `\u` escapes of non-ASCII characters
 * sends it to TypeScript's declarations (oxc would unquote a key its newer Unicode tables read as
 * an identifier); other escaped strings keep the fast native builder. The check is one linear pass.
 */
import { describe, expect, it } from 'vitest';
import { hasEscapedKey } from '../../generator/print/build-package.js';

describe('hasEscapedKey', () => {
  it.each([
    [String.raw`'\ud888\udfb0': validator`, true],
    [String.raw`'caf\u00e9'?: string;`, true],
    [String.raw`"it's \u00e9": 1`, true],
    [String.raw`x ? 'a' : 'must be one of: A, B, \u2026',`, false],
    [String.raw`halt(e, m, 'caf\u00e9')`, false],
    [String.raw`'a\u0041b': 1`, false],
    [String.raw`'\u007f': 1`, false],
    [String.raw`'\\u00e9': 1`, false],
    [`'plain': 1`, false],
  ])('%s → %s', (code, expected) => {
    expect(hasEscapedKey(code)).toBe(expected);
  });

  it('stays linear on a long string of escapes followed by a colon elsewhere', () => {
    const code = `'${'\\u0080'.repeat(200_000)}' + x; y ? 1 : 2`;
    const start = performance.now();
    expect(hasEscapedKey(code)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
