/** templates/runtime/msw/claims.ts: what tells one operation's requests from another's on a shared route. */
import { describe, expect, it } from 'vitest';
import { claims, type RouteClaim } from '../../../templates/runtime/msw/claims.js';

describe('claims', () => {
  const route = /\/items\/([^/?#]+)\/?(?:[?#].*)?$/u;
  /** Checks as the validators make them: the issues of a value. */
  const integer = (v: unknown) => (Number.isInteger(v) ? [] : [{ message: 'must be integer' }]);
  const named = (v: unknown) =>
    typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string'
      ? []
      : [{ message: 'no' }];
  const claim: RouteClaim = {
    path: ['id'],
    header: ['X-Tenant'],
    checks: {
      params: { path: { id: integer }, query: { limit: integer } },
      request: named,
    },
  };
  const put = (url: string, init: RequestInit = {}) =>
    new Request(url, {
      method: 'PUT',
      ...init,
      headers: { 'x-tenant': 't', ...(init.headers as object) },
    });

  it('reads path and query text as the number it spells, and wants the required headers', async () => {
    expect(await claims(claim, route, put('http://a/items/42?limit=5'))).toBe(true);
    expect(await claims(claim, route, put('http://a/items/forty-two'))).toBe(false);
    expect(await claims(claim, route, put('http://a/items/42?limit=many'))).toBe(false);
    expect(await claims(claim, route, new Request('http://a/items/42', { method: 'PUT' }))).toBe(false);
  });

  it('judges a JSON body by the request validator, a body of another media type not at all', async () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    expect(await claims(claim, route, put('http://a/items/1', { body: '{"name":"a"}', headers: json }))).toBe(true);
    expect(await claims(claim, route, put('http://a/items/1', { body: '{"name":1}', headers: json }))).toBe(false);
    expect(await claims(claim, route, put('http://a/items/1', { body: '{name', headers: json }))).toBe(false);
    const text = { 'content-type': 'text/plain' };
    expect(await claims(claim, route, put('http://a/items/1', { body: 'anything', headers: text }))).toBe(true);
  });

  it('wants a body where the operation requires one, and the pairs its path key carries', async () => {
    expect(await claims({ path: [], body: true }, route, put('http://a/items/1'))).toBe(false);
    const pairs: RouteClaim = { path: [], pairs: [['type', 'user']] };
    expect(await claims(pairs, route, put('http://a/items/1?type=team&type=user'))).toBe(true);
    expect(await claims(pairs, route, put('http://a/items/1?type=team'))).toBe(false);
  });
});
