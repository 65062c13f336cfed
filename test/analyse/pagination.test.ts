/** generator/analyse/pagination.ts: each paging convention recognised from the spec alone, and none where none is. */
import { describe, expect, it } from 'vitest';
import { findPagination } from '../../generator/analyse/pagination.js';
import { modelOf } from '../support/model.js';

const list = (params: string, schema: string, extra = '') => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /items:
    get:
      operationId: listItems
      parameters: [${params}]
      responses:
        '200':
          description: ok${extra}
          content: { application/json: { schema: ${schema} } }
`;
const q = (name: string, type = 'integer') => `{ name: ${JSON.stringify(name)}, in: query, schema: { type: ${type} } }`;
const paging = async (yaml: string) => {
  const { model } = await modelOf(yaml);
  return findPagination(model).get(model.operations[0]!);
};

describe('findPagination', () => {
  it('page numbers (Clockify): page and page-size over a bare array', async () => {
    expect(
      await paging(list(`${q('page')}, ${q('page-size')}`, '{ type: array, items: { type: string } }')),
    ).toMatchObject({
      kind: 'page',
      page: 'page',
      size: 'page-size',
    });
  });

  it('offsets: offset and limit, with the items field', async () => {
    const body = '{ type: object, properties: { data: { type: array, items: { type: string } } } }';
    expect(await paging(list(`${q('offset')}, ${q('limit')}`, body))).toMatchObject({
      kind: 'offset',
      offset: 'offset',
      size: 'limit',
      items: 'data',
    });
  });

  it('tokens: a cursor answered by a nested next cursor (Slack)', async () => {
    const body =
      '{ type: object, properties: { items: { type: array, items: {} }, response_metadata: { type: object, ' +
      'properties: { next_cursor: { type: string } } } } }';
    expect(await paging(list(q('cursor', 'string'), body))).toMatchObject({
      kind: 'token',
      param: 'cursor',
      next: ['response_metadata', 'next_cursor'],
    });
  });

  it('after-id (Stripe): starting_after while has_more', async () => {
    const body =
      '{ type: object, properties: { has_more: { type: boolean }, data: { type: array, items: { type: object, ' +
      'properties: { id: { type: string } } } } } }';
    expect(await paging(list(`${q('starting_after', 'string')}, ${q('limit')}`, body))).toMatchObject({
      kind: 'after',
      param: 'starting_after',
      more: 'has_more',
      id: 'id',
    });
  });

  it('next links (Journyx, OData): @nextLink beside the items', async () => {
    const body = "{ type: object, properties: { results: { type: array, items: {} }, '@nextLink': { type: string } } }";
    expect(await paging(list(q('$top'), body))).toMatchObject({
      kind: 'nextLink',
      items: 'results',
      next: ['@nextLink'],
    });
  });

  it('Link headers (GitHub): a declared Link response header', async () => {
    const headers = '\n          headers: { Link: { schema: { type: string } } }';
    expect(await paging(list(q('per_page'), '{ type: array, items: {} }', headers))).toMatchObject({
      kind: 'linkHeader',
    });
  });

  it('none: a list without paging parameters, or without an items array', async () => {
    expect(await paging(list('', '{ type: array, items: {} }'))).toBeUndefined();
    expect(
      await paging(
        list(`${q('page')}, ${q('page-size')}`, '{ type: object, properties: { total: { type: integer } } }'),
      ),
    ).toBeUndefined();
  });
});
