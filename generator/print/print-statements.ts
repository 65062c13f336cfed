/**
 * Prints the templates' statements (see templates/structures.ts) as module text. The structures are
 * ts-morph's, and this printer gives what ts-morph's `printStructure` gives for the three kinds the
 * templates use, once formatted (test/print/print-statements.test.ts compares the two), without
 * loading ts-morph and the TypeScript compiler under it: that load was 0.2 s and 70 MB of every run.
 */
import type { Statement } from '../../templates/structures.js';

/**
 * ts-morph's separators: a blank line after a statement that ends in `}` (a function, a block),
 * otherwise a line break; the formatter keeps such blank lines, so they are part of the output.
 */
export function printStatements(statements: readonly Statement[]): string {
  const parts: string[] = [];
  let last = ''; // the previous statement's text
  for (const statement of statements) {
    if (statement === '') continue; // e.g. an import with nothing to import
    if (parts.length) parts.push(/\}\s*$/.test(last) ? '\n\n' : '\n');
    last = (typeof statement === 'string' ? statement : printStructure(statement)).replace(/\n+$/, '');
    parts.push(last);
  }
  if (parts.length) parts.push('\n');
  return parts.join('');
}

function printStructure(s: Exclude<Statement, string>): string {
  switch (s.kind) {
    case 'TypeAlias':
      return `${leading(s.leadingTrivia)}${s.isExported ? 'export ' : ''}type ${s.name} = ${s.type};`;
    case 'VariableStatement':
      return `${leading(s.leadingTrivia)}${s.isExported ? 'export ' : ''}const ${s.declarations.map((d) => `${d.name}${d.type ? `: ${d.type}` : ''} = ${d.initializer}`).join(', ')};`;
    case 'ExportDeclaration':
      return `export * from ${JSON.stringify(s.moduleSpecifier)};`;
  }
}

/** A doc comment on its own line(s) before the declaration. */
function leading(trivia: string | undefined): string {
  return !trivia ? '' : trivia.endsWith('\n') ? trivia : `${trivia}\n`;
}
