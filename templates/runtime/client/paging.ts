/**
 * Pagination: where a page's items and next page are, and the `pages`/`items` iterators of a paged
 * operation.
 */
import type { BaseClient } from './engine.js';
import type { CallOptions } from './options.js';
import { type AnyResult, SpecforgeHttpError, SpecforgeRequestError } from './results.js';
import { own } from './serialize.js';
import type { OperationEntry, OperationSpec, RequestParts } from './spec.js';

/** The value at a path of own properties (`['links', 'next']`), or undefined. */
export function fieldAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) v = typeof v === 'object' && v !== null ? own(v as Record<string, unknown>, k) : undefined;
  return v;
}

/** The items array of a page: the body itself, or a field of it. */
export function itemsOf(page: unknown, field: string | undefined): unknown[] {
  const items = field === undefined ? page : fieldAt(page, [field]);
  return Array.isArray(items) ? items : [];
}

/**
 * The query of a `@nextLink`. Only the link's query is used, and the request still goes to the
 * client's base URL: a link naming another host (a proxy's canonical name, or a hostile server)
 * never receives our credentials. A link outside the operation's path (unless `anyPath`: a `Link`
 * header may name the resource another way), or one that does not move forward, is refused rather
 * than followed in a loop.
 */
export function nextLinkQuery(
  next: string,
  baseUrl: string,
  op: OperationSpec,
  previous: Record<string, unknown>,
  { anyPath = false }: { anyPath?: boolean } = {},
): Record<string, unknown> {
  const base = new URL(baseUrl);
  const link = new URL(next, base);
  // The link may carry the server's own base path (…/api/v1/users): compare the end.
  const expected = op.path
    .split(/\{[^}]+\}/)
    .map(escapeRegExp)
    .join('[^/]+');
  if (!anyPath && !new RegExp(`${expected}$`).test(link.pathname)) {
    throw new SpecforgeRequestError(
      `${op.id}: next-page link ${link.pathname} is not this operation's path; refusing to follow it`,
      'invalid-response',
      op.id,
      base.href,
    );
  }
  const query: Record<string, unknown> = {};
  for (const p of op.params)
    if (p.in === 'query' && previous[p.name] !== undefined && !link.searchParams.has(p.name))
      query[p.name] = previous[p.name];
  link.searchParams.forEach((v, k) => {
    query[k] = v;
  });
  const same =
    Object.keys(query).length === Object.keys(previous).length &&
    Object.keys(query).every((k) => String(query[k]) === String(previous[k]));
  if (same)
    throw new SpecforgeRequestError(
      `${op.id}: next-page link repeats the current page; stopping instead of looping`,
      'invalid-response',
      op.id,
      base.href,
    );
  return query;
}

/**
 * The target of the `rel="next"` link of an RFC 8288 `Link` header (`<…?page=2>; rel="next",
 * <…?page=9>; rel="last"`), or undefined. One pass over the text: URIs may hold commas and
 * semicolons, and quoted parameter values may hold anything, so it is not split on separators.
 */
export function nextLinkOf(header: string | null): string | undefined {
  if (!header) return undefined;
  let i = 0;
  const n = header.length;
  const skip = (chars: string) => {
    while (i < n && chars.includes(header[i]!)) i++;
  };
  while (i < n) {
    skip(' \t,');
    if (header[i] !== '<') return undefined;
    const end = header.indexOf('>', i);
    if (end < 0) return undefined;
    const target = header.slice(i + 1, end).trim();
    i = end + 1;
    let rel: string | undefined;
    for (;;) {
      skip(' \t');
      if (header[i] !== ';') break;
      i++;
      skip(' \t');
      const nameStart = i;
      while (i < n && !'=;,'.includes(header[i]!)) i++;
      const name = header.slice(nameStart, i).trim().toLowerCase();
      let value = '';
      if (header[i] === '=') {
        i++;
        skip(' \t');
        if (header[i] === '"') {
          for (i++; i < n && header[i] !== '"'; i++) value += header[i] === '\\' ? (header[++i] ?? '') : header[i];
          i++;
        } else {
          const valueStart = i;
          while (i < n && !';,'.includes(header[i]!)) i++;
          value = header.slice(valueStart, i).trim();
        }
      }
      // `rel` holds space-separated relation types, compared case-insensitively; the first `rel` counts.
      if (name === 'rel' && rel === undefined) rel = value;
    }
    if (rel?.toLowerCase().split(/\s+/).includes('next')) return target;
    skip(' \t');
    if (i < n && header[i] !== ',') return undefined;
  }
  return undefined;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The items a paginated operation yields: the page itself (a bare array) or its `Field` array. */
export type ItemOf<Page, Field extends string | undefined> = Field extends string
  ? Field extends keyof NonNullable<Page>
    ? NonNullable<NonNullable<Page>[Field]> extends ReadonlyArray<infer T>
      ? T
      : unknown
    : unknown
  : NonNullable<Page> extends ReadonlyArray<infer T>
    ? T
    : unknown;

/** `for await (const item of paginator)`; `paginator.pages()` for whole pages. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

/** Builds a paginator for one call (generated `client.paginate.<method>` and `paginate<Method>(base, …)`). */
export function paginator<Item, Page>(
  engine: BaseClient,
  operation: OperationEntry,
  parts: RequestParts | undefined,
  options: CallOptions | undefined,
): Paginator<Item, Page> {
  return {
    [Symbol.asyncIterator]: () => items(engine, operation, parts, options) as AsyncIterator<Item>,
    pages: () => pages(engine, operation, parts, options) as AsyncIterable<Page>,
  };
}

/**
 * Pages through an operation; yields whole pages' bodies. Each page is fetched through the client's
 * `call`, so it is sent, retried and validated like any call. Paging lives outside the engine, so
 * that a program that never pages (standalone operation functions) does not carry it.
 */
export async function* pages(
  client: BaseClient,
  operation: OperationEntry,
  parts: RequestParts = {},
  callOptions: CallOptions = {},
): AsyncGenerator<unknown> {
  const op: OperationSpec = operation.spec;
  const pagination = op.pagination;
  if (!pagination) throw new TypeError(`${op.id} does not page`);
  // The paging fields go in the query, or in the JSON body of a POST search.
  const inBody = pagination.kind !== 'nextLink' && pagination.kind !== 'linkHeader' && pagination.in === 'body';
  const query: Record<string, unknown> = { ...((inBody ? parts.body : parts.query) as Record<string, unknown>) };
  const fetchResult = async (q: Record<string, unknown>): Promise<AnyResult> => {
    const result = await client.call(operation, inBody ? { ...parts, body: q } : { ...parts, query: q }, callOptions);
    if (result.error !== undefined) throw new SpecforgeHttpError(op.id, result.status, result.error);
    return result;
  };
  // Every page a link has led to: a link back to any of them (`?page=2` → `?page=1` → `?page=2`)
  // would loop for ever, so it stops the walk with an error.
  const visited = new Set<string>([pageKey(query)]);
  const follow = (next: Record<string, unknown>): Record<string, unknown> => {
    const key = pageKey(next);
    if (visited.has(key)) {
      throw new SpecforgeRequestError(
        `${op.id}: next-page link leads back to a page already fetched; stopping instead of looping`,
        'invalid-response',
        op.id,
        client.baseUrlOf(operation),
      );
    }
    visited.add(key);
    return next;
  };
  const walk: PageWalk = { client, operation, op, query, fetchResult, follow };
  if (pagination.kind === 'linkHeader') yield* linkHeaderPages(walk, pagination.items);
  else if (pagination.kind === 'page' || pagination.kind === 'offset') yield* counterPages(walk, pagination);
  else if (pagination.kind === 'token' || pagination.kind === 'after') yield* tokenPages(walk, pagination);
  else yield* nextLinkPages(walk, pagination);
}

/** One walk through an operation's pages: the first query, how a page is fetched, how a link is followed. */
interface PageWalk {
  readonly client: BaseClient;
  readonly operation: OperationEntry;
  readonly op: OperationSpec;
  readonly query: Record<string, unknown>;
  fetchResult(query: Record<string, unknown>): Promise<AnyResult>;
  /** The next page's query, refused when a link leads back to a page already fetched. */
  follow(next: Record<string, unknown>): Record<string, unknown>;
}

type PagingOf<K extends string> = Extract<NonNullable<OperationSpec['pagination']>, { kind: K }>;

/** `Link: <…>; rel="next"` (GitHub): the link's query, until none comes or a page is empty. */
async function* linkHeaderPages(w: PageWalk, items: string | undefined): AsyncGenerator<unknown> {
  let query = w.query;
  for (;;) {
    const result = await w.fetchResult(query);
    yield result.data;
    const next = nextLinkOf(result.response.headers.get('link'));
    if (next === undefined || itemsOf(result.data, items).length === 0) return;
    // GitHub's links name the repository by id (`/repositories/1300192/issues?page=2`) where
    // the operation says `/repos/{owner}/{repo}/issues`: only the query is taken from them.
    query = w.follow(nextLinkQuery(next, w.client.baseUrlOf(w.operation), w.op, query, { anyPath: true }));
  }
}

/** Page numbers or offsets: the next page until the first short (or empty) one. */
async function* counterPages(w: PageWalk, paging: PagingOf<'page' | 'offset'>): AsyncGenerator<unknown> {
  const counter = paging.kind === 'page' ? paging.page : paging.offset;
  let at = Number(w.query[counter] ?? (paging.kind === 'page' ? 1 : 0));
  const size = Number(w.query[paging.size] ?? paging.defaultSize);
  for (;;) {
    const page = (await w.fetchResult({ ...w.query, [counter]: at, [paging.size]: size })).data;
    yield page;
    const items = itemsOf(page, paging.items);
    if (items.length < size || items.length === 0) return;
    at += paging.kind === 'page' ? 1 : items.length;
  }
}

/** Tokens, and Stripe's after-ids: the token the page gave, until none; a token given twice is an error. */
async function* tokenPages(w: PageWalk, paging: PagingOf<'token' | 'after'>): AsyncGenerator<unknown> {
  let query = w.query;
  // A token the server already gave would fetch a page again, and again: stop with an error.
  const seen = new Set<string>();
  // The caller's own starting token counts too: a server that hands it back would loop.
  if (paging.kind === 'token' && query[paging.param] !== undefined) seen.add(String(query[paging.param]));
  for (;;) {
    const page = (await w.fetchResult(query)).data;
    yield page;
    let token: unknown;
    let param = paging.param;
    if (paging.kind === 'token') token = fieldAt(page, paging.next);
    else if (fieldAt(page, [paging.more]) === true) {
      // Stripe: `starting_after` the last item's id while `has_more`; backwards from an
      // `ending_before` the caller gave, `ending_before` the first item's.
      const items = itemsOf(page, paging.items);
      const back = paging.before !== undefined && query[paging.before] !== undefined;
      if (back) param = paging.before!;
      token = fieldAt(back ? items[0] : items[items.length - 1], [paging.id]);
    }
    if ((typeof token !== 'string' && typeof token !== 'number') || token === '') return;
    if (seen.has(String(token))) {
      throw new SpecforgeRequestError(
        `${w.op.id}: the server gave the page token ${JSON.stringify(String(token).slice(0, 40))} twice; ` +
          'stopping instead of looping',
        'invalid-response',
        w.op.id,
        w.client.baseUrlOf(w.operation),
      );
    }
    seen.add(String(token));
    query = { ...query, [param]: token };
  }
}

/** A next link in the body (`@nextLink`, `links.next`): its query, until none comes or a page is empty. */
async function* nextLinkPages(w: PageWalk, paging: PagingOf<'nextLink'>): AsyncGenerator<unknown> {
  let query = w.query;
  for (;;) {
    const page = (await w.fetchResult(query)).data;
    yield page;
    const next = fieldAt(page, paging.next);
    if (typeof next !== 'string' || next === '' || itemsOf(page, paging.items).length === 0) return;
    query = w.follow(nextLinkQuery(next, w.client.baseUrlOf(w.operation), w.op, query));
  }
}

/** A page's query as one text: the same parameters in any order give the same key. */
function pageKey(query: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(query)
      .filter((k) => query[k] !== undefined)
      .sort()
      .map((k) => [k, String(query[k])]),
  );
}

/** Pages through an operation; yields the items of each page. */
export async function* items(
  client: BaseClient,
  operation: OperationEntry,
  parts: RequestParts = {},
  callOptions: CallOptions = {},
): AsyncGenerator<unknown> {
  const pagination = operation.spec.pagination;
  for await (const page of pages(client, operation, parts, callOptions)) yield* itemsOf(page, pagination?.items);
}
