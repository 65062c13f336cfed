import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../../generator/diagnostics.js';
import { analyse } from '../../../generator/analyse/analyse.js';
import { loadSpec } from '../../../generator/load/load-spec.js';
import { parseDocument } from '../../../generator/parse/parse-document.js';
import { planNames } from '../../../generator/plan/plan.js';
import { printStatements } from '../../../generator/print/print-statements.js';
import { typeScript } from '../../../generator/typescript.js';
import { exportedNames, namedReExports } from '../../../templates/package/index-exports.js';
import { packageFiles } from '../../../templates/package/package-files.js';
import { constStructure, exportAllStructure, typeAliasStructure } from '../../../templates/structures.js';
import { resolveTargets } from '../../../templates/targets.js';
import { ident, raw } from '../../../generator/safe/code.js';
import { REPO_ROOT, SHARED_DIR } from '../../support/corpus.js';

describe('exportedNames', () => {
  it('reads structures and the code statements the emitters write', () => {
    const names = exportedNames([
      typeAliasStructure(ident('User'), raw('{ id: string }')),
      constStructure(ident('hidden'), raw('1'), { exported: false }),
      constStructure(ident('shown'), raw('2')),
      "import { x } from './x.js';",
      '/** Lists users.\n * export this is prose in a doc line */\nexport function listUsers(a: A): B;',
      'export function listUsers(a: A, b?: C): B;\nexport function listUsers(a: A, b?: C) {\n  return x;\n}',
      'export type Auth = {\n  key?: string;\n};',
      'export interface Page<T> {\n  items: T[];\n}',
      "export {\n  SpecforgeHttpError,\n  type ApiResult,\n  inner as outer,\n} from './client-runtime.gen.js';",
      'export type { Only } from "./types.gen.js";',
      'function internal() {}',
      'export class Café {}',
    ]);
    expect(names).toEqual({
      values: ['shown', 'listUsers', 'SpecforgeHttpError', 'outer', 'Café'],
      types: ['User', 'Auth', 'Page', 'ApiResult', 'Only'],
    });
  });

  it('exports a name that is both a value and a type once, as a value', () => {
    const names = exportedNames([
      constStructure(ident('Status'), raw("{ A: 'a' } as const")),
      typeAliasStructure(ident('Status'), raw("'a'")),
    ]);
    expect(names).toEqual({ values: ['Status'], types: [] });
  });

  it.each([
    ['an export of everything', [exportAllStructure('./other.js')]],
    ['a default export', ['export default function () {}']],
    ['a star re-export in code', ["export * from './other.js';"]],
    ['two variables in one declaration', ['export const a = 1, b = 2;']],
    ['a destructured variable', ['export const { a, b } = values;']],
    ['a namespace', ['export namespace N {\n  export const a = 1;\n}']],
    ['an assignment', ['export = thing;']],
  ])('gives up on %s, so the index keeps `export *`', (_, statements) => {
    expect(exportedNames(statements)).toBeUndefined();
  });
});

describe('namedReExports', () => {
  const modules = new Map([
    ['types.gen.ts', [typeAliasStructure(ident('User'), raw('{}'))]],
    ['client.gen.ts', ['export function f() {}', 'export type R = 1;']],
    ['plugin.gen.ts', ['export default 1;']],
    ['empty.gen.ts', ["import './x.js';"]],
  ]);

  it('names each module it can read, keeps the others, and leaves other statements alone', () => {
    const index = namedReExports(
      [
        exportAllStructure('./types.gen.js'),
        exportAllStructure('./client.gen.js'),
        exportAllStructure('./plugin.gen.js'),
        exportAllStructure('./elsewhere.js'),
        exportAllStructure('./empty.gen.js'),
        "export { schemas } from './validators.gen.js';",
      ],
      modules,
    );
    // Unformatted: the formatter turns the quotes to single ones.
    expect(printStatements(index)).toBe(
      [
        'export type { User } from "./types.gen.js";',
        'export { f } from "./client.gen.js";',
        'export type { R } from "./client.gen.js";',
        'export * from "./plugin.gen.js";',
        'export * from "./elsewhere.js";',
        "export { schemas } from './validators.gen.js';",
        '',
      ].join('\n'),
    );
  });
});

/** What a module exports, by TypeScript's parser: the oracle for the index. */
function parsedExports(fileName: string, text: string): { names: Map<string, Set<string>>; stars: string[] } {
  const ts = typeScript();
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names = new Map<string, Set<string>>();
  const stars: string[] = [];
  const add = (from: string, name: string) => names.set(from, (names.get(from) ?? new Set()).add(name));
  const exported = (node: TS.Statement) =>
    ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const s of file.statements) {
    if (ts.isExportDeclaration(s)) {
      const from = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : '';
      if (!s.exportClause) stars.push(from);
      else if (ts.isNamedExports(s.exportClause)) for (const e of s.exportClause.elements) add(from, e.name.text);
    } else if (exported(s)) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) add('', d.name.getText(file));
      else if ('name' in s && s.name) add('', (s.name as TS.Identifier).text);
    }
  }
  return { names, stars };
}

async function packageTexts(spec: string, dates: 'string' | 'Date'): Promise<Map<string, string>> {
  const loaded = await loadSpec(spec, {});
  const model = parseDocument(loaded, new Diagnostics(false));
  const targets = resolveTargets(['types', 'client', 'validators', 'dates', 'tanstack-query', 'msw']);
  const analysed = analyse(model, { dates });
  const files = packageFiles(analysed, planNames(analysed, { dates, targets }), { name: 'pkg' }, targets);
  return new Map(files.flatMap((f) => ('statements' in f ? [[f.path, printStatements(f.statements)] as const] : [])));
}

const specs: Array<[string, string, 'string' | 'Date']> = [
  ['Clockify', path.join(REPO_ROOT, 'spec/clockify/openapi.yaml'), 'string'],
  ['Journyx, dates as Date', path.join(REPO_ROOT, 'spec/journyx/openapi.yaml'), 'Date'],
];
if (SHARED_DIR) {
  specs.push(['Clerk', path.join(SHARED_DIR, 'corpus/3.0.x/clerk-2025-11-10.yaml'), 'string']);
  specs.push(['opencode', path.join(SHARED_DIR, 'corpus/3.1.x/opencode.yaml'), 'Date']);
}

describe('the index of a generated package', () => {
  it.each(specs)('%s: names exactly what each module exports, without `export *`', async (_, spec, dates) => {
    const texts = await packageTexts(spec, dates);
    const index = parsedExports('index.ts', texts.get('index.ts')!);
    expect(index.stars).toEqual([]);
    for (const module of ['./types.gen.js', './client.gen.js']) {
      const own = parsedExports(module, texts.get(module.replace('./', '').replace('.js', '.ts'))!);
      const declared = new Set([...own.names.values()].flatMap((s) => [...s]));
      expect(declared.size).toBeGreaterThan(10);
      expect([...index.names.get(module)!].sort()).toEqual([...declared].sort());
    }
  });
});
