/** templates/runtime/client/serialize.ts: the styles' edge cases, against RFC 6570 and OpenAPI's style table. */
import { expect, it } from 'vitest';
import { cookiePairs, formPairs, serializeMatrix } from '../../templates/runtime/client/serialize.js';

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

it("cookies: 3.2's `cookie` style by OpenAPI's table; the default `form` style one percent-encoded pair", () => {
  const cookie = (explode: boolean) => ({ name: 'c', in: 'cookie' as const, style: 'cookie', explode });
  expect(cookiePairs(cookie(false), 'blue')).toEqual(['c=blue']);
  expect(cookiePairs(cookie(false), ['blue', 'black'])).toEqual(['c=blue,black']);
  expect(cookiePairs(cookie(true), ['blue', 'black'])).toEqual(['c=blue', 'c=black']);
  expect(cookiePairs(cookie(false), { R: 100, G: 200 })).toEqual(['c=R,100,G,200']);
  expect(cookiePairs(cookie(true), { R: 100, G: undefined, B: 150 })).toEqual(['R=100', 'B=150']);
  // What a cookie value cannot hold is encoded: a `;` must not start another cookie, nor `,` split a list.
  expect(cookiePairs(cookie(true), ['a;admin=1', 'x,y', 'é %'])).toEqual([
    'c=a%3Badmin=1',
    'c=x%2Cy',
    'c=%C3%A9%20%25',
  ]);
  const form = { name: 'c', in: 'cookie' as const, style: 'form', explode: true };
  expect(cookiePairs(form, ['a b', 'c'])).toEqual(['c=a%20b%2Cc']);
});
