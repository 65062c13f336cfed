/**
 * `raw()` takes code specforge writes itself, so its argument must be a literal: a name the planner
 * made is an `Ident` already, and spec text goes through `lit`, `key`, `prop`, `ident`, `docText`.
 * Every call in generator/ and templates/ is read with TypeScript's parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

/** `file:line: raw(argument)` for every call whose argument is not one string literal. */
function nonLiteralRawCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'raw') {
      const [arg, ...rest] = node.arguments;
      const literal =
        arg !== undefined && rest.length === 0 && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
      if (!literal)
        out.push(
          `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const sources = ['generator', 'templates'].flatMap((dir) =>
  (readdirSync(path.join(REPO_ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f)),
);

describe('raw()', () => {
  it('is called with literals only, everywhere in generator/ and templates/', () => {
    const calls = sources.flatMap((file) => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      return text.includes('raw(') ? nonLiteralRawCalls(file, text) : [];
    });
    expect(calls).toEqual([]);
  });

  it('the check sees a planned name, a condition and an interpolation passed to raw()', () => {
    const text = "raw('x'); raw(`y`); raw(name); raw(a ? '' : '?'); raw(`${k}`); raw('a' + b);";
    expect(nonLiteralRawCalls('probe.ts', text).map((c) => c.slice(c.indexOf(': ') + 2))).toEqual([
      'raw(name)',
      "raw(a ? '' : '?')",
      'raw(`${k}`)',
      "raw('a' + b)",
    ]);
  });
});
