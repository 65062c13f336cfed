/**
 * templates/validators/keywords/unevaluated.ts: unevaluatedProperties and unevaluatedItems, run as
 * emitted against the annotations (`ev0`) the schema's other keywords collected.
 */
import { expect, it } from 'vitest';
import { raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import { unevaluated } from '../../../templates/validators/keywords/unevaluated.js';
import { keywordCompiler, keywords, runLines } from '../../support/keyword-harness.js';

const no = { kind: 'boolean', pointer: '#', value: false } as const;

/** The checks, after annotations that say `a` and the first item were evaluated. */
function check(schema: KeywordSchemaNode): (x: unknown) => string[] {
  const c = keywordCompiler();
  const lines: Code[] = [
    raw('let n = 0;'),
    raw('const ev0 = { p: new Set(["a"]), i: 1, c: new Set(), a: false, ai: false };'),
    ...unevaluated(c, schema, 'read'),
  ];
  return runLines(c, lines);
}

it('refuses a property no other keyword evaluated, and lets evaluated ones and non-objects through', () => {
  const closed = check(keywords({ unevaluatedProperties: no }));
  expect(closed({ a: 1 })).toEqual([]);
  expect(closed({ a: 1, b: 2 })).toEqual(['is not allowed (unevaluatedProperties)']);
  expect(closed([1, 2])).toEqual([]);
  expect(closed('text')).toEqual([]);
});

it('checks unevaluated properties by a schema instead', () => {
  const strings = check(keywords({ unevaluatedProperties: keywords({ types: ['string'] }) }));
  expect(strings({ a: 1, b: 'ok' })).toEqual([]);
  expect(strings({ a: 1, b: 2 })).toHaveLength(1);
});

it('refuses items past those evaluated, and lets an array of evaluated items through', () => {
  const closed = check(keywords({ unevaluatedItems: no }));
  expect(closed(['first'])).toEqual([]);
  expect(closed(['first', 'second'])).toEqual(['is not allowed (unevaluatedItems)']);
  expect(closed({ a: 1 })).toEqual([]);
});
