/**
 * `pattern` under ECMA-262's `u` flag (as JSON Schema 2020-12 and ajv read it). A needless escape
 * (`\_`, `\:`, `\-` outside a class) or a hyphen next to a class escape (`[\w-.]`) is a syntax
 * error there, though every other engine reads the character itself; about 2 % of APIs.guru's
 * patterns have one, and they went unchecked. They are now checked as written, and so are Java's
 * POSIX classes and `Is` properties, the `\A`/`\z`/`\Z` anchors and literal braces. A pattern whose
 * meaning is not certain (`{1-70}`, a class intersection) is still ignored, with a located warning.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { runCli } from '../support/cli.js';
import { schemasDocument, tempSpecDir } from '../support/fixtures.js';

const patterns: Record<string, string> = {
  underscore: '^[A-Z0-9\\_]+$',
  hyphen: '^a\\-b$',
  classHyphen: '^[a\\-z]+$',
  quotes: '^[\\"\\\'\\`]+$',
  astral: '^\\😀$',
  escapedBackslash: '^\\\\_$',
  hyphenAfterClassEscape: '^[\\w-.]+$',
  hyphenBeforeClassEscape: '^[.-\\d]+$',
  otherEngine: '[a-zA-Z]{1-70}',
  intersection: '^[\\p{Print}&&[^|:/]]+$',
  unknownProperty: '^\\p{NoSuchProperty}+$',
  posix: '^\\p{XDigit}{4}$',
  posixInClass: '^[\\p{Alnum}_-]+$',
  posixNegated: '^\\P{Digit}+$',
  hyphenBeforePosix: '^[+-\\p{Digit}]+$',
  posixPrint: '^\\p{Print}+$',
  javaScript: '^\\p{Han}+$',
  javaIsProperty: '^\\p{IsLetter}+$',
  inputAnchors: '\\Aab\\z',
  beforeFinalLineBreak: '\\Aab\\Z',
  bracedGuid: '^{[0-9a-f]{4}}$',
};
const spec = schemasDocument({
  ...Object.fromEntries(Object.entries(patterns).map(([name, pattern]) => [name, { type: 'string', pattern }])),
  Headers: { type: 'object', patternProperties: { '^x\\-': { type: 'integer' } } },
});

let schemas: Record<string, { is(v: unknown): boolean }>;
beforeAll(async () => {
  schemas = (await (await generateInline(spec)).load())['schemas'];
});

describe('patterns with needless escapes', () => {
  it.each([
    ['underscore', 'AB_1', 'ab'],
    ['hyphen', 'a-b', 'a_b'],
    // In a class the escaped hyphen is a character, never a range: `b` is not between `a` and `z` here.
    ['classHyphen', 'a-z', 'b'],
    ['quotes', '"\'`', 'x'],
    ['astral', '😀', '😁'],
    ['escapedBackslash', '\\_', '_'],
    ['hyphenAfterClassEscape', 'a-b.c', 'a b'],
    ['hyphenBeforeClassEscape', '.-1', 'a'],
    // Written for Java, Ruby or Python: checked as that engine reads it.
    ['posix', 'a1F0', 'g123'],
    ['posixInClass', 'a_b-1', 'a b'],
    ['posixNegated', 'abc', 'a1'],
    // `+-` before a class is a plus and a hyphen, not the range from `+` to `0` (which holds `,`).
    ['hyphenBeforePosix', '+-1', ','],
    // Java's POSIX classes are ASCII.
    ['posixPrint', 'a b~', 'é'],
    ['javaScript', '漢字', 'abc'],
    ['javaIsProperty', 'été', 'a1'],
    ['inputAnchors', 'ab', 'ab\n'],
    ['beforeFinalLineBreak', 'ab\n', 'ab\n\n'],
    ['bracedGuid', '{12ab}', '12ab'],
  ])('%s is checked as its author meant it', (name, good, bad) => {
    expect(schemas[name]!.is(good)).toBe(true);
    expect(schemas[name]!.is(bad)).toBe(false);
  });

  it('an issue quotes the pattern as the spec wrote it, not its rewrite', () => {
    const underscore = schemas['underscore'] as unknown as { issues(v: unknown): Array<{ message: string }> };
    expect(underscore.issues('ab')).toEqual([
      expect.objectContaining({ message: 'must match the pattern ^[A-Z0-9\\_]+$' }),
    ]);
    const posix = schemas['posix'] as unknown as { issues(v: unknown): Array<{ message: string }> };
    expect(posix.issues('g123')).toEqual([
      expect.objectContaining({ message: 'must match the pattern ^\\p{XDigit}{4}$' }),
    ]);
  });

  it('patternProperties keys too', () => {
    expect(schemas['Headers']!.is({ 'x-a': 1 })).toBe(true);
    expect(schemas['Headers']!.is({ 'x-a': 'one' })).toBe(false);
  });

  it('a pattern written for another engine is ignored, with a located warning', async () => {
    expect(schemas['otherEngine']!.is('anything')).toBe(true);
    // Java's class intersection and an unknown property have no certain meaning here either.
    expect(schemas['intersection']!.is('a|b')).toBe(true);
    expect(schemas['unknownProperty']!.is('anything')).toBe(true);
    const dir = tempSpecDir({
      'openapi.yaml': `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: string, pattern: '[a-z]{1-70}' }\n    B: { type: string, pattern: '^[A-Z\\_]+$' }\n`,
    });
    const result = await runCli(['lint', path.join(dir, 'openapi.yaml')]);
    expect(result.err).toMatch(
      /openapi\.yaml:6:\d+: warning: `pattern` is not a valid ECMA-262 regular expression \(Invalid regular expression: \/\[a-z\]\{1-70\}\/u: Incomplete quantifier\); ignored/,
    );
    expect(result.err).not.toMatch(/openapi\.yaml:7/);
  });
});
