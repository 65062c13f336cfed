/**
 * The msw target: `msw.gen.ts`, the package's `./msw` entry. Per operation a handler factory,
 * `<op>Handler(override?)`, answering with a declared status and a fake body made from the response
 * schema (templates/runtime/msw/), or as the override says (a reply typed by the operation's
 * declared responses, or a resolver); and `handlers`, one per operation,
 * for `setupServer(...handlers)` / `setupWorker(...handlers)`.
 *
 * Routes match any base URL: a handler's pattern is the operation's path at the end of the URL, so
 * the same handlers serve the spec's server, a staging host or `http://localhost`. Where one path
 * ends another (`/users` and `/admin/users`), `handlers` lists the longer first.
 *
 * Operations that share a route (generator/analyse/shared-routes.ts) are told apart at run time:
 * each handler has a claim (its parameters, required ones, body check) and leaves requests that do
 * not fit to the next; after them the widest operation's handler, without a claim, answers the rest.
 */
import { code, ident, join, jsDoc, lit, raw, regex, type Code, type Literal } from '../../generator/safe/code.js';
import type { MediaTypeNode, OperationNode, ResponseNode } from '../../generator/ir/ir.js';
import { wireMethod } from '../../generator/ir/ir.js';
import { eventData, isSuccessStatus, responseMedia } from '../../generator/ir/media-types.js';
import type { Target, TargetContext } from '../target.js';
import { codeStatement, type Statement } from '../structures.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { operationDocLines } from '../types/operation-types.js';
import { sharedValidators } from '../validators/target.js';
import { schemaKeys } from '../validators/validators-file.js';
import { packageName } from '../package/package-meta.js';
import { FakeSchemaTable } from './fake-schemas.js';
import { pathQuery, routePath, type SharedRoute } from '../../generator/analyse/shared-routes.js';

const MODULE = 'msw.gen';
const RUNTIME = './msw-runtime.gen.js';
/** The methods MSW's `http` has a function for. */
const MSW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
/** The doc of `fakes`. */
const FAKES_DOC = raw(
  '/** Valid fake values of the schemas of `schemas`: `fakes.User()`, `fakes.User(seed)`, `fakes.User.write()`. */',
);
/** The doc of `handlers`. */
const HANDLERS_DOC = raw('/** A handler per operation, longer paths first: `setupServer(...handlers)`. */');

export const mswTarget: Target = {
  name: 'msw',
  requires: ['types', 'validators'],
  runtime: ['msw'],
  operationNames: { handler: (method) => `${method}Handler` },
  reserves: [
    'handlers',
    'fakes',
    'schemas',
    'mockHandler',
    'fakeFactories',
    'checkOf',
    'Fakes',
    'FakeSchemas',
    'MockAnswer',
    'RouteClaim',
    'MockOverride',
    'HttpHandler',
    'types',
  ],
  subpath: { path: './msw', module: MODULE },
  peerDependencies: { msw: '>=2.0.0' },
  files: (context) => [{ path: `${MODULE}.ts`, statements: mswStatements(context) }],
  readme: mswReadme,
};

function mswStatements(context: TargetContext): Statement[] {
  const { model, plan, analysed } = context;
  const table = new FakeSchemaTable(plan.schemasById, analysed.inheritedTags);
  const validated = sharedValidators(context).operations;
  const body: Statement[] = [];
  const routes: Route[] = [];
  for (const [index, op] of model.operations.entries()) {
    if (!MSW_METHODS.has(op.method)) continue;
    const route = handlerOf(op, index, context, table, validated.has(op));
    body.push(...route.statements);
    routes.push(route);
  }
  const fakes = fakesStatement(context, table);
  if (fakes) body.push(fakes);
  table.drain();
  const schemas = Object.fromEntries([...table.table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as Literal;
  const list = join(handlerList(routes), ',\n');
  body.unshift(codeStatement(code`const $schemas: FakeSchemas = ${lit(schemas)};`));
  body.push(codeStatement(code`${HANDLERS_DOC}\nexport const handlers: HttpHandler[] = [\n${list}\n];`));
  const text = statementsText(body);
  const checks = [...validated]
    .filter((op) => MSW_METHODS.has(op.method))
    .map((op) => plan.operation(op).internal.validators);
  return [
    codeStatement(
      importUsed(
        text,
        RUNTIME,
        ['mockHandler', 'fakeFactories', 'checkOf'],
        ['FakeSchemas', 'MockAnswer', 'MockOverride', 'RouteClaim', 'Fakes'],
      ),
    ),
    codeStatement(importUsed(text, 'msw', [], ['HttpHandler'])),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    codeStatement(importUsed(text, './validators.gen.js', fakes ? [...checks, 'schemas'] : checks)),
    ...body,
  ];
}

/**
 * `fakes`: a factory per schema of the validators' `schemas`, under the same keys, made from the
 * fake schema table (which the named schemas join) and checked by those validators; a schema with a
 * `.write` validator has a `.write` factory too, of its write view (a request body).
 */
function fakesStatement({ model, plan, analysed }: TargetContext, table: FakeSchemaTable): Statement | undefined {
  const keys = schemaKeys(model, plan);
  if (!keys.size) return undefined;
  const writer = table.writeView(analysed.views.accessViews);
  const ids: Record<string, Literal> = Object.create(null);
  for (const [id, key] of keys) {
    const read = table.named(id);
    ids[key] = plan.hasValidatorViews(id) ? [read, writer.named(id)] : read;
  }
  return codeStatement(code`${FAKES_DOC}
export const fakes: Fakes<typeof schemas> = /* @__PURE__ */ fakeFactories($schemas, ${lit(ids)}, schemas);`);
}

interface Route {
  readonly op: OperationNode;
  /** The operation's place in the model. */
  readonly index: number;
  readonly fn: Code;
  readonly shared: SharedRoute | undefined;
  /** The handler that answers its route's requests no operation there claims. */
  readonly fallback: Code;
  /** The answer, the claim when its route is shared, and the factory. */
  readonly statements: Statement[];
}

/** An operation's handler factory, answer and claim. */
function handlerOf(
  op: OperationNode,
  index: number,
  { plan, analysed }: TargetContext,
  table: FakeSchemaTable,
  validated: boolean,
): Route {
  const names = plan.operation(op);
  const fn = plan.targetName('msw', 'handler', op);
  const answer = ident(`${names.method}$answer`);
  const chosen = answerResponses(op);
  const check = validated ? names.internal.validators : undefined;
  const statements = [codeStatement(code`const ${answer}: MockAnswer = ${answerLiteral(chosen, table, check)};`)];
  const shared = analysed.sharedRoutes.get(op);
  const claim = shared ? ident(`${names.method}$claim`) : undefined;
  if (claim) statements.push(codeStatement(code`const ${claim}: RouteClaim = ${claimLiteral(op, check)};`));
  const spanning = new Set(op.parameters.filter((p) => p.in === 'path' && p.allowReserved).map((p) => p.name));
  const args = [lit(op.method), routePattern(op.path, !!shared, spanning), lit(names.method), answer, raw('$schemas')];
  const call = (...more: Code[]) => code`mockHandler(${join([...args, ...more], ', ')})`;
  const route = `\`${wireMethod(op.method)} ${op.path}\`: answers ${answerSummary(chosen[0])}`;
  const sharing = shared ? `, to the requests that fit it (${shared.members.length} operations share its route)` : '';
  const summary = `${route}, or as \`override\` says${sharing}.`;
  const responses = code`types.Operations[${lit(names.method)}]['responses']`;
  const signature = code`export function ${fn}(override?: MockOverride<${responses}>): HttpHandler`;
  const returned = claim ? call(raw('override'), claim) : call(raw('override'));
  statements.push(codeStatement(code`${jsDoc(operationDocLines(op, summary))}${signature} {\nreturn ${returned};\n}`));
  return { op, index, fn, shared, fallback: call(), statements };
}

/**
 * `handlers`: longer paths first; the operations sharing a route together, the narrowest first,
 * each answering the requests that fit it, and after them the widest once more, answering the rest.
 */
function handlerList(routes: readonly Route[]): Code[] {
  const first = (r: Route) => (r.shared ? Math.min(...r.shared.members.map((m) => indexOf(routes, m))) : r.index);
  const rank = (r: Route) => (r.shared ? r.shared.members.indexOf(r.op) : 0);
  const keyed = routes.map((r) => ({
    r,
    key: [-specificity(routePath(r.op.path)), first(r), rank(r)],
  }));
  keyed.sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!);
  return keyed.flatMap(({ r }) => {
    const last = r.shared && rank(r) === r.shared.members.length - 1;
    return last ? [code`${r.fn}()`, r.fallback] : [code`${r.fn}()`];
  });
}

function indexOf(routes: readonly Route[], op: OperationNode): number {
  return routes.find((r) => r.op === op)?.index ?? Infinity;
}

/** `{ path, pairs, query, header, body, checks }`: what a request of this operation carries. */
function claimLiteral(op: OperationNode, checks: Code | undefined): Code {
  const required = (where: string) => op.parameters.filter((p) => p.in === where && p.required).map((p) => p.name);
  const path = [...routePath(op.path).matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const fields = [code`path: ${lit(path)},`];
  const pairs = pathQuery(op.path);
  if (pairs.length) fields.push(code`pairs: ${lit(pairs)},`);
  const query = required('query');
  const header = required('header');
  if (query.length) fields.push(code`query: ${lit(query)},`);
  if (header.length) fields.push(code`header: ${lit(header)},`);
  if (op.requestBody?.required) fields.push(code`body: true,`);
  if (checks) fields.push(code`checks: ${checks},`);
  return code`{\n${join(fields, '\n')}\n}`;
}

/** What a handler answers with, in its doc: `200 with a fake body`, and how it streams. */
function answerSummary(first: { response: ResponseNode; status: number } | undefined): string {
  const { body, events } = first ? responseMedia(first.response) : {};
  const status = first?.status ?? 200;
  if (!events) return `${status} with a fake body`;
  const stream = `fake events (${eventData(events) === 'lines' ? 'JSON lines' : 'an event stream'})`;
  return body
    ? `${status} with a fake body, or ${stream} when its JSON body says \`stream: true\``
    : `${status} with ${stream}`;
}

/** The responses a handler may answer with: the successes by status, else `default`, else the first. */
function answerResponses(op: OperationNode): { response: ResponseNode; status: number }[] {
  const statusOf = (s: string) =>
    /^\d{3}$/.test(s) ? Number(s) : s.startsWith('2') || s === 'default' ? 200 : Number(s[0]) * 100;
  const success = op.responses
    .filter((r) => isSuccessStatus(r.status))
    .sort((a, b) => statusOf(a.status) - statusOf(b.status));
  // No success declared: `default`, else the first declared status (an operation that only fails).
  const fallback = op.responses.filter((r) => r.status === 'default');
  return (success.length ? success : fallback.length ? fallback : op.responses.slice(0, 1)).map((response) => ({
    response,
    status: statusOf(response.status),
  }));
}

/** `{ status, mediaType, schema, examples, check, next }`: each answer falls back on the next. */
function answerLiteral(
  chosen: readonly { response: ResponseNode; status: number }[],
  table: FakeSchemaTable,
  check: Code | undefined,
): Code {
  const [first, ...rest] = chosen;
  if (!first) return code`{ status: 200 }`;
  const fields = [code`status: ${lit(first.status)},`];
  const { body: media, events } = responseMedia(first.response);
  const bodiless = first.status === 204 || first.status === 205 || first.status === 304;
  if (!bodiless && events) fields.push(code`events: ${eventsLiteral(events, first.response.status, table, check)},`);
  if (!bodiless && media) {
    fields.push(code`mediaType: ${lit(media.mediaType.includes('*') ? 'application/json' : media.mediaType)},`);
    if (media.schema) fields.push(code`schema: ${lit(table.of(media.schema))},`);
    const examples = smallExamples(media.examples);
    if (examples.length) fields.push(code`examples: ${lit(examples as Literal)},`);
    if (check) fields.push(code`check: checkOf(${check}.responses, ${lit(first.response.status)}),`);
  }
  if (rest.length) fields.push(code`next: ${answerLiteral(rest, table, check)},`);
  return code`{\n${join(fields, '\n')}\n}`;
}

/** `{ mediaType, kind, schema, jsonEvents, examples, check }`: the events of a response that streams. */
function eventsLiteral(media: MediaTypeNode, status: string, table: FakeSchemaTable, check: Code | undefined): Code {
  const kind = eventData(media)!;
  const fields = [code`mediaType: ${lit(media.mediaType)},`, code`kind: ${lit(kind)},`];
  if (media.schema) fields.push(code`schema: ${lit(table.of(media.schema))},`);
  if (media.jsonEvents?.length) fields.push(code`jsonEvents: ${lit([...media.jsonEvents])},`);
  const examples = smallExamples(media.examples);
  if (examples.length) fields.push(code`examples: ${lit(examples as Literal)},`);
  // Text events have no validator: their data is any text.
  if (check && kind !== 'text') fields.push(code`check: checkOf(${check}.events, ${lit(status)}),`);
  return code`{\n${join(fields, '\n')}\n}`;
}

/** Up to three of the spec's examples, each small enough to carry (a fake is tried first). */
function smallExamples(examples: readonly unknown[]): unknown[] {
  return examples.filter((e) => JSON.stringify(e ?? null).length <= 2000).slice(0, 3);
}

/**
 * The route: the path a request is sent to (parameters as one segment each) at the end of the URL,
 * before any query; with `capture`, each parameter's segment captured, for a claim to read.
 */
function routePattern(path: string, capture: boolean, spanning: ReadonlySet<string>): Code {
  const literal = (part: string) => urlPath(part).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // A parameter whose value spans segments (`projects/p1`) takes slashes too, as few as fit.
  const segment = (name: string) => {
    const text = spanning.has(name) ? '[^?#]+?' : '[^/?#]+';
    return capture ? `(${text})` : text;
  };
  const source = routePath(path)
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? segment(part.slice(1, -1)) : literal(part)))
    .join('');
  return regex(`${source}/?(?:[?#].*)?$`);
}

/**
 * A literal part of a path as a request URL spells it: the WHATWG URL parser percent-encodes
 * controls, space, `"`, `#`, `<`, `>`, `?`, `` ` ``, `{`, `}` and non-ASCII (as UTF-8) in a path.
 */
function urlPath(part: string): string {
  let out = '';
  for (const char of part) {
    const c = char.codePointAt(0)!;
    if (c > 0x20 && c < 0x7f && !'"#<>?`{}'.includes(char)) out += char;
    else
      for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Longer paths first; among equals, fewer segments that are a parameter alone, which match any
 * text: `/users/me` before `/users/{id}`, and GitHub's `/compare/{base}...{head}` (a segment with
 * text of its own) before `/compare/{basehead}`, which would otherwise answer both.
 */
function specificity(path: string): number {
  const segments = path.split('/');
  return segments.length * 100 - segments.filter((s) => /^\{[^}]*\}$/.test(s)).length;
}

function mswReadme(context: TargetContext): string {
  const first = context.model.operations.find((op) => MSW_METHODS.has(op.method));
  const example = first ? context.plan.targetName('msw', 'handler', first).text : undefined;
  return [
    '## Mock Service Worker',
    '',
    'The `./msw` entry has `handlers`, one per operation, answering with a declared status and a fake body made',
    'from the response schema: deterministic per request (seeded by the operation, path and query), and checked',
    "by the package's own validator. Each operation's factory answers otherwise when given a reply, typed by the",
    "operation's declared responses (`{ status: 404, body: … }`), or a resolver that returns one (or a `Response`,",
    'or nothing to fall through). It needs `msw` 2 or later (a peer dependency).',
    '',
    '`fakes` has a factory per schema of `schemas`: `fakes.<Schema>()` makes a valid value of it, and',
    '`fakes.<Schema>(seed)` another, the same for the same seed; where the schema has a `.write` view,',
    '`fakes.<Schema>.write()` makes a request body (readOnly properties left out, writeOnly ones made).',
    'A test fixes what it is about with `fakes.<Schema>({ overrides: { … } })`: those values in place, merged',
    "deep, the whole checked by the schema's validator. `{ minimal: true }` leaves out optional properties,",
    '`{ items: 50 }` makes lists that long.',
    '',
    ...(replyExample(context) ?? (example ? [`Exported here, for example: \`${example}\`.`, ''] : [])),
  ].join('\n');
}

/**
 * A test's setup, for the first operation whose first success is a named schema: the handlers, and
 * that operation answering a fake of its schema. Names are the plan's (identifiers) and the
 * schema's key, quoted where it is not one.
 */
function replyExample({ model, plan, options }: TargetContext): string[] | undefined {
  const keys = schemaKeys(model, plan);
  for (const op of model.operations.filter((o) => MSW_METHODS.has(o.method))) {
    const [first] = answerResponses(op);
    const schema =
      first && isSuccessStatus(first.response.status) ? responseMedia(first.response).body?.schema : undefined;
    const key = schema?.kind === 'ref' ? keys.get(schema.target) : undefined;
    // A key of plain characters only: spec text in a Markdown code block could end the block.
    if (!key || !/^[\w.-]+$/.test(key) || !/^\d{3}$/.test(first!.response.status)) continue;
    const fake = /^[A-Za-z_$][\w$]*$/.test(key) ? `fakes.${key}` : `fakes[${JSON.stringify(key)}]`;
    const handler = plan.targetName('msw', 'handler', op).text;
    return [
      '```ts',
      `import { handlers, fakes, ${handler} } from '${packageName(options.name ?? 'generated-api-client')}/msw';`,
      "import { setupServer } from 'msw/node';",
      '',
      'const server = setupServer(...handlers);',
      'server.listen();',
      `server.use(${handler}({ status: ${first!.response.status}, body: ${fake}() }));`,
      '```',
      '',
    ];
  }
  return undefined;
}
