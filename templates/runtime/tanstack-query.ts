/**
 * The runtime of a package's `tanstack-query` entry: the option objects TanStack Query's adapters
 * take (React, Vue, Solid, Svelte, Angular all read query-core's shapes), built around the client's
 * calls. A call answers with a result and never throws on an HTTP error; a query must throw, so an
 * error response becomes a `SpecforgeHttpError` whose `error` is the typed error body.
 *
 * Infinite queries page as the client's paginators do (templates/runtime/client/paging.ts): the
 * page parameter is the paging fields of the request (`{ page: 2, 'page-size': 50 }`, a token, a
 * next link's query), and the next one is worked out from the page the server sent.
 */
import type {
  DataTag,
  InfiniteData,
  InfiniteQueryObserverOptions,
  MutationOptions,
  QueryObserverOptions,
} from '@tanstack/query-core';
import { SpecforgeHttpError, type SpecforgeRequestError } from './client/results.js';
import { fieldAt, itemsOf, nextLinkOf } from './client/paging.js';
import type { PaginationSpec } from './client/spec.js';

/**
 * What a query or mutation rejects with: an error response (its typed body in `error`, its status
 * in `status`), or a request that got no usable response (network, timeout, invalid body).
 */
export type QueryError<E> = (SpecforgeHttpError & { readonly error: E }) | SpecforgeRequestError;

/** TanStack refuses `undefined` as query data: a success without a body is `null`. */
export type QueryData<T> = T extends undefined | void ? null : T;

/** A query's options: what `useQuery`, `queryClient.fetchQuery` and the other adapters take. */
export type QueryOptions<Data, Error, Key extends readonly unknown[]> = Omit<
  QueryObserverOptions<Data, Error, Data, Data, Key>,
  'queryKey' | 'queryFn'
> & {
  queryKey: DataTag<Key, Data, Error>;
  queryFn: (context: { signal: AbortSignal }) => Promise<Data>;
};

/**
 * What a streamed query's `queryFn` reads of TanStack's context: the signal, and the key and the
 * `QueryClient` to write each event to as it arrives (query-core passes the client since early
 * 2025, TanStack/query#8599; with an older one the events arrive together when the stream ends).
 */
export interface StreamContext {
  readonly signal: AbortSignal;
  readonly queryKey?: readonly unknown[];
  readonly client?: { setQueryData(queryKey: readonly unknown[], data: unknown): unknown };
}

/**
 * A streamed query's data: the events so far (a body that does not stream, from an operation that
 * answers either, as it is). A stream's events as an array, not the stream: a cache keeps data
 * that any number of components read, and a stream can be read once.
 */
export type StreamedData<T> = T extends AsyncIterable<infer E> ? E[] : QueryData<T>;

/** The options of a query of an operation that streams: `queryFn` writes each event to the cache. */
export type StreamedQueryOptions<Data, Error, Key extends readonly unknown[]> = Omit<
  QueryOptions<Data, Error, Key>,
  'queryFn'
> & {
  queryFn: (context: StreamContext) => Promise<Data>;
};

/** The paging fields of a request: the query parameters or JSON body fields that pick a page. */
export type PageParam = Readonly<Record<string, unknown>>;

/** An infinite query's options (`useInfiniteQuery`, `queryClient.fetchInfiniteQuery`). */
export type InfiniteQueryOptions<Page, Error, Key extends readonly unknown[]> = Omit<
  InfiniteQueryObserverOptions<Page, Error, InfiniteData<Page, PageParam>, Key, PageParam>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
> & {
  queryKey: DataTag<Key, InfiniteData<Page, PageParam>, Error>;
  queryFn: (context: { signal: AbortSignal; pageParam: PageParam }) => Promise<Page>;
  initialPageParam: PageParam;
  getNextPageParam: (
    lastPage: Page,
    allPages: Page[],
    lastPageParam: PageParam,
    allPageParams: PageParam[],
  ) => PageParam | undefined;
};

/** A mutation's options (`useMutation`): `mutate(request)` calls the operation. */
export type MutationOptionsOf<Data, Error, Request> = Omit<
  MutationOptions<Data, Error, Request>,
  'mutationKey' | 'mutationFn'
> & {
  mutationKey: readonly [string, string];
  mutationFn: (request: Request) => Promise<Data>;
};

/** The result fields these helpers read: the client's `ApiResult`. */
interface CallResult {
  readonly status: number;
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The success members' `data` of an `ApiResult`. A success has `data` (maybe `undefined`); a
 * failure has none, whatever its `error`: a 304 declared without a body is `ApiFailure<304,
 * undefined>`, whose `error` is as undefined as a success's (Box's `getFilesId`).
 */
export type SuccessData<R> = R extends { readonly data: unknown; readonly error?: undefined } ? R['data'] : never;

/**
 * The success body of a result, or a thrown `SpecforgeHttpError` for an error response, or for any
 * status outside 2xx that came without a body (a 304, a redirect not followed).
 */
export function dataOf<R extends CallResult>(operation: string, result: R): SuccessData<R> {
  if (result.error !== undefined || result.status < 200 || result.status > 299)
    throw new SpecforgeHttpError(operation, result.status, result.error);
  return result.data as SuccessData<R>;
}

/** As `dataOf`, with `null` for a success without a body (TanStack keeps no `undefined` data). */
export function queryDataOf<R extends CallResult>(operation: string, result: R): QueryData<SuccessData<R>> {
  const data = dataOf(operation, result);
  return (data === undefined ? null : data) as QueryData<SuccessData<R>>;
}

/**
 * A streamed query's data, as TanStack's `streamedQuery` makes it without needing its version of
 * query-core: the query succeeds with the first event and its data grows until the stream ends; a
 * refetch starts the list again. A body that does not stream is the data as it is.
 */
export async function streamedData<R extends CallResult>(
  operation: string,
  result: R,
  context: StreamContext,
): Promise<StreamedData<SuccessData<R>>> {
  const data = queryDataOf(operation, result);
  if (!isAsyncIterable(data)) return data as StreamedData<SuccessData<R>>;
  const events: unknown[] = [];
  for await (const event of data) {
    events.push(event);
    // A copy per event: TanStack compares data by reference to tell observers it changed.
    if (context.client && context.queryKey) context.client.setQueryData(context.queryKey, [...events]);
  }
  return events as StreamedData<SuccessData<R>>;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Request parts as the client takes them. */
interface Parts {
  readonly query?: unknown;
  readonly body?: unknown;
  readonly [part: string]: unknown;
}

/** How an operation pages: the client's own description (the analysis the client's paginators use). */
export type Paging = PaginationSpec;

function inBody(paging: Paging): boolean {
  return paging.kind !== 'nextLink' && paging.kind !== 'linkHeader' && paging.in === 'body';
}

/** The request's own paging fields: the query or the body of a POST search. */
function pagingFields(paging: Paging, request: Parts | undefined): Record<string, unknown> {
  const fields = inBody(paging) ? request?.body : request?.query;
  return typeof fields === 'object' && fields !== null ? { ...(fields as Record<string, unknown>) } : {};
}

/** The first page's parameter: the request's fields, with the page counter and size made explicit. */
export function firstPageParam(paging: Paging, request: Parts | undefined): PageParam {
  const fields = pagingFields(paging, request);
  if (paging.kind === 'page' || paging.kind === 'offset') {
    const counter = paging.kind === 'page' ? paging.page : paging.offset;
    fields[counter] = Number(fields[counter] ?? (paging.kind === 'page' ? 1 : 0));
    fields[paging.size] = Number(fields[paging.size] ?? paging.defaultSize);
  }
  return fields;
}

/** The request of one page: the caller's request with the page's fields in place of its own. */
export function pageRequest<R extends Parts | undefined>(paging: Paging, request: R, param: PageParam): R {
  const parts = { ...(request ?? {}) } as Record<string, unknown>;
  parts[inBody(paging) ? 'body' : 'query'] = { ...param };
  return parts as R;
}

/**
 * Next links seen by `Link`-header paging, by the page parameter that fetched them: the header is
 * not part of the page body TanStack keeps. Per client, so two servers never share an entry; at
 * most `LINKS_KEPT` per client, oldest dropped first.
 */
const linkStore = new WeakMap<object, Map<string, PageParam | undefined>>();
const LINKS_KEPT = 500;

/** Records the next page of a `Link`-header page (call from the page's queryFn). */
export function recordLinkHeader(client: object, paging: Paging, param: PageParam, result: CallResult): void {
  if (paging.kind !== 'linkHeader') return;
  let links = linkStore.get(client);
  if (!links) linkStore.set(client, (links = new Map()));
  const next = nextLinkOf(result.response.headers.get('link'));
  const empty = itemsOf(result.data, paging.items).length === 0;
  links.set(paramKey(param), next === undefined || empty ? undefined : linkQuery(next, param));
  if (links.size > LINKS_KEPT) links.delete(links.keys().next().value!);
}

/**
 * The next page's parameter, or undefined on the last page. A next page whose parameter is the
 * one just fetched, or any fetched before, ends the walk: a server that repeats itself would
 * otherwise loop for ever.
 */
export function nextPageParam(
  client: object,
  paging: Paging,
  page: unknown,
  param: PageParam,
  earlier: readonly PageParam[] = [],
): PageParam | undefined {
  const next = nextOf(client, paging, page, param);
  if (next === undefined) return undefined;
  const key = paramKey(next);
  return key === paramKey(param) || earlier.some((p) => paramKey(p) === key) ? undefined : next;
}

function nextOf(client: object, paging: Paging, page: unknown, param: PageParam): PageParam | undefined {
  const items = itemsOf(page, paging.items);
  switch (paging.kind) {
    case 'linkHeader':
      return linkStore.get(client)?.get(paramKey(param));
    case 'page':
    case 'offset': {
      const size = Number(param[paging.size]);
      if (items.length === 0 || items.length < size) return undefined;
      const counter = paging.kind === 'page' ? paging.page : paging.offset;
      const step = paging.kind === 'page' ? 1 : items.length;
      return { ...param, [counter]: Number(param[counter]) + step };
    }
    case 'token':
      return tokenParam(param, paging.param, fieldAt(page, paging.next));
    case 'after': {
      if (fieldAt(page, [paging.more]) !== true) return undefined;
      const back = paging.before !== undefined && param[paging.before] !== undefined;
      const token = fieldAt(back ? items[0] : items[items.length - 1], [paging.id]);
      return tokenParam(param, back ? paging.before! : paging.param, token);
    }
    case 'nextLink': {
      const next = fieldAt(page, paging.next);
      return typeof next === 'string' && next !== '' && items.length > 0 ? linkQuery(next, param) : undefined;
    }
  }
}

function tokenParam(param: PageParam, name: string, token: unknown): PageParam | undefined {
  if ((typeof token !== 'string' && typeof token !== 'number') || token === '') return undefined;
  return { ...param, [name]: token };
}

/**
 * A next link's query as the page parameter: only the query is taken, and the request still goes
 * to the client's base URL (a link naming another host never receives credentials). Parameters
 * the link leaves out keep their values.
 */
function linkQuery(next: string, previous: PageParam): PageParam {
  const link = new URL(next, 'http://next.invalid/');
  const query: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(previous)) if (!link.searchParams.has(k)) query[k] = v;
  link.searchParams.forEach((v, k) => {
    query[k] = v;
  });
  return query;
}

/** A page parameter as one text: the same fields in any order give the same key. */
function paramKey(param: PageParam): string {
  return JSON.stringify(
    Object.keys(param)
      .filter((k) => param[k] !== undefined)
      .sort()
      .map((k) => [k, String(param[k])]),
  );
}
