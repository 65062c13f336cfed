/** The templates' statements as ts-morph structures, for ts-morph's own printer as an oracle. */
import { printStructure, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { Statement } from '../../templates/structures.js';

function toTsMorph(s: Statement): StatementStructures | string {
  if (typeof s === 'string') return s;
  switch (s.kind) {
    case 'TypeAlias':
      return { ...s, kind: StructureKind.TypeAlias };
    case 'VariableStatement':
      return {
        ...s,
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: s.declarations.map((d) => ({ ...d, kind: StructureKind.VariableDeclaration })),
      };
    case 'ExportDeclaration':
      return { ...s, kind: StructureKind.ExportDeclaration };
  }
}

/** What ts-morph's `printStructure` prints for a module of these statements. */
export function printWithTsMorph(statements: readonly Statement[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: statements.map(toTsMorph) });
}
