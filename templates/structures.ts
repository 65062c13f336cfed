/**
 * The statements templates emit, and the only bridge from `Code` to them: structure fields are raw
 * code text, so they are filled here from `Code`/`Ident` values only, never from strings.
 *
 * The structures have the shape of ts-morph's (same field names; `kind` spelled as a string), so
 * ts-morph's `printStructure` can print them too: test/print/print-statements.test.ts uses it as
 * the oracle for generator/print/print-statements.ts, which prints them without loading ts-morph.
 */
import { jsDoc, type Code, type DocText, type Ident } from '../generator/safe/code.js';

/** `export type Name = type;` */
export interface TypeAliasStructure {
  readonly kind: 'TypeAlias';
  readonly name: string;
  readonly type: string;
  readonly isExported: boolean;
  readonly leadingTrivia?: string;
}
/** `export const name: type = initializer;` */
export interface VariableStatementStructure {
  readonly kind: 'VariableStatement';
  readonly isExported: boolean;
  readonly leadingTrivia?: string;
  readonly declarations: ReadonlyArray<{ readonly name: string; readonly initializer: string; readonly type?: string }>;
}
/** `export * from 'x';` */
export interface ExportAllStructure {
  readonly kind: 'ExportDeclaration';
  readonly moduleSpecifier: string;
}

/** A structure, or a statement written as code (for constructs structures do not model well). */
export type Statement = TypeAliasStructure | VariableStatementStructure | ExportAllStructure | string;

/** `export type Name = type;` with an optional doc comment. */
export function typeAliasStructure(name: Ident, type: Code, docs: readonly DocText[] = []): TypeAliasStructure {
  return { kind: 'TypeAlias', name: name.text, type: type.text, isExported: true, ...trivia(docs) };
}

/** `export const name = initializer;` */
export function constStructure(
  name: Ident,
  initializer: Code,
  options: { type?: Code; docs?: readonly DocText[]; exported?: boolean } = {},
): VariableStatementStructure {
  return {
    kind: 'VariableStatement',
    isExported: options.exported ?? true,
    ...trivia(options.docs ?? []),
    declarations: [
      { name: name.text, initializer: initializer.text, ...(options.type ? { type: options.type.text } : {}) },
    ],
  };
}

/** `export * from './x.js';` */
export function exportAllStructure(from: string): ExportAllStructure {
  return { kind: 'ExportDeclaration', moduleSpecifier: from };
}

/** A statement written as code. */
export function codeStatement(statement: Code): string {
  return statement.text;
}

function trivia(docs: readonly DocText[]): { leadingTrivia?: string } {
  const text = jsDoc(docs).text;
  return text ? { leadingTrivia: text } : {};
}
