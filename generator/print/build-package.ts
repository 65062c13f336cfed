/**
 * The package's built files: each printed `.ts` module also as ESM JavaScript (`dist/*.js`, types
 * stripped) and as declarations (`dist/*.d.ts`, one file at a time: `isolatedDeclarations`). Both
 * are made in-process from the printed text by oxc-transform (native: ~70 ms for a Clockify
 * package), so the build is as deterministic as the print and `--check` compares the built files
 * too. A package then imports in plain Node and type-checks in any project, without a bundler or a
 * TypeScript loader; the `.ts` modules stay beside `dist/` for tools that read sources.
 *
 * Where oxc-transform has no native binding for the platform (or with `SPECFORGE_BUILDER=typescript`),
 * and for modules with non-ASCII text (below), esbuild strips the types and TypeScript's
 * `transpileDeclaration` writes the declarations: the same modules, though not the same bytes.
 *
 * Declarations per file need every export's type spelled out: the templates and the runtimes are
 * written so, and a file that is not is an internal error here, never a declaration saying `any`.
 */
import { createRequire } from 'node:module';
import { typeScript } from '../typescript.js';
import { mapWeighted } from '../map-limit.js';
import type { OutputBudget } from './output-budget.js';
import type { EmittedFile } from '../../templates/package/package-files.js';
import type { Statement } from '../../templates/structures.js';

export const DIST = 'dist';

interface Builder {
  javaScript(file: string, text: string): Promise<string>;
  declarations(file: string, text: string): Promise<string>;
}

const require = createRequire(import.meta.url);
let fast: Builder | undefined;
let portable: Builder | undefined;

/**
 * `files` with `dist/<name>.js` and `dist/<name>.d.ts` added for every `.ts` module. A module of
 * `typeOnly` (type aliases alone: `types.gen.ts`) is its own declarations and compiles to
 * `export {};`, what the builders make of it, without parsing it twice: it is the package's
 * biggest module, and a hostile spec's types ran to 80 MB, parsed whole on both cores at once.
 */
export async function withBuiltFiles(
  files: ReadonlyMap<string, string>,
  budget?: OutputBudget,
  typeOnly: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const modules = [...files].filter(([file]) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  const built = await buildModules(
    modules.filter(([file]) => !typeOnly.has(file)),
    budget,
  );
  for (const [file, text] of modules.filter(([file]) => typeOnly.has(file))) {
    budget?.spend(`${DIST}/${file.replace(/\.ts$/, '.js')}`, NO_EXPORTS);
    budget?.spend(`${DIST}/${file.replace(/\.ts$/, '.d.ts')}`, text);
    built.set(file, { js: NO_EXPORTS, dts: text });
  }
  // In the input's order, whatever order the builds finished in: the output stays deterministic.
  const out = new Map(files);
  for (const [file] of modules) {
    const base = `${DIST}/${file.replace(/\.ts$/, '')}`;
    out.set(`${base}.js`, built.get(file)!.js);
    out.set(`${base}.d.ts`, built.get(file)!.dts);
  }
  return out;
}

/**
 * Each module's JavaScript and its declarations, by the builder. They are two tasks for the
 * native builder's worker threads, two in flight (one per core), the biggest modules first so that
 * neither core idles at the end: on the 64x synthetic spec 2.0 s where one module at a time (both
 * of its tasks) took 2.6. A task parses its module whole, in about ten times the text's memory:
 * tasks whose modules together pass BUILD_CAPACITY wait for each other (a hostile spec's 71 MB
 * validators built twice at once were a 2.57 GB peak, bench/README row 32).
 */
async function buildModules(
  modules: ReadonlyArray<readonly [string, string]>,
  budget: OutputBudget | undefined,
): Promise<Map<string, { js: string; dts: string }>> {
  const tasks = modules
    .flatMap(([file, text], index) => {
      const builder = builderFor(text);
      return (['javaScript', 'declarations'] as const).map((kind) => ({ file, text, index, kind, builder }));
    })
    .sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const results = await mapWeighted(
    tasks,
    2,
    BUILD_CAPACITY,
    (t) => t.text.length,
    async (t) => {
      const built = await t.builder[t.kind](t.file, t.text);
      budget?.spend(`${DIST}/${t.file.replace(/\.ts$/, t.kind === 'javaScript' ? '.js' : '.d.ts')}`, built);
      return built;
    },
  );
  const built = new Map(modules.map(([file]) => [file, { js: '', dts: '' }]));
  tasks.forEach((t, i) => {
    if (t.kind === 'javaScript') built.get(t.file)!.js = results[i]!;
    else built.get(t.file)!.dts = results[i]!;
  });
  return built;
}

/** Characters of modules built at once: 64x Clockify's two biggest tasks (27 MB each) still pair. */
const BUILD_CAPACITY = 64 * 2 ** 20;

/** The JavaScript of a module without values: an ES module all the same. */
const NO_EXPORTS = 'export {};\n';

/** The modules of `files` made of type aliases alone: their own declarations (see `withBuiltFiles`). */
export function typeOnlyModules(files: readonly EmittedFile[]): Set<string> {
  return new Set(
    files
      .filter((f) => 'statements' in f && f.statements.length > 0)
      .filter((f) => (f as { statements: readonly Statement[] }).statements.every(isTypeAlias))
      .map((f) => f.path),
  );
}

function isTypeAlias(statement: Statement): boolean {
  return typeof statement !== 'string' && statement.kind === 'TypeAlias';
}

/**
 * oxc for ASCII modules, TypeScript's own tools for the others: oxc reads identifiers by a newer
 * Unicode than TypeScript and unquotes a key such as `"\u{323B0}"` that TypeScript then cannot parse.
 */
function builderFor(text: string): Builder {
  // Pure ASCII without an escape: nothing below can apply (one scan instead of two copies).
  if (!/[^\u0000-\u007f]|\\u/.test(text)) return (fast ??= chooseBuilder());
  // Comments may say anything (descriptions in any language): only code text counts. A line comment
  // marker inside a string (`'https://…'`) hides the rest of its line, never a key of another line.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  if (/[^\u0000-\u007f]/.test(code) || (code.includes('\\u') && hasEscapedKey(code)))
    return (portable ??= portableBuilder());
  return (fast ??= chooseBuilder());
}

/**
 * Whether a quoted key (or any string just before a `:`) holds a `\u` escape of a non-ASCII
 * character: string literals are written with such escapes (safe/code.ts), and oxc's declarations
 * would unquote a key that decodes to an identifier by its Unicode tables, newer than TypeScript's.
 * A string value followed by `:` (a ternary's branch) counts too, and only costs the slower builder.
 * One pass over the text, whatever the strings hold (a regular expression here backtracked
 * quadratically on a long string of escapes).
 */
export function hasEscapedKey(code: string): boolean {
  // A string never spans lines here (a line break ends the scan of one): only the lines holding a
  // `\u` need reading, found by indexOf (a char-by-char pass over a 64x spec's modules took 0.15 s).
  for (let at = code.indexOf('\\u'); at >= 0; at = code.indexOf('\\u', at)) {
    const start = code.lastIndexOf('\n', at) + 1;
    const end = code.indexOf('\n', at);
    const line = code.slice(start, end < 0 ? code.length : end);
    if (lineHasEscapedKey(line)) return true;
    if (end < 0) break;
    at = end;
  }
  return false;
}

function lineHasEscapedKey(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const quote = code.charCodeAt(i);
    if (quote !== 39 && quote !== 34) continue;
    let j = i + 1;
    let escaped = false;
    for (; j < code.length; j++) {
      const c = code.charCodeAt(j);
      if (c === 92) {
        // `\u00XX` below 0x80 is ASCII; anything higher is a character oxc may read as a letter.
        if (code.charCodeAt(j + 1) === 117 && !(code.startsWith('00', j + 2) && code.charCodeAt(j + 4) < 56))
          escaped = true;
        j++;
      } else if (c === quote || c === 10) break;
    }
    let k = j + 1;
    if (code.charCodeAt(k) === 63) k++;
    if (escaped && code.charCodeAt(k) === 58) return true;
    i = j;
  }
  return false;
}

function chooseBuilder(): Builder {
  if (process.env['SPECFORGE_BUILDER'] !== 'typescript') {
    try {
      return oxcBuilder(require('oxc-transform') as typeof import('oxc-transform'));
    } catch {
      // no native binding for this platform: the portable builder below
    }
  }
  return portableBuilder();
}

function oxcBuilder(oxc: typeof import('oxc-transform')): Builder {
  const fail = (what: string, file: string, errors: readonly { message: string }[]): never => {
    throw new Error(`${what} of ${file}: ${errors.map((e) => e.message).join('; ')}`);
  };
  return {
    javaScript: async (file, text) => {
      const result = await oxc.transform(file, text, { target: 'es2022', sourceType: 'module' });
      return result.errors.length ? fail('JavaScript', file, result.errors) : result.code;
    },
    declarations: async (file, text) => {
      const result = await oxc.isolatedDeclaration(file, text, {});
      return result.errors.length ? fail('declarations', file, result.errors) : result.code;
    },
  };
}

function portableBuilder(): Builder {
  const ts = typeScript();
  return {
    javaScript: async (file, text) => {
      const { transform } = await import('esbuild');
      return (await transform(text, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: file })).code;
    },
    declarations: async (file, text) => {
      const result = ts.transpileDeclaration(text, {
        fileName: file,
        reportDiagnostics: true,
        compilerOptions: {
          isolatedDeclarations: true,
          declaration: true,
          strict: true,
          target: ts.ScriptTarget.ES2022,
        },
      });
      const problem = (result.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
      if (problem)
        throw new Error(`declarations of ${file}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
      return result.outputText;
    },
  };
}
