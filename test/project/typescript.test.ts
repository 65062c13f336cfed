/** generator/typescript.ts: TypeScript's API, loaded once, on first use, from ts-morph. */
import { expect, it } from 'vitest';
import { typeScript } from '../../generator/typescript.js';

it("is ts-morph's TypeScript, the same object on every call", () => {
  const ts = typeScript();
  expect(typeof ts.createSourceFile).toBe('function');
  expect(typeScript()).toBe(ts);
  const file = ts.createSourceFile('a.ts', 'const a: number = 1;', ts.ScriptTarget.ES2022);
  expect(file.statements).toHaveLength(1);
});
