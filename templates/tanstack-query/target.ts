/**
 * The tanstack-query target: `tanstack-query.gen.ts`, the package's `./tanstack-query` entry. Per
 * operation, option factories for TanStack Query's framework-agnostic core, built on the client:
 * - `<op>QueryOptions(client, request)` for reads (GET, HEAD, QUERY, and searches that page), and
 *   for every operation that streams, whose data is then the events so far;
 * - `<op>InfiniteQueryOptions(client, request)` for every operation that pages, its page
 *   parameters from the pagination analysis;
 * - `<op>MutationOptions(client)` for the others.
 * Query keys are `[method, request, scope]` (`[method, request, 'infinite', scope]`), so a key
 * names the operation and its parameters, `['listUsers']` matches every listUsers query, and the
 * client's `queryKeyScope` (its base URL unless given) keeps two clients' data apart in one cache.
 */
import { code, ident, jsDoc, lit, prop, raw, type Code } from '../../generator/safe/code.js';
import type { OperationNode } from '../../generator/ir/ir.js';
import type { PaginationNode } from '../../generator/analyse/analyse.js';
import type { Target, TargetContext } from '../target.js';
import { codeStatement, type Statement } from '../structures.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { operationDocLines } from '../types/operation-types.js';
import { requestIsOptional } from '../client/client-file.js';
import { jsonRequestSchema, streamedMedia } from '../../generator/ir/media-types.js';

const MODULE = 'tanstack-query.gen';
const RUNTIME = './tanstack-query-runtime.gen.js';
const RUNTIME_VALUES = [
  'dataOf',
  'queryDataOf',
  'streamedData',
  'firstPageParam',
  'pageRequest',
  'nextPageParam',
  'recordLinkHeader',
];
const RUNTIME_TYPES = [
  'QueryOptions',
  'StreamedQueryOptions',
  'StreamedData',
  'InfiniteQueryOptions',
  'MutationOptionsOf',
  'QueryError',
  'QueryData',
  'Paging',
];
const READ_METHODS = new Set(['get', 'head', 'query']);

export const tanstackQueryTarget: Target = {
  name: 'tanstack-query',
  requires: ['client'],
  runtime: ['tanstack-query'],
  operationNames: {
    query: (method) => `${method}QueryOptions`,
    infiniteQuery: (method) => `${method}InfiniteQueryOptions`,
    mutation: (method) => `${method}MutationOptions`,
  },
  reserves: ['types', 'Client', ...RUNTIME_VALUES, ...RUNTIME_TYPES],
  subpath: { path: './tanstack-query', module: MODULE },
  peerDependencies: { '@tanstack/query-core': '^5.0.0' },
  files: (context) => [{ path: `${MODULE}.ts`, statements: tanstackStatements(context) }],
  readme: tanstackReadme,
};

function tanstackStatements(context: TargetContext): Statement[] {
  const body: Statement[] = [];
  for (const op of context.model.operations) body.push(...operationStatements(context, op));
  const text = statementsText(body);
  return [
    codeStatement(importUsed(text, RUNTIME, RUNTIME_VALUES, RUNTIME_TYPES)),
    codeStatement(importUsed(text, './client.gen.js', [], ['Client'])),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    ...body,
  ];
}

/** The option factories of one operation. */
function operationStatements(context: TargetContext, op: OperationNode): Statement[] {
  const names = context.plan.operation(op);
  const paging = context.analysed.pagination.get(op);
  const parts = {
    op,
    method: lit(names.method),
    client: code`client: Pick<Client, ${lit(names.method)} | 'queryKeyScope'>`,
    call: code`client${prop(names.method)}`,
    request: code`types.${names.request}`,
    response: code`types.${names.response}`,
    error: code`QueryError<types.${names.error}>`,
    docs: jsDoc(operationDocLines(op)),
  };
  const name = (family: string) => context.plan.targetName('tanstack-query', family, op);
  const out: Statement[] = [];
  const streamed = streamedMedia(op) !== undefined;
  if (isStreamedQuery(op) || READ_METHODS.has(op.method) || paging)
    out.push(queryOptions(parts, name('query'), streamed));
  if (paging) out.push(...infiniteQueryOptions(parts, name('infiniteQuery'), names.method, paging));
  if (!READ_METHODS.has(op.method) && !paging) out.push(mutationOptions(parts, name('mutation')));
  return out;
}

/**
 * An operation that streams is a query whatever its method: a chat answer streamed is data a
 * component shows as it grows (TanStack's own `streamedQuery` example); it stays a mutation too.
 * Not with a body other than JSON: an upload's files are no query key (TanStack hashes a Blob as {}).
 */
function isStreamedQuery(op: OperationNode): boolean {
  return streamedMedia(op) !== undefined && (!op.requestBody || jsonRequestSchema(op) !== undefined);
}

interface OperationParts {
  readonly op: OperationNode;
  readonly method: Code;
  readonly client: Code;
  /** `client.method`. */
  readonly call: Code;
  readonly request: Code;
  readonly response: Code;
  readonly error: Code;
  readonly docs: Code;
}

/** `request: T` or, when the operation needs nothing, `request: T = {}`. */
function requestParam(p: OperationParts): Code {
  return requestIsOptional(p.op) ? code`request: ${p.request} = {}` : code`request: ${p.request}`;
}

/**
 * A query's options. Of an operation that streams, the data is the events so far, written to the
 * cache as they arrive (`streamedData`); otherwise the success body.
 */
function queryOptions(p: OperationParts, fn: Code, streamed: boolean): Statement {
  const data = streamed ? code`StreamedData<${p.response}>` : code`QueryData<${p.response}>`;
  const key = code`readonly [${p.method}, ${p.request}, string]`;
  const options = streamed ? raw('StreamedQueryOptions') : raw('QueryOptions');
  const returns = code`${options}<${data}, ${p.error}, ${key}>`;
  const queryFn = streamed
    ? code`async (context) => streamedData(${p.method}, await ${p.call}(request, { signal: context.signal }), context)`
    : code`async ({ signal }) => queryDataOf(${p.method}, await ${p.call}(request, { signal }))`;
  return codeStatement(code`${p.docs}export function ${fn}(${p.client}, ${requestParam(p)}): ${returns} {
return {
// The key carries the data and error types (TanStack's DataTag), which only a cast can add.
queryKey: [${p.method}, request, client.queryKeyScope] as never,
queryFn: ${queryFn},
};
}`);
}

function infiniteQueryOptions(p: OperationParts, fn: Code, method: string, paging: PaginationNode): Statement[] {
  const constant = ident(`${method}$paging`);
  const key = code`readonly [${p.method}, ${p.request}, 'infinite', string]`;
  const returns = code`InfiniteQueryOptions<${p.response}, ${p.error}, ${key}>`;
  const record =
    paging.kind === 'linkHeader' ? code`\nrecordLinkHeader(client, ${constant}, pageParam, result);` : raw('');
  return [
    codeStatement(code`const ${constant}: Paging = ${lit({ ...paging })};`),
    codeStatement(code`${p.docs}export function ${fn}(${p.client}, ${requestParam(p)}): ${returns} {
return {
queryKey: [${p.method}, request, 'infinite', client.queryKeyScope] as never,
queryFn: async ({ signal, pageParam }) => {
const result = await ${p.call}(pageRequest(${constant}, request, pageParam), { signal });${record}
return dataOf(${p.method}, result);
},
initialPageParam: firstPageParam(${constant}, request),
getNextPageParam: (page, _pages, param, params) => nextPageParam(client, ${constant}, page, param, params),
};
}`),
  ];
}

function mutationOptions(p: OperationParts, fn: Code): Statement {
  const request = requestIsOptional(p.op) ? code`${p.request} | undefined` : p.request;
  const returns = code`MutationOptionsOf<${p.response}, ${p.error}, ${request}>`;
  return codeStatement(code`${p.docs}export function ${fn}(${p.client}): ${returns} {
return {
mutationKey: [${p.method}, client.queryKeyScope],
mutationFn: async (request) => dataOf(${p.method}, await ${p.call}(request)),
};
}`);
}

/** The README's section: how to use the entry from any adapter. */
function tanstackReadme(context: TargetContext): string {
  const ops = context.model.operations;
  const read = ops.find((op) => READ_METHODS.has(op.method) && !context.analysed.pagination.has(op));
  const paged = ops.find((op) => context.analysed.pagination.has(op));
  const example = (op: OperationNode | undefined, family: string) =>
    op ? context.plan.targetName('tanstack-query', family, op).text : undefined;
  const lines = [
    '## TanStack Query',
    '',
    'The `./tanstack-query` entry has option factories for every operation, for any TanStack Query adapter',
    '(React, Vue, Solid, Svelte, Angular): `<op>QueryOptions(client, request)` for reads,',
    '`<op>InfiniteQueryOptions(client, request)` for operations that page, `<op>MutationOptions(client)` for the',
    "others. Keys are `[operation, request, scope]` (`[operation, request, 'infinite', scope]`): `['listUsers']`",
    "matches every listUsers query, and the scope, the client's `queryKeyScope` option (default: its base URL),",
    "keeps two clients' data apart in one `QueryClient`: set it per tenant when clients share a base URL. An",
    'error response rejects with a `SpecforgeHttpError` whose `error` is the typed error body. It needs',
    '`@tanstack/query-core` 5 (a peer dependency; the adapters bring it).',
    '',
  ];
  const names = [example(read, 'query'), example(paged, 'infiniteQuery')].filter((n): n is string => n !== undefined);
  if (names.length) lines.push(`Exported here, for example: ${names.map((n) => `\`${n}\``).join(', ')}.`, '');
  const streams = ops.find(isStreamedQuery);
  if (streams)
    lines.push(
      `An operation that streams has query options too (\`${example(streams, 'query')}\`): the data is the events`,
      'so far, written to the cache as each arrives; never the stream itself, which one reader would spend.',
      '',
    );
  return lines.join('\n');
}
