/** templates/imports.ts: imports name exactly what a module's text uses, so `noUnusedLocals` holds. */
import { describe, expect, it } from 'vitest';
import { importAll, importUsed } from '../../templates/imports.js';
import { ident } from '../../generator/safe/code.js';

const BODY = `const a = mark(e) + x.passed + markAll(e);
function f$1() { return halt$(e) || ÿhalt; }
/** Check */ type T = Issues;`;

describe('importUsed', () => {
  it('finds a few candidates as whole names, not after a dot, not inside longer names', () => {
    const text = importUsed(
      BODY,
      './r.js',
      ['mark', 'passed', 'halt', 'halt$', 'markAll', 'own'],
      ['Issues', 'Ev'],
    ).text;
    expect(text).toBe('import { mark, halt$, markAll, type Issues } from "./r.js";');
  });

  it('gives the same answer past the few-candidates threshold (every name of the text listed)', () => {
    const many = Array.from({ length: 70 }, (_, i) => `unused${i}`);
    const text = importUsed(BODY, './r.js', ['mark', 'passed', 'halt', 'halt$', 'markAll', ...many], ['Issues']).text;
    expect(text).toBe('import { mark, halt$, markAll, type Issues } from "./r.js";');
  });

  it('imports nothing when nothing is used', () => {
    expect(importUsed(BODY, './r.js', ['own'], ['Ev']).text).toBe('');
  });
});

it('importAll imports every name given, values then types, without reading the module', () => {
  expect(importAll([ident('a$operation'), ident('b$operation')], './o.js', ['OperationEntry']).text).toBe(
    'import { a$operation, b$operation, type OperationEntry } from "./o.js";',
  );
  expect(importAll([], './o.js').text).toBe('');
});
