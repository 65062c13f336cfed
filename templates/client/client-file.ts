/**
 * `client.gen.ts`: the `Client` type (one method per operation, with the spec's docs), the `Auth`
 * type keyed by security scheme, and `createClient`, which binds the runtime engine to the `api` table.
 */
import { code, docText, ident, join, jsDoc, key, lit, raw, type Code } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode } from '../../generator/model/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { codeStatement, constStructure, type Statement } from '../structures.js';
import { operationDocLines } from '../types/operation-types.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { apiSpecLiteral, type ClientPasses } from './api-spec.js';
import { DATES_MODULE } from '../dates/dates-file.js';
import { bodyKindOf, isSuccessStatus, responseMedia } from '../../generator/model/media-types.js';

const RUNTIME = './client-runtime.gen.js';

/** Statements of `client.gen.ts`. */
export function clientStatements(model: ApiModel, plan: Plan, passes: ClientPasses, hasValidators: boolean): Statement[] {
  const { pagination } = passes;
  const methods: Code[] = [];
  const pageMethods: Code[] = [];
  for (const op of model.operations) {
    const names = plan.operation(op);
    const name = lit(names.method);
    const request = code`types.${raw(names.request)}`;
    const optional = requestIsOptional(op) ? raw('?') : raw('');
    const docs = jsDoc(operationDocLines(op));
    const headers = passes.headers.has(op.pointer) ? code`, types.Operations[${name}]['responseHeaders']` : raw('');
    // A download (a binary success body) can also come as a stream: `{ parseAs: 'stream' }`.
    if (downloads(op)) {
      // Options come second: an optional request is then `undefined` when there is none.
      const streamRequest = requestIsOptional(op) ? code`${request} | undefined` : request;
      methods.push(code`${docs}${key(names.method)}(request: ${streamRequest}, options: StreamCallOptions): Promise<ApiResult<StreamedBodies<types.Operations[${name}]['responses']>${headers}>>;`);
    }
    methods.push(code`${docs}${key(names.method)}(request${optional}: ${request}, options?: CallOptions): Promise<ApiResult<types.Operations[${name}]['responses']${headers}>>;`);
    const paging = pagination.get(op.pointer);
    if (paging) {
      const page = code`types.${raw(names.response)}`;
      const itemField = paging.items !== undefined ? lit(paging.items) : raw('undefined');
      pageMethods.push(code`${docs}${key(names.method)}(request${optional}: ${request}, options?: CallOptions): Paginator<ItemOf<${page}, ${itemField}>, ${page}>;`);
    }
  }
  const authMembers = model.securitySchemes.map((s) => {
    const oauth = s.type === 'oauth2' || s.type === 'openIdConnect';
    const type = s.type === 'http' && s.scheme === 'basic' ? raw('Credential<BasicCredentials>') : s.type === 'apiKey' || s.type === 'http' || oauth ? raw('Credential<string>') : raw('never');
    const doc = oauth ? jsDoc([docText('An access token, sent as `Authorization: Bearer …`.')]) : s.type === 'mutualTLS' ? jsDoc([docText('A client certificate: set it up in the `fetch` you pass to `createClient`.')]) : raw('');
    return code`${doc}${key(s.name)}?: ${type};`;
  });
  const operations = model.operations.length > 0;
  const dates = passes.dates;
  const apiValue = [hasValidators ? 'validators: operationValidators' : '', ...(dates?.tables ?? [])].filter(Boolean);
  const body: Statement[] = [
    codeStatement(raw(`export { SpecforgeHttpError, SpecforgeRequestError, type ApiResult, type BasicCredentials, type CallOptions, type ClientOptions, type Credential, type EventStreamOptions, type FetchOptions, type Middleware, type MiddlewareContext, type Paginator, type ResponseMismatch, type RetryOptions, type ServerSentEvent } from '${RUNTIME}';`)),
    constStructure(ident('api'), code`${apiSpecLiteral(model, plan, passes)}`, { exported: false, type: raw('ApiSpec') }),
    codeStatement(code`/** Credentials by security scheme name; each may be a function returning it (sync or async). */\nexport type Auth = {\n${join(authMembers, '\n')}\n};`),
    codeStatement(code`/** One method per operation; \`paginate\` has an async iterator for every operation that pages. */\nexport type Client = {\n${join(methods, '\n')}\npaginate: {\n${join(pageMethods, '\n')}\n};\n/** Adds middleware (after the client's own), which may change each request and replace its answer. */\nuse(...middleware: Middleware[]): Client;\n};`),
    codeStatement(
      // The methods are made from the \`api\` table at run time (runtime clientOf); \`Client\` types them.
      code`/** Creates a client. Every option has a default: \`createClient()\` targets the spec's first server. */\nexport function createClient(options: ClientOptions<Auth> = {}): Client {\n${operations ? code`return clientOf<Client>(api, createEngine(${raw(apiValue.length ? `{ ...api, ${apiValue.join(', ')} }` : 'api')}, options));` : raw('void [api, options];\nconst client: Client = { paginate: {}, use: () => client };\nreturn client;')}\n}`,
    ),
  ];
  // The re-export line names runtime types without importing them; leave it out of the scan.
  const text = statementsText(body.slice(1));
  return [
    codeStatement(importUsed(text, RUNTIME, ['clientOf', 'createEngine'], ['ApiResult', 'ApiSpec', 'BasicCredentials', 'CallOptions', 'ClientOptions', 'Credential', 'ItemOf', 'Middleware', 'Paginator', 'StreamCallOptions', 'StreamedBodies'])),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    codeStatement(hasValidators ? importUsed(text, './validators.gen.js', ['operationValidators']) : raw('')),
    codeStatement(dates ? importUsed(text, DATES_MODULE, dates.tables) : raw('')),
    ...body,
  ];
}

/** Whether a success response of the operation is binary (a file), which a caller may want to stream. */
function downloads(op: OperationNode): boolean {
  return op.responses.some((r) => {
    const body = isSuccessStatus(r.status) ? responseMedia(r).body : undefined;
    return body !== undefined && bodyKindOf(body.mediaType) === 'binary';
  });
}

/** A call without required parameters or body may omit the request. */
function requestIsOptional(op: OperationNode): boolean {
  return !op.parameters.some((p) => p.required) && !op.requestBody?.required;
}
