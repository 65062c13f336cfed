/**
 * templates/runtime/tanstack-query.ts: the page parameters of infinite queries, kind by kind, and
 * the error a failed call rejects with. The whole flow with query-core and MSW runs in
 * test/package/installable.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  dataOf,
  firstPageParam,
  nextPageParam,
  pageRequest,
  queryDataOf,
  recordLinkHeader,
  streamedData,
  type Paging,
} from '../../templates/runtime/tanstack-query.js';
import { SpecforgeHttpError } from '../../templates/runtime/client/results.js';

const client = {};
const result = (data: unknown, init: { status?: number; error?: unknown; link?: string } = {}) => ({
  status: init.status ?? 200,
  data,
  error: init.error,
  response: new Response(null, { headers: init.link ? { link: init.link } : {} }),
});

describe('page parameters', () => {
  it('page numbers: counter and size made explicit, the next page until a short one', () => {
    const paging: Paging = { kind: 'page', page: 'page', size: 'page-size', defaultSize: 2 };
    const first = firstPageParam(paging, { query: { status: 'ACTIVE' } });
    expect(first).toEqual({ status: 'ACTIVE', page: 1, 'page-size': 2 });
    expect(nextPageParam(client, paging, [1, 2], first)).toEqual({ status: 'ACTIVE', page: 2, 'page-size': 2 });
    expect(nextPageParam(client, paging, [1], first)).toBeUndefined();
    expect(nextPageParam(client, paging, [], first)).toBeUndefined();
  });

  it('offsets move by the items received', () => {
    const paging: Paging = { kind: 'offset', offset: 'offset', size: 'limit', defaultSize: 3, items: 'data' };
    const first = firstPageParam(paging, { query: { offset: 10 } });
    expect(first).toEqual({ offset: 10, limit: 3 });
    expect(nextPageParam(client, paging, { data: [1, 2, 3] }, first)).toEqual({ offset: 13, limit: 3 });
  });

  it('tokens: the next token until none, and a repeated token ends the walk', () => {
    const paging: Paging = { kind: 'token', param: 'cursor', next: ['meta', 'next_cursor'], items: 'items' };
    const first = firstPageParam(paging, {});
    const second = nextPageParam(client, paging, { items: [1], meta: { next_cursor: 'c2' } }, first);
    expect(second).toEqual({ cursor: 'c2' });
    expect(nextPageParam(client, paging, { items: [1], meta: { next_cursor: '' } }, second!)).toBeUndefined();
    expect(
      nextPageParam(client, paging, { items: [1], meta: { next_cursor: 'c2' } }, second!, [first, second!]),
    ).toBeUndefined();
  });

  it('after-id (Stripe): the last id while has_more, the first walking back', () => {
    const paging: Paging = {
      kind: 'after',
      param: 'starting_after',
      before: 'ending_before',
      more: 'has_more',
      id: 'id',
      items: 'data',
    };
    const page = { has_more: true, data: [{ id: 'a' }, { id: 'b' }] };
    expect(nextPageParam(client, paging, page, {})).toEqual({ starting_after: 'b' });
    expect(nextPageParam(client, paging, page, { ending_before: 'z' })).toEqual({ ending_before: 'a' });
    expect(nextPageParam(client, paging, { ...page, has_more: false }, {})).toBeUndefined();
  });

  it('next links: only the query is taken (another host gets nothing), kept parameters stay', () => {
    const paging: Paging = { kind: 'nextLink', items: 'results', next: ['@nextLink'] };
    const page = { results: [1], '@nextLink': 'https://evil.example/users?$skip=50' };
    expect(nextPageParam(client, paging, page, { $top: 50, $filter: 'x' })).toEqual({
      $top: 50,
      $filter: 'x',
      $skip: '50',
    });
    expect(nextPageParam(client, paging, { results: [], '@nextLink': '/users?$skip=100' }, {})).toBeUndefined();
  });

  it('Link headers: the next link recorded per client, by the page parameter that fetched it', () => {
    const paging: Paging = { kind: 'linkHeader' };
    const first = firstPageParam(paging, { query: { per_page: 2 } });
    recordLinkHeader(
      client,
      paging,
      first,
      result([1, 2], { link: '<https://api.example/items?page=2&per_page=2>; rel="next"' }),
    );
    const second = nextPageParam(client, paging, [1, 2], first);
    expect(second).toEqual({ per_page: '2', page: '2' });
    expect(nextPageParam({}, paging, [1, 2], first)).toBeUndefined(); // another client has its own links
    recordLinkHeader(client, paging, second!, result([3]));
    expect(nextPageParam(client, paging, [3], second!)).toBeUndefined();
  });

  it('a POST search pages through its body, leaving the query alone', () => {
    const paging: Paging = { kind: 'page', page: 'page', size: 'size', defaultSize: 10, in: 'body' };
    const request = { query: { q: 1 }, body: { filter: 'x' } };
    const param = firstPageParam(paging, request);
    expect(pageRequest(paging, request, param)).toEqual({ query: { q: 1 }, body: { filter: 'x', page: 1, size: 10 } });
  });
});

describe('results', () => {
  it('an error response rejects with SpecforgeHttpError carrying status and body', () => {
    expect(() => dataOf('getUser', result(undefined, { status: 404, error: { message: 'gone' } }))).toThrow(
      SpecforgeHttpError,
    );
    try {
      dataOf('getUser', result(undefined, { status: 404, error: { message: 'gone' } }));
    } catch (error) {
      expect(error).toMatchObject({ status: 404, error: { message: 'gone' }, operation: 'getUser' });
    }
  });

  it('a status outside 2xx without a body (a 304, a redirect not followed) rejects too', () => {
    for (const status of [304, 302])
      expect(() => queryDataOf('getFile', result(undefined, { status }))).toThrow(
        expect.objectContaining({ name: 'SpecforgeHttpError', status, error: undefined }),
      );
  });

  it('a success without a body is null as query data (TanStack refuses undefined)', () => {
    expect(queryDataOf('deleteUser', result(undefined))).toBeNull();
    expect(dataOf('deleteUser', result(undefined))).toBeUndefined();
  });
});

describe('streamed data', () => {
  async function* ticks(n: number): AsyncGenerator<{ seq: number }> {
    for (let seq = 1; seq <= n; seq++) yield { seq };
  }
  const signal = new AbortController().signal;

  it('writes the events so far to the cache, a new array each time, and resolves with all of them', async () => {
    const written: unknown[][] = [];
    const client = { setQueryData: (key: readonly unknown[], data: unknown) => written.push([key, data]) };
    const data = await streamedData('watch', result(ticks(3)), { signal, queryKey: ['watch'], client });
    expect(data).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    expect(written.map(([, d]) => (d as unknown[]).length)).toEqual([1, 2, 3]);
    expect(written.every(([key]) => (key as string[])[0] === 'watch')).toBe(true);
    expect(new Set(written.map(([, d]) => d)).size).toBe(3);
  });

  it('without a client in the context (an older query-core), the events arrive together', async () => {
    expect(await streamedData('watch', result(ticks(2)), { signal })).toEqual([{ seq: 1 }, { seq: 2 }]);
  });

  it('a body that does not stream is the data as it is; an error response rejects', async () => {
    expect(await streamedData('chat', result({ answer: 'hi' }), { signal })).toEqual({ answer: 'hi' });
    expect(await streamedData('chat', result(undefined), { signal })).toBeNull();
    await expect(streamedData('chat', result(undefined, { status: 500, error: 'x' }), { signal })).rejects.toThrow(
      SpecforgeHttpError,
    );
  });
});
