/** templates/runtime/client/serialize.ts: the styles' edge cases, against RFC 6570 and OpenAPI's style table. */
import { expect, it } from 'vitest';
import { formPairs, serializeMatrix } from '../../templates/runtime/client/serialize.js';

const enc = encodeURIComponent;

it('matrix: lists and objects, exploded or not; an empty value is the bare name', () => {
  expect(serializeMatrix('color', 'blue', false, undefined, enc)).toBe(';color=blue');
  expect(serializeMatrix('color', '', false, undefined, enc)).toBe(';color');
  expect(serializeMatrix('color', ['blue', 'black'], false, undefined, enc)).toBe(';color=blue,black');
  expect(serializeMatrix('color', ['blue', 'black'], true, undefined, enc)).toBe(';color=blue;color=black');
  expect(serializeMatrix('color', { R: 100, G: 200 }, false, undefined, enc)).toBe(';color=R,100,G,200');
  expect(serializeMatrix('color', { R: 100, G: undefined, B: 150 }, true, undefined, enc)).toBe(';R=100;B=150');
  // A comma inside a value is data: encoded, never a separator.
  expect(serializeMatrix('c', ['a,b'], true, undefined, enc)).toBe(';c=a%2Cb');
  expect(serializeMatrix('c', { a: 1 }, true, true, enc)).toBe(`;c=${enc('{"a":1}')}`);
});

it('form, exploded: an object property holding a list repeats its name; not exploded, it stays one pair', () => {
  const pairs: string[] = [];
  formPairs(pairs, 'p', { sort: ['a,asc', 'b'], page: 1, skip: undefined }, { style: 'form', explode: true });
  expect(pairs).toEqual(['sort=a%2Casc', 'sort=b', 'page=1']);
  const flat: string[] = [];
  formPairs(flat, 'o', { role: 'admin', n: 1 }, { style: 'form', explode: false });
  expect(flat).toEqual(['o=role,admin,n,1']);
});
