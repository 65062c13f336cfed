/** generator/load/path-item-operations.ts: what an operation of a Path Item is, for the check and the parser. */
import { expect, it } from 'vitest';
import { METHOD_TOKEN, pathItemOperations } from '../../generator/load/path-item-operations.js';

it('lists the fixed methods in their order, then 3.2 additionalOperations with their pointer tokens', () => {
  const get = { operationId: 'g' };
  const post = { operationId: 'p' };
  const link = { operationId: 'l' };
  const ops = pathItemOperations({
    post,
    summary: 'not an operation',
    parameters: [],
    get,
    additionalOperations: { LINK: link },
  });
  expect(ops).toEqual([
    { method: 'get', operation: get, tokens: ['get'] },
    { method: 'post', operation: post, tokens: ['post'] },
    { method: 'LINK', operation: link, tokens: ['additionalOperations', 'LINK'] },
  ]);
});

it('reads 3.2 query as a fixed method, skips undefined fields and inherited ones', () => {
  const item = Object.create({ get: { inherited: true } }) as Record<string, unknown>;
  item['query'] = { operationId: 'q' };
  item['put'] = undefined;
  expect(pathItemOperations(item).map((o) => o.method)).toEqual(['query']);
});

it('ignores an additionalOperations that is not an object', () => {
  expect(pathItemOperations({ additionalOperations: ['LINK'] })).toEqual([]);
  expect(pathItemOperations({ additionalOperations: null })).toEqual([]);
});

it('METHOD_TOKEN is RFC 9110 token: no spaces, slashes or colons', () => {
  expect(METHOD_TOKEN.test('LINK')).toBe(true);
  expect(METHOD_TOKEN.test('M-SEARCH')).toBe(true);
  for (const bad of ['', 'A B', 'A/B', 'A:B', 'Ä', 'GET\n']) expect(METHOD_TOKEN.test(bad)).toBe(false);
});
