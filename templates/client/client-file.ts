/**
 * `client.gen.ts`: the `Client` type (one method per operation, with the spec's docs), the `Auth`
 * type keyed by security scheme, and `createClient`, which binds the runtime engine to the operation
 * entries of `operations.gen.ts`.
 */
import { code, docText, join, jsDoc, key, lit, raw, type Code } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode } from '../../generator/ir/ir.js';
import type { OperationNames, Plan } from '../../generator/plan/plan.js';
import { codeStatement, type Statement } from '../structures.js';
import { bodyAliases, operationDocLines } from '../types/operation-types.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import type { ClientAnalysis } from './api-spec.js';
import { operationsImport } from './operations-file.js';
import { bodyKindOf, isSuccessStatus, responseMedia } from '../../generator/ir/media-types.js';

const RUNTIME = './client-runtime.gen.js';

/** One call signature of an operation: its parameters after the client (or base client), and its result. */
interface Signature {
  readonly params: Code;
  readonly result: Code;
}

/** The docs of `Client` and `createClient`, one line each in the package. */
const CLIENT_DOC = code`${raw('/** One method per operation; `paginate` has an async iterator')} ${raw(
  'for every operation that pages. */',
)}`;
const CREATE_CLIENT_DOC = code`${raw('/** Creates a client. Every option has a default:')} ${raw(
  "`createClient()` targets the spec's first server. */",
)}`;

/** Statements of `client.gen.ts`. */
export function clientStatements(model: ApiModel, plan: Plan, analysis: ClientAnalysis): Statement[] {
  const parts = model.operations.map((op) => operationParts(op, plan, analysis));
  const body: Statement[] = [
    codeStatement(RUNTIME_REEXPORT),
    ...clientDeclarations(model, plan, parts),
    ...parts.flatMap((p) => p.standalone),
  ];
  // The re-export line names runtime types without importing them; leave it out of the scan.
  const text = statementsText(body.slice(1));
  return [...clientImports(text), operationsImport(model, plan), ...body];
}

/** What `index.ts` gets of the runtime through the client: its errors and the types a caller names. */
const RUNTIME_REEXPORT = raw(`export {
  SpecforgeHttpError,
  SpecforgeRequestError,
  type ApiFailure,
  type ApiResult,
  type ApiSuccess,
  type ApiUndeclaredError,
  type BaseClient,
  type BasicCredentials,
  type CallOptions,
  type ClientOptions,
  type Credential,
  type EventStreamOptions,
  type FetchOptions,
  type Middleware,
  type MiddlewareContext,
  type Paginator,
  type ResponseMismatch,
  type RetryOptions,
  type ServerSentEvent,
} from './client-runtime.gen.js';`);

/** One operation's share of the module: its methods in `Client` and its standalone functions. */
interface OperationParts {
  readonly methods: readonly Code[];
  readonly pageMethod?: Code;
  readonly standalone: readonly Statement[];
}

function operationParts(op: OperationNode, plan: Plan, analysis: ClientAnalysis): OperationParts {
  const names = plan.operation(op);
  const docs = jsDoc(operationDocLines(op));
  const signatures = callSignatures(op, names, analysis);
  const entryName = names.internal.entry;
  // A function per operation beside the client: a bundler keeps only the ones a program imports.
  const fn = names.standalone;
  const overloads = signatures.map(
    (s) => code`${docs}export function ${fn}(base: BaseClient, ${s.params}): ${s.result};`,
  );
  const implementation = code`export function ${fn}(base: BaseClient, request?: any, options?: any): Promise<any> {
return base.call(${entryName}, request, options);
}`;
  const methods = signatures.map((s) => code`${docs}${key(names.method)}(${s.params}): ${s.result};`);
  const standalone = [
    resultDeclaration(op, plan, analysis),
    codeStatement(code`${join(overloads, '\n')}\n${implementation}`),
  ];
  const paging = analysis.pagination.get(op);
  if (!paging) return { methods, standalone };
  // `client.paginate.<method>` and its standalone twin, `paginate<Method>(base, request)`.
  const page = code`types.${names.response}`;
  const itemField = paging.items !== undefined ? lit(paging.items) : raw('undefined');
  const paginatorType = code`Paginator<ItemOf<${page}, ${itemField}>, ${page}>`;
  const params = signatures.at(-1)!.params;
  const signature = code`${names.standalonePaginate}(base: BaseClient, ${params}): ${paginatorType}`;
  const paginate = code`${docs}export function ${signature} {
return paginator(base, ${entryName}, request, options);
}`;
  return {
    methods,
    pageMethod: code`${docs}${key(names.method)}(${params}): ${paginatorType};`,
    standalone: [...standalone, codeStatement(paginate)],
  };
}

/** `Auth`, `Client`, `createClient` and `createBaseClient`. */
function clientDeclarations(model: ApiModel, plan: Plan, parts: readonly OperationParts[]): Statement[] {
  const methods = join(
    parts.flatMap((p) => p.methods),
    '\n',
  );
  const pageMethods = join(
    parts.flatMap((p) => (p.pageMethod ? [p.pageMethod] : [])),
    '\n',
  );
  const entryList = join(
    model.operations.map((op) => plan.operation(op).internal.entry),
    ', ',
  );
  // The methods are made from the entries at run time (runtime clientOf); `Client` types them.
  const create =
    model.operations.length > 0
      ? code`return clientOf<Client>([${entryList}], createEngine($api, options));`
      : raw(`void $api;
const client: Client = { paginate: {}, use: () => client, queryKeyScope: options.queryKeyScope ?? '' };
return client;`);
  return [
    codeStatement(code`/** Credentials by security scheme name; each may be a function returning it (sync or async). */
export type Auth = {
${join(authMembers(model), '\n')}
};`),
    codeStatement(code`${CLIENT_DOC}
export type Client = {
${methods}
paginate: {
${pageMethods}
};
/** Adds middleware (after the client's own), which may change each request and replace its answer. */
use(...middleware: Middleware[]): Client;
/** What TanStack Query keys made from this client end with: \`queryKeyScope\`, else the base URL. */
readonly queryKeyScope: string;
};`),
    codeStatement(code`${CREATE_CLIENT_DOC}
export function createClient(options: ClientOptions<Auth> = {}): Client {
${create}
}`),
    codeStatement(code`/**
 * Creates a client without operations, for the standalone operation functions: \`listX(base, request)\`.
 * It takes \`createClient\`'s options; a bundler keeps only the operations a program imports.
 */
export function createBaseClient(options: ClientOptions<Auth> = {}): BaseClient {
return createEngine($api, options);
}`),
  ];
}

/** `Auth`'s members: a credential per security scheme, typed by its kind. */
function authMembers(model: ApiModel): Code[] {
  return model.securitySchemes.map((s) => {
    const oauth = s.type === 'oauth2' || s.type === 'openIdConnect';
    const type =
      s.type === 'http' && s.scheme === 'basic'
        ? raw('Credential<BasicCredentials>')
        : s.type === 'apiKey' || s.type === 'http' || oauth
          ? raw('Credential<string>')
          : raw('never');
    const doc = oauth
      ? jsDoc([docText('An access token, sent as `Authorization: Bearer …`.')])
      : s.type === 'mutualTLS'
        ? jsDoc([docText('A client certificate: set it up in the `fetch` you pass to `createClient`.')])
        : raw('');
    return code`${doc}${key(s.name)}?: ${type};`;
  });
}

/** The imports of what `text` uses of the runtime and the types. */
function clientImports(text: string): Statement[] {
  const runtimeTypes = ['ApiFailure', 'ApiResult', 'ApiSuccess', 'ApiUndeclaredError', 'BaseClient'];
  const moreTypes = ['BasicCredentials', 'CallOptions', 'ClientOptions', 'Credential', 'ItemOf', 'Middleware'];
  const lastTypes = ['Paginator', 'StreamCallOptions', 'StreamedBodies'];
  return [
    codeStatement(
      importUsed(
        text,
        RUNTIME,
        ['clientOf', 'createEngine', 'paginator'],
        [...runtimeTypes, ...moreTypes, ...lastTypes],
      ),
    ),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
  ];
}

/**
 * The signatures of an operation's method: the request (optional when nothing in it is required),
 * the call options, the result. A download (a binary success body) can also come as a stream.
 */
function callSignatures(op: OperationNode, names: OperationNames, analysis: ClientAnalysis): Signature[] {
  const name = lit(names.method);
  const request = code`types.${names.request}`;
  const optional = requestIsOptional(op) ? raw('?') : raw('');
  const signatures: Signature[] = [];
  if (downloads(op)) {
    const headers = analysis.headers.has(op) ? code`, types.Operations[${name}]['responseHeaders']` : raw('');
    // Options come second: an optional request is then `undefined` when there is none.
    const streamRequest = requestIsOptional(op) ? code`${request} | undefined` : request;
    signatures.push({
      params: code`request: ${streamRequest}, options: StreamCallOptions`,
      result: code`Promise<ApiResult<StreamedBodies<types.Operations[${name}]['responses']>${headers}>>`,
    });
  }
  signatures.push({
    params: code`request${optional}: ${request}, options?: CallOptions`,
    result: code`Promise<${names.result}>`,
  });
  return signatures;
}

/**
 * `type ListUsersResult = ApiSuccess<200, …> | ApiFailure<400 | 404, …>`: what a call resolves to,
 * the runtime's `ApiResult` of the operation written out, so that an editor checking a call site
 * instantiates two interfaces rather than evaluating a mapped conditional type. Statuses with the
 * same body and headers share a member (`status === 404` still narrows `status`); a range or
 * `default` has a member of its own, its status a `number`.
 */
function resultDeclaration(op: OperationNode, plan: Plan, analysis: ClientAnalysis): Statement {
  const names = plan.operation(op);
  const name = lit(names.method);
  const declared = analysis.headers.get(op);
  const aliases = bodyAliases(op, plan);
  const members = new Map<string, { kind: Code; statuses: Code[]; rest: Code }>();
  for (const r of op.responses) {
    const alias = aliases.get(r);
    const body = alias ? code`types.${names[alias]}` : code`types.Operations[${name}]['responses'][${lit(r.status)}]`;
    const headers = declared?.has(r.status)
      ? code`, types.Operations[${name}]['responseHeaders'][${lit(r.status)}]`
      : raw('');
    const kind = isSuccessStatus(r.status) ? raw('ApiSuccess') : raw('ApiFailure');
    const rest = code`${body}${headers}`;
    // A status TypeScript reads back as the same number literal (`StatusOf` in the runtime): not `007`.
    const exact = /^\d+$/.test(r.status) && String(Number(r.status)) === r.status;
    const group = exact ? `${kind.text} ${rest.text}` : `\u0000${r.status}`;
    const member = members.get(group) ?? members.set(group, { kind, statuses: [], rest }).get(group)!;
    member.statuses.push(exact ? lit(Number(r.status)) : raw('number'));
  }
  const union = [...members.values()].map((m) => code`${m.kind}<${join(m.statuses, ' | ')}, ${m.rest}>`);
  if (!op.responses.some((r) => !isSuccessStatus(r.status))) union.push(raw('ApiUndeclaredError'));
  const doc = jsDoc([docText(`What \`${names.method}\` resolves to: a result per status.`)]);
  return codeStatement(code`${doc}export type ${names.result} = ${join(union, ' | ')};`);
}

/** Whether a success response of the operation is binary (a file), which a caller may want to stream. */
function downloads(op: OperationNode): boolean {
  return op.responses.some((r) => {
    const body = isSuccessStatus(r.status) ? responseMedia(r).body : undefined;
    return body !== undefined && bodyKindOf(body.mediaType) === 'binary';
  });
}

/** A call without required parameters or body may omit the request. */
export function requestIsOptional(op: OperationNode): boolean {
  return !op.parameters.some((p) => p.required) && !op.requestBody?.required;
}
