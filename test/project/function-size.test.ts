/**
 * No function of the generator or its templates runs past 80 lines: the long ones (createEngine
 * was 327, parseSchemaObject 273) were where bugs hid and reviews stalled. A class or a module
 * may be longer; each of its functions says one thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import { expect, it } from 'vitest';
import { typeScript } from '../../generator/typescript.js';
import { REPO_ROOT } from '../support/corpus.js';

const LIMIT = 80;

it(`no generator or template function is longer than ${LIMIT} lines`, () => {
  const ts = typeScript();
  const long: string[] = [];
  for (const folder of ['generator', 'templates']) {
    for (const file of readdirSync(path.join(REPO_ROOT, folder), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const where = `${folder}/${file}`;
      const source = ts.createSourceFile(
        where,
        readFileSync(path.join(REPO_ROOT, where), 'utf8'),
        ts.ScriptTarget.ES2022,
        true,
      );
      const visit = (node: TS.Node): void => {
        if (ts.isFunctionLike(node) && (node as TS.FunctionLikeDeclaration).body !== undefined) {
          const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > LIMIT) long.push(`${where}:${first + 1} (${last - first + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  expect(long).toEqual([]);
});
