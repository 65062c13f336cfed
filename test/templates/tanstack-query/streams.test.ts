/**
 * Queries of operations that stream, run with query-core against the package's MSW handlers: the
 * data is the events so far, written to the cache as each arrives (as TanStack's `streamedQuery`
 * does), never the one-shot stream itself; a POST that streams is a query too, and its JSON answer,
 * when it does not stream, is the data as it is. Types checked with tsc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/query-core';
import { mswPackage, type MswPackage } from '../../support/msw-package.js';
import { STREAMS_SPEC } from '../../support/stream-spec.js';
import { typeCheckUsage } from '../../support/tsc.js';

type Options = (client: unknown, request?: object) => { queryKey: readonly unknown[] };
let pkg: MswPackage;
let queries: Record<string, Options>;
beforeAll(async () => {
  pkg = await mswPackage('tanstack-streams', STREAMS_SPEC, ['tanstack-query']);
  queries = pkg.load<Record<string, Options>>('dist/tanstack-query.gen.js');
}, 60_000);
afterAll(() => pkg.remove());

describe('a query of an operation that streams', () => {
  it('has the events as data, growing in the cache as each arrives', async () => {
    const cache = new QueryClient();
    const options = queries['watchTicksQueryOptions']!(pkg.client);
    const seen: number[] = [];
    cache.getQueryCache().subscribe((event) => {
      const data = event.query.state.data as unknown[] | undefined;
      if (event.type === 'updated' && data && seen.at(-1) !== data.length) seen.push(data.length);
    });
    const data = (await cache.fetchQuery(options as never)) as { data: { seq: number } }[];
    expect(data).toHaveLength(3);
    expect(data.every((e) => Number.isInteger(e.data.seq))).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
    // What the cache holds is the list, readable again (a stream would be spent).
    expect(cache.getQueryData(options.queryKey)).toEqual(data);
    expect(Array.isArray(cache.getQueryData(options.queryKey))).toBe(true);
  });

  it('reads JSON lines and text events the same way', async () => {
    const cache = new QueryClient();
    const rows = (await cache.fetchQuery(queries['exportRowsQueryOptions']!(pkg.client) as never)) as object[];
    expect(rows).toHaveLength(3);
    const log = (await cache.fetchQuery(queries['tailLogQueryOptions']!(pkg.client) as never)) as { data: unknown }[];
    expect(log.map((e) => typeof e.data)).toEqual(['string', 'string', 'string']);
  });

  it('is a query for a POST that streams (a chat answer); its JSON answer, when it does not stream, as it is', async () => {
    const cache = new QueryClient();
    const streamed = await cache.fetchQuery(
      queries['chatQueryOptions']!(pkg.client, { body: { stream: true } }) as never,
    );
    expect(streamed).toHaveLength(3);
    const whole = await cache.fetchQuery(queries['chatQueryOptions']!(pkg.client, { body: {} }) as never);
    expect(whole).toEqual({ answer: expect.any(String) });
    // Still a mutation too.
    expect(queries['chatMutationOptions']).toBeTypeOf('function');
  });

  it('types its data as the events, and is accepted by query-core (tsc)', () => {
    const output = typeCheckUsage(pkg.dir, [
      "import { QueryClient, QueryObserver } from '@tanstack/query-core';",
      "import { createClient } from './index.js';",
      "import { chatQueryOptions, watchTicksQueryOptions, watchNamedQueryOptions } from './tanstack-query.gen.js';",
      "const client = createClient({ baseUrl: 'http://mock.test' });",
      'const cache = new QueryClient();',
      'export async function use(): Promise<void> {',
      '  const ticks = await cache.fetchQuery(watchTicksQueryOptions(client));',
      '  const seq: number = ticks[0]!.data.seq;',
      '  // @ts-expect-error: the data is the events, not a stream',
      '  const stream: AsyncIterable<unknown> = ticks;',
      '  const named = await cache.fetchQuery(watchNamedQueryOptions(client));',
      "  for (const e of named) if (e.event === 'tick') void (e.data.seq satisfies number);",
      '  const chat = await cache.fetchQuery(chatQueryOptions(client, { body: { stream: true } }));',
      '  const answer: string | number = Array.isArray(chat) ? chat[0]!.data.seq : chat.answer;',
      '  new QueryObserver(cache, watchTicksQueryOptions(client)).subscribe((r) => void r.data?.length);',
      '  void [seq, stream];',
      '  void answer;',
      '}',
    ]);
    expect(output).toBe('');
  }, 60_000);
});
