/**
 * Prints the templates' statements (see templates/structures.ts) as module text. The structures are
 * ts-morph's, and this printer gives what ts-morph's `printStructure` gives for the three kinds the
 * templates use, once formatted (test/print/print-statements.test.ts compares the two), without
 * loading ts-morph and the TypeScript compiler under it: that load was 0.2 s and 70 MB of every run.
 */
import type { Statement } from '../../templates/structures.js';

/** A run of whole statements, printed; `blankBefore` is the separator from the previous chunk. */
export interface Chunk {
  readonly text: string;
  readonly blankBefore: boolean;
}

/**
 * ts-morph's separators: a blank line after a statement that ends in `}` (a function, a block),
 * otherwise a line break; the formatter keeps such blank lines, so they are part of the output.
 */
export function printStatements(statements: readonly Statement[]): string {
  return printChunks(statements, Infinity)[0]?.text ?? '';
}

/**
 * The module cut, between statements, into chunks of about `maxChars` each. Top-level statements
 * are formatted independently of each other, so formatting the chunks one by one and joining them
 * gives the formatted module, with a bounded amount of it in the formatter's memory at a time.
 */
export function printChunks(statements: readonly Statement[], maxChars: number): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  let size = 0;
  let blankBefore = false;
  let last = ''; // the previous statement's text
  const flush = () => {
    chunks.push({ text: `${parts.join('')}\n`, blankBefore });
    parts = [];
    size = 0;
  };
  for (const statement of statements) {
    if (statement === '') continue; // e.g. an import with nothing to import
    const blank = /\}\s*$/.test(last);
    if (size >= maxChars) {
      flush();
      blankBefore = blank;
    } else if (parts.length) parts.push(blank ? '\n\n' : '\n');
    last = (typeof statement === 'string' ? statement : printStructure(statement)).replace(/\n+$/, '');
    parts.push(last);
    size += last.length;
  }
  if (parts.length) flush();
  return chunks;
}

function printStructure(s: Exclude<Statement, string>): string {
  switch (s.kind) {
    case 'TypeAlias':
      return `${leading(s.leadingTrivia)}${s.isExported ? 'export ' : ''}type ${s.name} = ${s.type};`;
    case 'VariableStatement': {
      const declarations = s.declarations.map(declarator).join(', ');
      return `${leading(s.leadingTrivia)}${s.isExported ? 'export ' : ''}const ${declarations};`;
    }
    case 'ExportDeclaration':
      return `export * from ${JSON.stringify(s.moduleSpecifier)};`;
  }
}

/** A doc comment on its own line(s) before the declaration. */
function leading(trivia: string | undefined): string {
  return !trivia ? '' : trivia.endsWith('\n') ? trivia : `${trivia}\n`;
}

/** `name: Type = value`, one declarator of a `const` statement. */
function declarator(d: {
  readonly name: string;
  readonly type?: string | undefined;
  readonly initializer: string;
}): string {
  return `${d.name}${d.type ? `: ${d.type}` : ''} = ${d.initializer}`;
}
