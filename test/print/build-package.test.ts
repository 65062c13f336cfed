/**
 * Which builder a module gets: a quoted key written with `\u` escapes of non-ASCII characters
 * sends it to TypeScript's declarations (oxc would unquote a key its newer Unicode tables read as
 * an identifier); other escaped strings keep the fast native builder. The check is one linear pass.
 */
import { describe, expect, it } from 'vitest';
import { hasEscapedKey, typeOnlyModules, withBuiltFiles } from '../../generator/print/build-package.js';
import { constStructure, typeAliasStructure } from '../../templates/structures.js';
import { code, ident } from '../../generator/safe/code.js';

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

describe('a module of type aliases alone', () => {
  const types = "/** A doc. */\nexport type A = { b: 'x' | 'y' };\nexport type C = Array<A>;\n";

  it('is its own declarations and compiles to `export {};`, as the builder compiles it', async () => {
    const files = new Map([['types.gen.ts', types]]);
    const shortcut = await withBuiltFiles(files, undefined, new Set(['types.gen.ts']));
    const builder = await withBuiltFiles(files);
    expect(shortcut.get('dist/types.gen.js')).toBe('export {};\n');
    expect(shortcut.get('dist/types.gen.js')).toBe(builder.get('dist/types.gen.js'));
    expect(shortcut.get('dist/types.gen.d.ts')).toBe(types);
    // The builder's declarations say the same, printed its own way.
    expect(builder.get('dist/types.gen.d.ts')!.replace(/\s+/g, ' ')).toContain('export type C = Array<A>;');
    expect([...shortcut.keys()]).toEqual([...builder.keys()]);
  });

  it('is told apart by its statements: a value among them, or no statements, and it is built', () => {
    const alias = typeAliasStructure(ident('A'), code`string`);
    const value = constStructure(ident('a'), code`1`);
    expect(
      typeOnlyModules([
        { path: 'types.gen.ts', statements: [alias, alias] },
        { path: 'enums.gen.ts', statements: [alias, value] },
        { path: 'raw.gen.ts', statements: ['export type B = 1;'] },
        { path: 'empty.gen.ts', statements: [] },
        { path: 'README.md', text: '# x' },
      ]),
    ).toEqual(new Set(['types.gen.ts']));
  });
});
