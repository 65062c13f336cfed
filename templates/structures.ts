/**
 * The only bridge from `Code` to ts-morph structures. ts-morph structure fields are raw code text, so
 * they are filled here from `Code`/`Ident` values only, never from strings.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures, type TypeAliasDeclarationStructure, type VariableStatementStructure, type ExportDeclarationStructure } from 'ts-morph';
import { jsDoc, type Code, type DocText, type Ident } from '../generator/safe/code.js';

export type Statement = StatementStructures | string;

/** `export type Name = type;` with an optional doc comment. */
export function typeAliasStructure(name: Ident, type: Code, docs: readonly DocText[] = []): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name: name.text, type: type.text, isExported: true, leadingTrivia: jsDoc(docs).text || undefined };
}

/** `export const name = initializer;` */
export function constStructure(name: Ident, initializer: Code, options: { type?: Code; docs?: readonly DocText[]; exported?: boolean } = {}): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: options.exported ?? true,
    leadingTrivia: jsDoc(options.docs ?? []).text || undefined,
    declarations: [{ kind: StructureKind.VariableDeclaration, name: name.text, initializer: initializer.text, ...(options.type ? { type: options.type.text } : {}) }],
  };
}

/** `export * from './x.js';` */
export function exportAllStructure(from: string): ExportDeclarationStructure {
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier: from };
}

/** A statement written as code (for constructs structures do not model well). */
export function codeStatement(statement: Code): string {
  return statement.text;
}
