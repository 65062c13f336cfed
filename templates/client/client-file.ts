/**
 * `client.gen.ts`: the `Client` type (one method per operation, with the spec's docs), the `Auth`
 * type keyed by security scheme, and `createClient`, which binds the runtime engine to the `api` table.
 */
import { code, docText, ident, join, jsDoc, key, lit, raw, type Code, type Ident } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode } from '../../generator/ir/ir.js';
import type { OperationNames, Plan } from '../../generator/plan/plan.js';
import { codeStatement, constStructure, type Statement } from '../structures.js';
import { operationDocLines } from '../types/operation-types.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { apiBaseLiteral, operationEntry, type ClientAnalysis } from './api-spec.js';
import { DATES_MODULE } from '../dates/dates-file.js';
import { bodyKindOf, isSuccessStatus, responseMedia } from '../../generator/ir/media-types.js';

const RUNTIME = './client-runtime.gen.js';

/** One call signature of an operation: its parameters after the client (or base client), and its result. */
interface Signature {
  readonly params: Code;
  readonly result: Code;
}

/**
 * Statements of `client.gen.ts`. `validated` are the operations that have validators (an entry in
 * `validators.gen.ts`).
 */
export function clientStatements(
  model: ApiModel,
  plan: Plan,
  analysis: ClientAnalysis,
  validated: ReadonlySet<OperationNode>,
): Statement[] {
  const { pagination } = analysis;
  const methods: Code[] = [];
  const pageMethods: Code[] = [];
  const entries: Statement[] = [];
  const standalone: Statement[] = [];
  for (const op of model.operations) {
    const names = plan.operation(op);
    const docs = jsDoc(operationDocLines(op));
    const signatures = callSignatures(op, names, analysis);
    for (const s of signatures) methods.push(code`${docs}${key(names.method)}(${s.params}): ${s.result};`);
    const entry = names.internal.entry;
    entries.push(
      constStructure(entry, operationEntry(op, model, plan, analysis, validated.has(op)), {
        exported: false,
        type: raw('OperationEntry'),
      }),
    );
    // A function per operation beside the client: a bundler keeps only the ones a program imports.
    const fn = names.standalone;
    const overloads = signatures.map(
      (s) => code`${docs}export function ${fn}(base: BaseClient, ${s.params}): ${s.result};`,
    );
    standalone.push(
      codeStatement(
        code`${join(overloads, '\n')}\nexport function ${fn}(base: BaseClient, request?: any, options?: any): Promise<any> {\nreturn base.call(${entry}, request, options);\n}`,
      ),
    );
    const paging = pagination.get(op);
    if (!paging) continue;
    // `client.paginate.<method>` and its standalone twin, `paginate<Method>(base, request)`.
    const page = code`types.${names.response}`;
    const itemField = paging.items !== undefined ? lit(paging.items) : raw('undefined');
    const paginatorType = code`Paginator<ItemOf<${page}, ${itemField}>, ${page}>`;
    const params = signatures.at(-1)!.params;
    pageMethods.push(code`${docs}${key(names.method)}(${params}): ${paginatorType};`);
    standalone.push(
      codeStatement(
        code`${docs}export function ${names.standalonePaginate}(base: BaseClient, ${params}): ${paginatorType} {\nreturn paginator(base, ${entry}, request, options);\n}`,
      ),
    );
  }
  const authMembers = model.securitySchemes.map((s) => {
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
  const operations = model.operations.length > 0;
  const entryList = join(
    model.operations.map((op) => plan.operation(op).internal.entry),
    ', ',
  );
  const body: Statement[] = [
    codeStatement(
      raw(
        "export { SpecforgeHttpError, SpecforgeRequestError, type ApiResult, type BaseClient, type BasicCredentials, type CallOptions, type ClientOptions, type Credential, type EventStreamOptions, type FetchOptions, type Middleware, type MiddlewareContext, type Paginator, type ResponseMismatch, type RetryOptions, type ServerSentEvent } from './client-runtime.gen.js';",
      ),
    ),
    constStructure(ident('$api'), code`${apiBaseLiteral(model)}`, { exported: false, type: raw('ApiBase') }),
    ...entries,
    codeStatement(
      code`/** Credentials by security scheme name; each may be a function returning it (sync or async). */\nexport type Auth = {\n${join(authMembers, '\n')}\n};`,
    ),
    codeStatement(
      code`/** One method per operation; \`paginate\` has an async iterator for every operation that pages. */\nexport type Client = {\n${join(methods, '\n')}\npaginate: {\n${join(pageMethods, '\n')}\n};\n/** Adds middleware (after the client's own), which may change each request and replace its answer. */\nuse(...middleware: Middleware[]): Client;\n};`,
    ),
    codeStatement(
      // The methods are made from the entries at run time (runtime clientOf); \`Client\` types them.
      code`/** Creates a client. Every option has a default: \`createClient()\` targets the spec's first server. */\nexport function createClient(options: ClientOptions<Auth> = {}): Client {\n${operations ? code`return clientOf<Client>([${entryList}], createEngine($api, options));` : raw('void [$api, options];\nconst client: Client = { paginate: {}, use: () => client };\nreturn client;')}\n}`,
    ),
    codeStatement(
      code`/**\n * Creates a client without operations, for the standalone operation functions: \`listX(base, request)\`.\n * It takes \`createClient\`'s options; a bundler keeps only the operations a program imports.\n */\nexport function createBaseClient(options: ClientOptions<Auth> = {}): BaseClient {\nreturn createEngine($api, options);\n}`,
    ),
    ...standalone,
  ];
  // The re-export line names runtime types without importing them; leave it out of the scan.
  const text = statementsText(body.slice(1));
  const internal = (pick: (n: OperationNames['internal']) => Ident, ops: Iterable<OperationNode>) =>
    [...ops].map((op) => pick(plan.operation(op).internal));
  const dated = [...(analysis.dates?.operations ?? new Map())];
  return [
    codeStatement(
      importUsed(
        text,
        RUNTIME,
        ['clientOf', 'createEngine', 'paginator'],
        [
          'ApiBase',
          'ApiResult',
          'BaseClient',
          'BasicCredentials',
          'CallOptions',
          'ClientOptions',
          'Credential',
          'ItemOf',
          'Middleware',
          'OperationEntry',
          'Paginator',
          'StreamCallOptions',
          'StreamedBodies',
        ],
      ),
    ),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    codeStatement(
      validated.size
        ? importUsed(
            text,
            './validators.gen.js',
            internal(
              (n) => n.validators,
              model.operations.filter((op) => validated.has(op)),
            ),
          )
        : raw(''),
    ),
    codeStatement(
      dated.length
        ? importUsed(text, DATES_MODULE, [
            ...internal(
              (n) => n.dates,
              dated.filter(([, d]) => d.body).map(([op]) => op),
            ),
            ...internal(
              (n) => n.eventDates,
              dated.filter(([, d]) => d.events).map(([op]) => op),
            ),
          ])
        : raw(''),
    ),
    ...body,
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
  const headers = analysis.headers.has(op) ? code`, types.Operations[${name}]['responseHeaders']` : raw('');
  const signatures: Signature[] = [];
  if (downloads(op)) {
    // Options come second: an optional request is then `undefined` when there is none.
    const streamRequest = requestIsOptional(op) ? code`${request} | undefined` : request;
    signatures.push({
      params: code`request: ${streamRequest}, options: StreamCallOptions`,
      result: code`Promise<ApiResult<StreamedBodies<types.Operations[${name}]['responses']>${headers}>>`,
    });
  }
  signatures.push({
    params: code`request${optional}: ${request}, options?: CallOptions`,
    result: code`Promise<ApiResult<types.Operations[${name}]['responses']${headers}>>`,
  });
  return signatures;
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
