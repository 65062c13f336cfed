/** generator/parse/patterns.ts: other engines' patterns rewritten into `u` patterns where certain, refused where not. */
import { describe, expect, it } from 'vitest';
import { ecmaPattern } from '../../generator/parse/patterns.js';

const source = (p: string) => {
  const r = ecmaPattern(p);
  return 'source' in r ? r.source : undefined;
};
const matches = (p: string, text: string) => new RegExp(source(p)!, 'u').test(text);

describe('ecmaPattern', () => {
  it('keeps a pattern the u flag already reads', () => {
    expect(source('^[a-z]+$')).toBe('^[a-z]+$');
  });

  it('reads needless escapes as the characters (^[A-Z0-9\\_]+$), in classes too', () => {
    expect(matches('^[A-Z0-9\\_]+$', 'AB_1')).toBe(true);
    expect(matches('^a\\:b$', 'a:b')).toBe(true);
    expect(matches('^[\\w-.]+$', 'a-b.c')).toBe(true);
  });

  it("reads Java's POSIX classes and input anchors, and a brace that starts no quantifier", () => {
    expect(matches('^\\p{Alnum}+$', 'abc123')).toBe(true);
    expect(matches('^\\p{Alnum}+$', 'a-b')).toBe(false);
    expect(matches('\\Aabc\\z', 'abc')).toBe(true);
    expect(matches('^{[0-9a-f]{8}}$', '{deadbeef}')).toBe(true);
  });

  it('refuses what it cannot read for certain, saying why', () => {
    for (const p of ['^a{1-70}$', '[a-z&&[^aeiou]]', 'a++']) expect(ecmaPattern(p)).toHaveProperty('error');
  });
});
