/**
 * The formatter (oxfmt plus one parity rule) must give prettier's output byte for byte: the
 * committed packages and the verbatim runtimes are checked against prettier here, every corpus
 * package in test/corpus. Code nested too deeply for oxfmt's native stack gets the brace layout.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format as prettier } from 'prettier';
import { describe, expect, it } from 'vitest';
import { FORMAT_OPTIONS, printFiles } from '../../generator/print/print-file.js';
import { collapseFittingUnions } from '../../generator/print/prettier-parity.js';
import { indentByBraces, maxBracketDepth } from '../../generator/print/indent.js';
import { REPO_ROOT } from '../support/corpus.js';
import { generateInline } from '../support/generate-inline.js';
import { typeCheck } from '../support/tsc.js';
import { RUNTIME_FOLDERS } from '../../templates/runtime/runtime-files.js';

const asPrettier = (text: string) => prettier(text, { ...FORMAT_OPTIONS, parser: 'typescript' });

describe('formatted output is prettier output', () => {
  const committed = ['clockify', 'journyx'].flatMap((source) =>
    readdirSync(path.join(REPO_ROOT, 'generated', source))
      // A package's `*-runtime.gen.ts` is a pragma line and a runtime's source verbatim: the
      // sources are checked below, once.
      .filter((f) => f.endsWith('.ts') && !f.endsWith('-runtime.gen.ts'))
      .map((f) => path.join('generated', source, f)),
  );
  const runtimes = [
    ...Object.entries(RUNTIME_FOLDERS).flatMap(([folder, { modules }]) =>
      modules.map((m) => `templates/runtime/${folder}/${m}.ts`),
    ),
    ...['validators', 'tanstack-query'].map((m) => `templates/runtime/${m}.ts`),
  ];
  it.each([...committed, ...runtimes])('%s is unchanged by prettier', async (file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    expect(await asPrettier(text)).toBe(text);
  });
  // Every module of every corpus package is checked the same way in test/corpus/corpus.test.ts.
});

describe('keys the formatter must not unquote', () => {
  // Found by `npm run fuzz`: oxfmt's "as-needed" unquoted a key that is an identifier in its newer
  // Unicode tables (U+323B0, Unicode 15) but not in TypeScript's, and tsc rejected the module.
  // Prettier only unquotes ES5 identifiers; the emitters quote exactly what needs it, so quotes
  // are preserved as written.
  it('keeps an astral-plane schema name quoted, and the package type-checks', async () => {
    const pkg = await generateInline(
      {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {},
        components: { schemas: { '\u{323B0}': { enum: [''] } } },
      },
      { build: true },
    );
    // Quoted, and written as escapes: string literals are ASCII, so the module gets the native builder.
    expect(readFileSync(path.join(pkg.out, 'validators.gen.ts'), 'utf8')).toContain(
      "'\\ud888\\udfb0': /* @__PURE__ */ validator",
    );
    const result = typeCheck(pkg.out);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
    // The built declarations too: oxc would unquote the key, which TypeScript cannot then parse.
    const declarations = typeCheck(path.join(pkg.out, 'dist'));
    expect(declarations.output).toBe('');
  }, 30_000);
});

describe('the prettier fallback (no oxfmt binding, or SPECFORGE_FORMATTER=prettier)', () => {
  // Journyx's package (Clockify's, three times larger, is the same templates through the same path).
  it('gives a committed package byte for byte', () => {
    const journyx = [
      'spec/journyx/openapi.yaml',
      '--out',
      'generated/journyx',
      '--name',
      '@specforge-generated/journyx',
    ];
    const args = ['generate', ...journyx, '--targets', 'tanstack-query,msw', '--check'];
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/specforge.js'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SPECFORGE_FORMATTER: 'prettier', NO_COLOR: '1' },
    });
    expect(r.stderr + r.stdout).toMatch(/journyx is up to date/);
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('collapseFittingUnions', () => {
  const broken = (indent: string, head: string, members: string[]) =>
    [head, ...members.map((m, i) => `${indent}| ${m}${i === members.length - 1 ? ';' : ''}`)].join('\n');

  it('puts a union that fits on its continuation line back on one line, as prettier does', () => {
    expect(collapseFittingUnions(broken('  ', 'export type A =', ["'x'", "'y'"]))).toBe(
      "export type A =\n  'x' | 'y';",
    );
    expect(collapseFittingUnions(broken('    ', '  status:', ['A', 'B']))).toBe('  status:\n    A | B;');
  });

  it('leaves a union that does not fit, counting wide characters twice', () => {
    const long = Array.from({ length: 12 }, (_, i) => `'member-${i}'`);
    expect(collapseFittingUnions(broken('  ', 'export type A =', long))).toBe(broken('  ', 'export type A =', long));
    const wide = Array.from({ length: 6 }, (_, i) => `'${'漢'.repeat(8)}${i}'`);
    expect(collapseFittingUnions(broken('  ', 'export type A =', wide))).toBe(broken('  ', 'export type A =', wide));
  });

  it('leaves unions whose members span lines or that do not end the statement', () => {
    const multi = 'export type A =\n  | {\n      a: string;\n    }\n  | B;';
    expect(collapseFittingUnions(multi)).toBe(multi);
    const open = 'export type A =\n  | B\n  | C';
    expect(collapseFittingUnions(open)).toBe(open);
  });
});

describe('deep nesting', () => {
  it('measures bracket depth outside strings and comments', () => {
    expect(maxBracketDepth('f({ a: [1] }); // ((((\n/* [[[ */ const s = "{{{{";')).toBe(3);
    expect(maxBracketDepth("const s = '\\'(';")).toBe(0);
  });

  it('lays out code too deep for the formatter by braces instead of crashing the process', async () => {
    const depth = 2_000; // oxfmt overflows its native stack (SIGSEGV) at about 1,000
    const text = `export const v = ${'['.repeat(depth)}${']'.repeat(depth)};\n`;
    const out = await printFiles([{ path: 'deep.ts', statements: [text] }], 'spec.yaml');
    expect(out.get('deep.ts')).toContain(indentByBraces(text).trim());
  });

  it('indents by depth, ignoring braces in strings and comments', () => {
    const text = 'function f(x) {\nif (x === "{") {\nreturn "}";\n}\n/* { */\nconst a = [\n1,\n];\n}\n';
    expect(indentByBraces(text)).toBe(
      'function f(x) {\n  if (x === "{") {\n    return "}";\n  }\n  /* { */\n  const a = [\n    1,\n  ];\n}\n',
    );
  });
});
