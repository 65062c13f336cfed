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

export const DIST = 'dist';

interface Builder {
  javaScript(file: string, text: string): Promise<string>;
  declarations(file: string, text: string): string;
}

const require = createRequire(import.meta.url);
let fast: Builder | undefined;
let portable: Builder | undefined;

/** `files` with `dist/<name>.js` and `dist/<name>.d.ts` added for every `.ts` module. */
export async function withBuiltFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const out = new Map(files);
  for (const [file, text] of files) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const builder = builderFor(text);
    const base = `${DIST}/${file.replace(/\.ts$/, '')}`;
    out.set(`${base}.js`, await builder.javaScript(file, text));
    out.set(`${base}.d.ts`, builder.declarations(file, text));
  }
  return out;
}

/**
 * oxc for ASCII modules, TypeScript's own tools for the others: oxc reads identifiers by a newer
 * Unicode than TypeScript and unquotes a key such as `"\u{323B0}"` that TypeScript then cannot parse.
 */
function builderFor(text: string): Builder {
  // Comments may say anything (descriptions in any language): only code text counts. A line comment
  // marker inside a string (`'https://…'`) hides the rest of its line, never a key of another line.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  if (/[^\u0000-\u007f]/.test(code)) return (portable ??= portableBuilder());
  return (fast ??= chooseBuilder());
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
      const result = oxc.transformSync(file, text, { target: 'es2022', sourceType: 'module' });
      return result.errors.length ? fail('JavaScript', file, result.errors) : result.code;
    },
    declarations: (file, text) => {
      const result = oxc.isolatedDeclarationSync(file, text, {});
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
    declarations: (file, text) => {
      const result = ts.transpileDeclaration(text, {
        fileName: file,
        reportDiagnostics: true,
        compilerOptions: { isolatedDeclarations: true, declaration: true, strict: true, target: ts.ScriptTarget.ES2022 },
      });
      const problem = (result.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
      if (problem) throw new Error(`declarations of ${file}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
      return result.outputText;
    },
  };
}
