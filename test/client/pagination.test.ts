/**
 * Auto-pagination conventions beyond our two sources' (Journyx links, Clockify page numbers), each
 * as real APIs declare it: GitHub's `Link` response header (RFC 8288), Google's `pageToken`/`nextPageToken`, Slack's
 * nested `next_cursor`,
 * Stripe's `starting_after` + `has_more` and its search's string `page`/`next_page`, offsets with a
 * limit, HAL's `_links.next.href`, Laravel's `meta.next_page_url`, and a POST search whose JSON body
 * takes the cursor (Notion). A local server plays each API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { startServer, type TestServer } from '../support/http-server.js';
import { typeCheckUsage } from '../support/tsc.js';
import { nextLinkOf } from '../../templates/runtime/client/paging.js';

const item = { type: 'object', properties: { id: { type: 'string' } } };
const list = (props: Record<string, unknown>) => ({
  '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: props } } } },
});
const q = (name: string, type: string) => ({ name, in: 'query', schema: { type } });
const get = (operationId: string, parameters: unknown[], responses: unknown) => ({
  get: { operationId, parameters, responses },
});

const spec = {
  openapi: '3.1.0',
  info: { title: 'paging', version: '1' },
  paths: {
    '/google': get(
      'googleList',
      [q('pageToken', 'string'), q('pageSize', 'integer')],
      list({ files: { type: 'array', items: item }, nextPageToken: { type: 'string' } }),
    ),
    '/slack': get(
      'slackList',
      [q('cursor', 'string'), q('limit', 'integer')],
      list({
        ok: { type: 'boolean' },
        members: { type: 'array', items: item },
        response_metadata: { type: 'object', properties: { next_cursor: { type: 'string' } } },
      }),
    ),
    '/stripe': get(
      'stripeList',
      [q('starting_after', 'string'), q('ending_before', 'string'), q('limit', 'integer')],
      list({ object: { type: 'string' }, data: { type: 'array', items: item }, has_more: { type: 'boolean' } }),
    ),
    '/stripe-search': get(
      'stripeSearch',
      [q('page', 'string'), q('limit', 'integer')],
      list({
        data: { type: 'array', items: item },
        has_more: { type: 'boolean' },
        next_page: { type: ['string', 'null'] },
      }),
    ),
    '/offset': get(
      'offsetList',
      [q('offset', 'integer'), q('limit', 'integer')],
      list({ items: { type: 'array', items: item }, total: { type: 'integer' } }),
    ),
    // The link's `cursor` is not a declared parameter: it is sent all the same.
    '/hal': get(
      'halList',
      [],
      list({
        items: { type: 'array', items: item },
        _links: { type: 'object', properties: { next: { type: 'object', properties: { href: { type: 'string' } } } } },
      }),
    ),
    // Azure AD Graph: `odata.nextLink` (no `@`) beside `value`.
    '/directory': get(
      'azureList',
      [q('api-version', 'string')],
      list({ value: { type: 'array', items: item }, 'odata.nextLink': { type: 'string' } }),
    ),
    '/laravel': get(
      'laravelList',
      [q('page', 'integer'), q('per_page', 'integer')],
      list({
        data: { type: 'array', items: item },
        meta: { type: 'object', properties: { next_page_url: { type: ['string', 'null'] } } },
      }),
    ),
    // Notion: a POST query whose JSON body takes the cursor.
    '/query': {
      post: {
        operationId: 'notionQuery',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  filter: { type: 'object' },
                  start_cursor: { type: 'string' },
                  page_size: { type: 'integer' },
                },
              },
            },
          },
        },
        responses: list({
          results: { type: 'array', items: item },
          next_cursor: { type: ['string', 'null'] },
          has_more: { type: 'boolean' },
        }),
      },
    },
    // GitHub: a bare array and a declared `Link` header, beside page/per_page it would otherwise count.
    '/repos/{owner}/{repo}/issues': {
      get: {
        operationId: 'githubIssues',
        parameters: [
          { name: 'owner', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'repo', in: 'path', required: true, schema: { type: 'string' } },
          q('per_page', 'integer'),
          q('page', 'integer'),
          q('state', 'string'),
        ],
        responses: {
          '200': {
            description: 'ok',
            headers: { Link: { $ref: '#/components/headers/link' } },
            content: { 'application/json': { schema: { type: 'array', items: item } } },
          },
        },
      },
    },
    '/loop': get(
      'loopList',
      [q('pageToken', 'string')],
      list({ files: { type: 'array', items: item }, nextPageToken: { type: 'string' } }),
    ),
    // Not paging: a string `page` with no token coming back, and a `start` that is a time.
    '/report': get(
      'report',
      [q('page', 'string'), q('limit', 'integer')],
      list({ rows: { type: 'array', items: item } }),
    ),
    '/events': get(
      'events',
      [q('start', 'integer'), q('limit', 'integer')],
      list({ events: { type: 'array', items: item } }),
    ),
    '/counter': get(
      'counter',
      [q('cursor', 'string')],
      list({ items: { type: 'array', items: item }, next: { type: 'integer' } }),
    ),
  },
  components: { headers: { link: { schema: { type: 'string' } } } },
};

const ids = ['a', 'b', 'c', 'd', 'e'];
const at = (i: number, n: number) => ids.slice(i, i + n).map((id) => ({ id }));

let server: TestServer;
let out: string;
let client: any;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = (k: string) => url.searchParams.get(k);
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    switch (url.pathname) {
      case '/google': {
        // Tokens t1..t3; the page after t1 is empty but still has a token (Google and AWS do that).
        const page = { '': [0, 2], t1: [2, 0], t2: [2, 2], t3: [4, 2] }[p('pageToken') ?? ''] as [number, number];
        const next = { '': 't1', t1: 't2', t2: 't3', t3: undefined }[p('pageToken') ?? ''];
        return json({ files: at(...page), ...(next ? { nextPageToken: next } : {}) });
      }
      case '/slack': {
        const i = Number(p('cursor') ?? 0);
        return json({
          ok: true,
          members: at(i, 2),
          response_metadata: { next_cursor: i + 2 < ids.length ? String(i + 2) : '' },
        });
      }
      case '/stripe': {
        if (p('ending_before') !== null) {
          // The items before that one, in list order: the page ends just before it.
          const end = ids.indexOf(p('ending_before')!);
          const start = Math.max(0, end - 2);
          return json({ object: 'list', data: at(start, end - start), has_more: start > 0 });
        }
        const i = p('starting_after') === null ? 0 : ids.indexOf(p('starting_after')!) + 1;
        return json({ object: 'list', data: at(i, 2), has_more: i + 2 < ids.length });
      }
      case '/stripe-search': {
        const i = p('page') === null ? 0 : Number(p('page')!.slice(4));
        return json({
          data: at(i, 2),
          has_more: i + 2 < ids.length,
          next_page: i + 2 < ids.length ? `page${i + 2}` : null,
        });
      }
      case '/offset':
        return json({ items: at(Number(p('offset')), Number(p('limit'))), total: ids.length });
      case '/hal': {
        const i = Number(p('cursor') ?? 0);
        return json({ items: at(i, 2), _links: i + 2 < ids.length ? { next: { href: `/hal?cursor=${i + 2}` } } : {} });
      }
      case '/laravel': {
        const page = Number(p('page') ?? 1);
        const last = page * 2 >= ids.length;
        return json({
          data: at((page - 1) * 2, 2),
          meta: { next_page_url: last ? null : `https://elsewhere.example/laravel?page=${page + 1}` },
        });
      }
      case '/query': {
        const body = JSON.parse(req.body) as { start_cursor?: string; page_size: number; filter: unknown };
        const i = Number(body.start_cursor ?? 0);
        const next = i + body.page_size < ids.length ? String(i + body.page_size) : null;
        return json({ results: at(i, body.page_size), next_cursor: next, has_more: next !== null });
      }
      case '/repos/o/r/issues':
      case '/repositories/42/issues': {
        // GitHub's links name the repository by id, on its canonical host, and list every relation.
        const page = Number(p('page') ?? 1);
        const per = Number(p('per_page') ?? 30);
        const link = (n: number, rel: string) =>
          `<https://api.github.example/repositories/42/issues?state=${p('state')}&per_page=${per}&page=${n}>; rel="${rel}"`;
        const last = Math.ceil(ids.length / per);
        const links = [
          page < last ? link(page + 1, 'next') : '',
          link(last, 'last'),
          page > 1 ? link(1, 'first') : '',
        ].filter(Boolean);
        res.writeHead(200, { 'content-type': 'application/json', link: links.join(', ') });
        return res.end(JSON.stringify(at((page - 1) * per, per)));
      }
      case '/loop':
        return json({ files: at(0, 1), nextPageToken: 'same' });
    }
    res.writeHead(404);
    res.end();
  });
  const pkg = await generateInline(spec);
  out = pkg.out;
  client = (await pkg.load())['createClient']({ baseUrl: server.url });
});
afterAll(() => server.close());

async function collect(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of iterable) out.push(x.id);
  return out;
}

describe('auto-pagination conventions', () => {
  it('recognises the paging operations, and only those', () => {
    expect(Object.keys(client.paginate).sort()).toEqual([
      'azureList',
      'githubIssues',
      'googleList',
      'halList',
      'laravelList',
      'loopList',
      'notionQuery',
      'offsetList',
      'slackList',
      'stripeList',
      'stripeSearch',
    ]);
  });

  it('GitHub: follows the Link header\'s rel="next" (its query only), to the page without one', async () => {
    expect(
      await collect(
        client.paginate.githubIssues({ path: { owner: 'o', repo: 'r' }, query: { state: 'open', per_page: 2 } }),
      ),
    ).toEqual(ids);
    // Every request stays on the operation's own path and the client's host; the link's query is kept whole.
    expect(server.requests.filter((r) => r.url.includes('/issues')).map((r) => r.url)).toEqual([
      '/repos/o/r/issues?per_page=2&state=open',
      '/repos/o/r/issues?per_page=2&page=2&state=open',
      '/repos/o/r/issues?per_page=2&page=3&state=open',
    ]);
  });

  it('reads Link headers as RFC 8288 writes them', () => {
    expect(nextLinkOf('<https://x/a?page=2>; rel="next", <https://x/a?page=9>; rel="last"')).toBe('https://x/a?page=2');
    expect(nextLinkOf('<https://x/a?page=9>; rel="last", <https://x/a?page=2>; rel=next')).toBe('https://x/a?page=2');
    // Relation lists, case, commas and semicolons inside the URI and inside quoted parameters.
    expect(
      nextLinkOf('<https://x/a?f=1,2;3>; title="a, b; rel=next"; rel="prev", <https://x/b>; REL="last NEXT"'),
    ).toBe('https://x/b');
    // Only the first rel of a link counts; a quoted-pair escapes a quote.
    expect(nextLinkOf('<https://x/c>; rel="prev"; rel="next"')).toBeUndefined();
    expect(nextLinkOf('<https://x/d>; title="say \\"next\\""; rel="next"')).toBe('https://x/d');
    // No next link, or not a Link header at all.
    expect(nextLinkOf('<https://x/a?page=1>; rel="first"')).toBeUndefined();
    expect(nextLinkOf('')).toBeUndefined();
    expect(nextLinkOf(null)).toBeUndefined();
    expect(nextLinkOf('https://x/a; rel="next"')).toBeUndefined();
    expect(nextLinkOf('<https://x/a; rel="next"')).toBeUndefined();
  });

  it("tokens: Google's nextPageToken, through an empty page that still has one", async () => {
    expect(await collect(client.paginate.googleList({ query: { pageSize: 2 } }))).toEqual(ids);
    const sent = server.requests.filter((r) => r.url.startsWith('/google')).map((r) => r.url);
    expect(sent).toEqual([
      '/google?pageSize=2',
      '/google?pageToken=t1&pageSize=2',
      '/google?pageToken=t2&pageSize=2',
      '/google?pageToken=t3&pageSize=2',
    ]);
  });

  it("tokens nested in the body: Slack's response_metadata.next_cursor, ended by an empty one", async () => {
    expect(await collect(client.paginate.slackList())).toEqual(ids);
  });

  it("Stripe lists: starting_after the last item's id while has_more", async () => {
    expect(await collect(client.paginate.stripeList({ query: { limit: 2 } }))).toEqual(ids);
    expect(server.requests.filter((r) => r.url.startsWith('/stripe?')).map((r) => r.url)).toEqual([
      '/stripe?limit=2',
      '/stripe?starting_after=b&limit=2',
      '/stripe?starting_after=d&limit=2',
    ]);
    // Backwards from an ending_before the caller gives: the first item's id, never starting_after too.
    const pages: string[][] = [];
    for await (const page of client.paginate.stripeList({ query: { ending_before: 'e', limit: 2 } }).pages())
      pages.push(page.data.map((x: { id: string }) => x.id));
    expect(pages).toEqual([
      ['c', 'd'],
      ['a', 'b'],
    ]);
    expect(server.requests.at(-1)!.url).toBe('/stripe?ending_before=c&limit=2');
  });

  it('Stripe search: a string page token answered by next_page, ended by null', async () => {
    expect(await collect(client.paginate.stripeSearch())).toEqual(ids);
  });

  it('offsets move by the items received and end at the first short page; a given offset is the start', async () => {
    expect(await collect(client.paginate.offsetList({ query: { limit: 2 } }))).toEqual(ids);
    expect(await collect(client.paginate.offsetList({ query: { offset: 3, limit: 2 } }))).toEqual(['d', 'e']);
  });

  it("next links in the body: HAL's _links.next.href, Laravel's meta.next_page_url (host ignored)", async () => {
    expect(await collect(client.paginate.halList())).toEqual(ids);
    expect(await collect(client.paginate.laravelList())).toEqual(ids);
    // The link names another host; the client still sends every page to its own base URL.
    expect(server.requests.filter((r) => r.url.startsWith('/laravel')).map((r) => r.url)).toEqual([
      '/laravel',
      '/laravel?page=2',
      '/laravel?page=3',
    ]);
  });

  it("a POST search pages through its JSON body (Notion's start_cursor), keeping the caller's fields", async () => {
    expect(await collect(client.paginate.notionQuery({ body: { filter: { x: 1 }, page_size: 2 } }))).toEqual(ids);
    const bodies = server.requests.filter((r) => r.url === '/query').map((r) => JSON.parse(r.body));
    expect(bodies).toEqual([
      { filter: { x: 1 }, page_size: 2 },
      { filter: { x: 1 }, page_size: 2, start_cursor: '2' },
      { filter: { x: 1 }, page_size: 2, start_cursor: '4' },
    ]);
  });

  it('a token the server gives twice stops with an error instead of looping', async () => {
    await expect(collect(client.paginate.loopList())).rejects.toThrow(/gave the page token "same" twice/);
  });

  it('types each paginator by its items, whatever the convention (tsc)', () => {
    expect(
      typeCheckUsage(out, [
        "import { createClient } from './index.js';",
        "const client = createClient({ baseUrl: 'http://localhost' });",
        'export async function use(): Promise<string[]> {',
        '  const ids: string[] = [];',
        "  for await (const f of client.paginate.googleList({ query: { pageSize: 2 } })) ids.push(f.id ?? '');",
        "  for await (const d of client.paginate.stripeList()) ids.push(d.id ?? '');",
        "  for await (const i of client.paginate.githubIssues({ path: { owner: 'o', repo: 'r' } })) " +
          "ids.push(i.id ?? '');",
        "  for await (const r of client.paginate.notionQuery({ body: { page_size: 2 } })) ids.push(r.id ?? '');",
        '  for await (const page of client.paginate.slackList().pages()) ids.push(String(page.members?.length));',
        '  // @ts-expect-error: an item has no such field',
        '  for await (const f of client.paginate.offsetList()) ids.push(f.nope);',
        '  return ids;',
        '}',
      ]),
    ).toBe('');
  }, 60_000);
});
