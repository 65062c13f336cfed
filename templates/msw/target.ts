/**
 * The msw target: `msw.gen.ts`, the package's `./msw` entry. Per operation a handler factory,
 * `<op>Handler(resolver?)`, answering with a declared status and a fake body made from the response
 * schema (templates/runtime/msw.ts), or with the resolver given; and `handlers`, one per operation,
 * for `setupServer(...handlers)` / `setupWorker(...handlers)`.
 *
 * Routes match any base URL: a handler's pattern is the operation's path at the end of the URL, so
 * the same handlers serve the spec's server, a staging host or `http://localhost`. Where one path
 * ends another (`/users` and `/admin/users`), `handlers` lists the longer first.
 */
import { code, ident, join, jsDoc, lit, raw, regex, type Code, type Literal } from '../../generator/safe/code.js';
import type { OperationNode, ResponseNode } from '../../generator/ir/ir.js';
import { wireMethod } from '../../generator/ir/ir.js';
import { isSuccessStatus, responseMedia } from '../../generator/ir/media-types.js';
import type { Target, TargetContext } from '../target.js';
import { codeStatement, type Statement } from '../structures.js';
import { importUsed, statementsText } from '../imports.js';
import { operationDocLines } from '../types/operation-types.js';
import { sharedValidators } from '../validators/target.js';
import { FakeSchemaTable } from './fake-schemas.js';

const MODULE = 'msw.gen';
const RUNTIME = './msw-runtime.gen.js';
/** The methods MSW's `http` has a function for. */
const MSW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
/** The doc of `handlers`. */
const HANDLERS_DOC = raw('/** A handler per operation, longer paths first: `setupServer(...handlers)`. */');

export const mswTarget: Target = {
  name: 'msw',
  requires: ['types', 'validators'],
  runtime: ['msw'],
  operationNames: { handler: (method) => `${method}Handler` },
  reserves: ['handlers', 'mockHandler', 'FakeSchemas', 'MockAnswer', 'HttpHandler', 'HttpResponseResolver'],
  subpath: { path: './msw', module: MODULE },
  peerDependencies: { msw: '>=2.0.0' },
  files: (context) => [{ path: `${MODULE}.ts`, statements: mswStatements(context) }],
  readme: mswReadme,
};

function mswStatements(context: TargetContext): Statement[] {
  const { model, plan } = context;
  const table = new FakeSchemaTable(plan.schemasById);
  const validated = sharedValidators(context).operations;
  const body: Statement[] = [];
  const routes: { op: OperationNode; fn: Code }[] = [];
  for (const op of model.operations) {
    if (!MSW_METHODS.has(op.method)) continue;
    const names = plan.operation(op);
    const fn = plan.targetName('msw', 'handler', op);
    const answer = ident(`${names.method}$answer`);
    const chosen = answerResponses(op);
    const check = validated.has(op) ? names.internal.validators : undefined;
    body.push(codeStatement(code`const ${answer}: MockAnswer = ${answerLiteral(chosen, table, check)};`));
    const route = `\`${wireMethod(op.method)} ${op.path}\``;
    const summary = `${route}: answers ${chosen[0]?.status ?? 200} with a fake body, or as \`resolver\` says.`;
    const docs = jsDoc(operationDocLines(op, summary));
    body.push(
      codeStatement(code`${docs}export function ${fn}(resolver?: HttpResponseResolver): HttpHandler {
return mockHandler(${lit(op.method)}, ${routePattern(op.path)}, ${lit(names.method)}, ${answer}, $schemas, resolver);
}`),
    );
    routes.push({ op, fn });
  }
  table.drain();
  const schemas = Object.fromEntries([...table.table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as Literal;
  const ordered = [...routes].sort((a, b) => specificity(b.op.path) - specificity(a.op.path));
  const list = join(
    ordered.map((r) => code`${r.fn}()`),
    ',\n',
  );
  body.unshift(codeStatement(code`const $schemas: FakeSchemas = ${lit(schemas)};`));
  body.push(codeStatement(code`${HANDLERS_DOC}\nexport const handlers: HttpHandler[] = [\n${list}\n];`));
  const text = statementsText(body);
  const checks = [...validated]
    .filter((op) => MSW_METHODS.has(op.method))
    .map((op) => plan.operation(op).internal.validators);
  return [
    codeStatement(importUsed(text, RUNTIME, ['mockHandler'], ['FakeSchemas', 'MockAnswer'])),
    codeStatement(importUsed(text, 'msw', [], ['HttpHandler', 'HttpResponseResolver'])),
    codeStatement(checks.length ? importUsed(text, './validators.gen.js', checks) : raw('')),
    ...body,
  ];
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
  const media = responseMedia(first.response).body;
  if (first.status !== 204 && first.status !== 205 && first.status !== 304 && media) {
    fields.push(code`mediaType: ${lit(media.mediaType.includes('*') ? 'application/json' : media.mediaType)},`);
    if (media.schema) fields.push(code`schema: ${lit(table.of(media.schema))},`);
    const examples = media.examples.filter((e) => JSON.stringify(e ?? null).length <= 2000).slice(0, 3);
    if (examples.length) fields.push(code`examples: ${lit(examples as Literal)},`);
    if (check) fields.push(code`check: ${check}.responses?.[${lit(first.response.status)}],`);
  }
  if (rest.length) fields.push(code`next: ${answerLiteral(rest, table, check)},`);
  return code`{\n${join(fields, '\n')}\n}`;
}

/** The route: the operation's path (parameters as one segment each) at the end of the URL, before any query. */
function routePattern(path: string): Code {
  const literal = (part: string) => urlPath(part).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = path
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? '[^/?#]+' : literal(part)))
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

/** Longer literal paths first; among equals, fewer parameters first (`/users/me` before `/users/{id}`). */
function specificity(path: string): number {
  const params = (path.match(/\{[^}]*\}/g) ?? []).length;
  return path.split('/').length * 100 - params;
}

function mswReadme(context: TargetContext): string {
  const first = context.model.operations.find((op) => MSW_METHODS.has(op.method));
  const example = first ? context.plan.targetName('msw', 'handler', first).text : undefined;
  return [
    '## Mock Service Worker',
    '',
    'The `./msw` entry has `handlers`, one per operation, answering with a declared status and a fake body made',
    'from the response schema: deterministic per request (seeded by the operation, path and query), and checked',
    "by the package's own validator. Each operation's factory takes a resolver to answer otherwise. It needs `msw`",
    '2 or later (a peer dependency).',
    '',
    ...(example ? [`Exported here, for example: \`${example}\`.`, ''] : []),
  ].join('\n');
}
