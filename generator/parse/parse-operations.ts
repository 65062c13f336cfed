/**
 * Paths → `OperationNode`s: parameters (path-item and operation, merged), request bodies, responses
 * per status and media type, effective security.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#path-item-object
 */
import { quote } from '../diagnostics.js';
import { formatPointer } from '../load/refs.js';
import type { Place } from '../load/load-spec.js';
import type {
  EncodingNode,
  HeaderNode,
  HttpMethod,
  MediaTypeNode,
  OperationNode,
  ParameterLocation,
  ParameterNode,
  RequestBodyNode,
  ResponseNode,
  SchemaNode,
  SecurityRequirementNode,
  ServerNode,
  WebhookNode,
} from '../ir/ir.js';
import { isEventStream, isJsonLines } from '../ir/media-types.js';
import { wireMethod } from '../ir/ir.js';
import { obj, type Json, type ParseContext } from './parse-context.js';
import { parseSchema } from './parse-schema.js';
import { eventItems } from './event-items.js';
import { followedOperations } from '../load/path-item-operations.js';

const at = (place: Place, ...tokens: string[]): Place => ({ file: place.file, pointer: [...place.pointer, ...tokens] });
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * All operations of the document, in spec order (paths, then fixed methods, then additional
 * operations), and their callbacks, read in the same walk over `paths`.
 */
export function parseOperations(
  ctx: ParseContext,
  globalSecurity: SecurityRequirementNode,
): { operations: OperationNode[]; callbacks: WebhookNode[] } {
  const operations: OperationNode[] = [];
  const callbacks: WebhookNode[] = [];
  for (const { name: route, pathItem, place } of pathItems(ctx, 'paths')) {
    const shared = sharedParameters(pathItem, place, ctx);
    // Servers of the path item apply to its operations that do not name their own.
    const itemServers =
      Array.isArray(pathItem['servers']) && pathItem['servers'].length > 0
        ? parseServers(pathItem['servers'])
        : undefined;
    for (const { method, operation: raw, place: opPlace } of operationsOf(pathItem, place, ctx)) {
      const op = parseOperation(route, method, raw, opPlace, shared, globalSecurity, ctx);
      operations.push(op.servers === undefined && itemServers ? { ...op, servers: itemServers } : op);
      callbacks.push(
        ...callbacksOf(op.operationId ?? `${wireMethod(method)} ${route}`, raw, opPlace, globalSecurity, ctx),
      );
    }
  }
  return { operations, callbacks };
}

/**
 * The webhooks of a 3.1 document (`webhooks`: name → Path Item), in spec order. A webhook's name is
 * not a route: no path parameters are read from it.
 */
export function parseWebhooks(ctx: ParseContext, globalSecurity: SecurityRequirementNode): WebhookNode[] {
  const out: WebhookNode[] = [];
  for (const { name, pathItem, place } of pathItems(ctx, 'webhooks')) {
    const shared = sharedParameters(pathItem, place, ctx);
    const operations = operationsOf(pathItem, place, ctx);
    for (const { method, operation: raw, place: opPlace } of operations) {
      const operation = parseOperation(name, method, raw, opPlace, shared, globalSecurity, ctx, { webhook: true });
      out.push({ name: operations.length > 1 ? `${name} ${method}` : name, operation });
    }
  }
  return out;
}

/**
 * An operation's callbacks (`callbacks`: name → runtime expression → Path Item), as webhooks:
 * requests the API sends, here to a URL the call gave it. Each is named
 * `<operationId or method and path>.<callback name>`, with the expression when the callback
 * declares more than one and the method when its path item declares more than one.
 */
function callbacksOf(
  owner: string,
  op: Json,
  place: Place,
  globalSecurity: SecurityRequirementNode,
  ctx: ParseContext,
): WebhookNode[] {
  const out: WebhookNode[] = [];
  const callbacks = obj(op['callbacks']);
  for (const callbackName of Object.keys(callbacks)) {
    if (callbackName.startsWith('x-')) continue;
    const { value, place: cp } = ctx.deref(callbacks[callbackName], at(place, 'callbacks', callbackName));
    const expressions = Object.keys(obj(value)).filter((e) => !e.startsWith('x-'));
    for (const expression of expressions) {
      const { value: item, place: ip } = ctx.deref(obj(value)[expression], at(cp, expression));
      const callbackItem = obj(item);
      const shared = sharedParameters(callbackItem, ip, ctx);
      const operations = operationsOf(callbackItem, ip, ctx);
      for (const { method, operation, place: opPlace } of operations) {
        const parsed = parseOperation(expression, method, operation, opPlace, shared, globalSecurity, ctx, {
          webhook: true,
        });
        const name = [
          `${owner}.${callbackName}`,
          ...(expressions.length > 1 ? [expression] : []),
          ...(operations.length > 1 ? [method] : []),
        ].join(' ');
        out.push({ name, operation: parsed, callbackUrl: expression });
      }
    }
  }
  return out;
}

/** The path items of `paths` or `webhooks` (extensions skipped), each followed through `$ref`. */
function* pathItems(
  ctx: ParseContext,
  member: 'paths' | 'webhooks',
): Generator<{ name: string; pathItem: Json; place: Place }> {
  const root = { file: ctx.spec.root, pointer: [] as string[] };
  const items = obj((ctx.spec.root.data as Json)[member]);
  for (const name of Object.keys(items)) {
    if (name.startsWith('x-')) continue;
    const { value, place } = ctx.deref(items[name], at(root, member, name));
    yield { name, pathItem: obj(value), place };
  }
}

/** A path item's operations (followed through `$ref`), each read as an object. */
function operationsOf(
  pathItem: Json,
  place: Place,
  ctx: ParseContext,
): Array<{ method: HttpMethod; operation: Json; place: Place }> {
  return followedOperations(ctx.spec, pathItem, place).map((o) => ({ ...o, operation: obj(o.operation) }));
}

/** A path item's own parameters, which its operations share. Parsed once per walk: parsing tallies ignored headers. */
function sharedParameters(pathItem: Json, place: Place, ctx: ParseContext): ParameterNode[] {
  return parseParameterList(pathItem['parameters'], at(place, 'parameters'), ctx);
}

function parseOperation(
  route: string,
  method: HttpMethod,
  op: Json,
  place: Place,
  shared: ParameterNode[],
  globalSecurity: SecurityRequirementNode,
  ctx: ParseContext,
  { webhook = false } = {},
): OperationNode {
  const bodies: RequestBodyNode[] = [];
  const own = parseParameterList(op['parameters'], at(place, 'parameters'), ctx, bodies);
  const template = webhook ? { path: route, spanning: new Set<string>() } : pathTemplate(route);
  const parameters = wholeQueryString(
    [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own],
    place,
    ctx,
  ).map((p) =>
    p.in === 'path' && (template.spanning.has(p.name) || spansSegments(p)) ? { ...p, allowReserved: true } : p,
  );
  for (const name of webhook ? [] : (template.path.match(/\{[^}]+\}/g) ?? [])) {
    const bare = name.slice(1, -1);
    if (!parameters.some((p) => p.in === 'path' && p.name === bare)) {
      ctx.diagnostics.warn(
        `path parameter ${quote(bare)} of ${route} is not declared; treated as a required string`,
        ctx.spec.locate(place),
      );
      parameters.push({
        name: bare,
        in: 'path',
        required: true,
        schema: { kind: 'keywords', pointer: formatPointer(place.pointer), types: ['string'] },
        style: 'simple',
        explode: false,
        allowReserved: false,
        pointer: formatPointer(place.pointer),
      });
    }
  }
  const responses = parseResponses(op, route, method, place, ctx, webhook);
  const node: { -readonly [K in keyof OperationNode]?: OperationNode[K] } = {
    method,
    path: template.path,
    pointer: formatPointer(place.pointer),
    tags: Array.isArray(op['tags']) ? op['tags'].filter((t): t is string => typeof t === 'string') : [],
    parameters,
    responses,
    security: op['security'] !== undefined ? parseSecurity(op['security']) : globalSecurity,
  };
  if (typeof op['operationId'] === 'string' && op['operationId'] !== '') node.operationId = op['operationId'];
  if (str(op['summary'])) node.summary = str(op['summary']);
  if (str(op['description'])) node.description = str(op['description']);
  if (op['deprecated'] === true) node.deprecated = true;
  if (op['requestBody'] !== undefined)
    node.requestBody = parseRequestBody(op['requestBody'], at(place, 'requestBody'), ctx);
  else if (bodies[0]) node.requestBody = bodies[0];
  if (Array.isArray(op['servers']) && op['servers'].length > 0) node.servers = parseServers(op['servers']);
  return node as OperationNode;
}

/** An operation's responses by status, in spec order (an `x-` key skipped, a status that is none warned of). */
function parseResponses(
  op: Json,
  route: string,
  method: HttpMethod,
  place: Place,
  ctx: ParseContext,
  webhook: boolean,
): ResponseNode[] {
  const responses: ResponseNode[] = [];
  const rawResponses = obj(op['responses']);
  // A webhook's responses say what the subscriber answers; many specs leave them out.
  if (Object.keys(rawResponses).length === 0 && !webhook) {
    ctx.diagnostics.warn(`${wireMethod(method)} ${route} declares no responses`, ctx.spec.locate(place));
  }
  for (const status of Object.keys(rawResponses)) {
    if (status.startsWith('x-')) continue;
    if (!/^([1-5](\d\d|XX)|default)$/i.test(status)) {
      ctx.diagnostics.warn(
        `response status ${quote(status)} is not a status code, NXX or default; ignored`,
        ctx.spec.locate(at(place, 'responses', status)),
      );
      continue;
    }
    responses.push(
      parseResponse(
        status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
        rawResponses[status],
        at(place, 'responses', status),
        ctx,
      ),
    );
  }
  return responses;
}

/**
 * A route whose parameters may span segments, as Google-style APIs write resource names
 * (`projects/p1/agents/a1`): RFC 6570's reserved expansion `{+name}` (specs converted from Google's
 * Discovery documents) and gRPC-gateway's `{name=projects/*\/agents/*}` (protoc-gen-openapiv2 v1)
 * are read as `{name}`, a parameter whose slashes are sent as they are. Without it, the parameter
 * was an undeclared one named `+name`, or `name=projects/*\/agents/*`.
 */
function pathTemplate(route: string): { path: string; spanning: Set<string> } {
  const spanning = new Set<string>();
  const path = route.replace(/\{\+([^}=]+)\}|\{([^}=+]+)=[^}]*\}/g, (_, reserved?: string, bound?: string) => {
    const name = (reserved ?? bound)!;
    spanning.add(name);
    return `{${name}}`;
  });
  return { path, spanning };
}

/**
 * A path parameter whose `pattern` puts a slash in its value (gRPC-gateway v2 writes `{parent}` with
 * `pattern: projects/[^/]+`): its slashes are sent as they are, as the server's route expects, not
 * as `%2F`, which such servers do not match.
 */
function spansSegments(p: ParameterNode): boolean {
  const pattern = p.schema.kind === 'keywords' ? p.schema.pattern : undefined;
  return (
    pattern !== undefined &&
    pattern
      .replace(/\[(?:\\.|[^\]\\])*\]/g, '')
      .replace(/\\\//g, '/')
      .includes('/')
  );
}

/**
 * OpenAPI 3.2: a `querystring` parameter is the whole query string, so it stands alone. Query
 * parameters beside it, or a second one, are left out with a warning.
 */
function wholeQueryString(parameters: ParameterNode[], place: Place, ctx: ParseContext): ParameterNode[] {
  const whole = parameters.find((p) => p.in === 'querystring');
  if (!whole) return parameters;
  const dropped = parameters.filter((p) => p.in === 'query' || (p.in === 'querystring' && p !== whole));
  if (dropped.length)
    ctx.diagnostics.warn(
      `${dropped.map((p) => quote(p.name)).join(', ')} left out: ` +
        `the \`querystring\` parameter ${quote(whole.name)} is the whole query string`,
      ctx.spec.locate(place),
    );
  return parameters.filter((p) => !dropped.includes(p));
}

/** Where OpenAPI 3 puts a parameter (3.2's `querystring` too). */
const LOCATIONS = new Set(['path', 'query', 'header', 'cookie', 'querystring']);

function parseParameterList(
  list: unknown,
  place: Place,
  ctx: ParseContext,
  bodies: RequestBodyNode[] = [],
): ParameterNode[] {
  if (!Array.isArray(list)) return [];
  const out: ParameterNode[] = [];
  list.forEach((raw, i) => {
    const { value, place: p } = ctx.deref(raw, at(place, String(i)));
    const parameter = obj(value);
    if (!LOCATIONS.has(String(parameter['in']))) {
      const body = swaggerBody(parameter, p, ctx);
      if (body) bodies.push(body);
      return;
    }
    if (
      parameter['in'] === 'header' &&
      typeof parameter['name'] === 'string' &&
      IGNORED_HEADERS.has(parameter['name'].toLowerCase())
    ) {
      noteIgnoredHeader(ctx, parameter['name'], p);
      return;
    }
    out.push(parseParameter(parameter, p, ctx));
  });
  return out;
}

/**
 * Header parameters OpenAPI says to ignore ("SHALL be ignored"): the client sets `Accept` and
 * `Content-Type` from the responses and the body, and `Authorization` from `auth`. Declared as
 * required (1,603 operations of 40 APIs.guru specs for `Authorization`), they would make every
 * call repeat what the client already sends, or override it.
 */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function noteIgnoredHeader(ctx: ParseContext, name: string, place: Place): void {
  const seen = ctx.ignoredHeaders.get(name.toLowerCase());
  if (seen) seen.count++;
  else ctx.ignoredHeaders.set(name.toLowerCase(), { name, place, count: 1 });
}

/** One warning per ignored header name, at its first declaration, once operations and webhooks are parsed. */
export function reportIgnoredHeaders(ctx: ParseContext): void {
  for (const { name, place, count } of ctx.ignoredHeaders.values()) {
    const more = count > 1 ? ` (and ${count - 1} more declaration${count > 2 ? 's' : ''} of it)` : '';
    ctx.diagnostics.warn(
      `header parameter ${quote(name)} is ignored${more}, as OpenAPI says of Accept, Content-Type and ` +
        'Authorization: the client sets them from the responses, the body and `auth` (or pass `headers`)',
      ctx.spec.locate(place),
    );
  }
}

function parseParameter(p: Json, place: Place, ctx: ParseContext): ParameterNode {
  const location = p['in'] as ParameterLocation;
  const swagger = p['schema'] === undefined && p['content'] === undefined ? swaggerParameter(p, place, ctx) : undefined;
  const style =
    str(p['style']) ?? swagger?.style ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple');
  let schema = swagger?.schema ?? parseSchema(p['schema'] ?? true, at(place, 'schema'), ctx);
  let mediaType: string | undefined;
  if (p['schema'] === undefined && p['content'] !== undefined) {
    const content = obj(p['content']);
    mediaType = Object.keys(content)[0];
    if (mediaType !== undefined)
      schema = parseSchema(obj(content[mediaType])['schema'] ?? true, at(place, 'content', mediaType, 'schema'), ctx);
  }
  const node: { -readonly [K in keyof ParameterNode]?: ParameterNode[K] } = {
    name: String(p['name']),
    in: location,
    required: location === 'path' ? true : p['required'] === true,
    schema,
    style,
    explode: typeof p['explode'] === 'boolean' ? p['explode'] : (swagger?.explode ?? style === 'form'),
    allowReserved: p['allowReserved'] === true,
    pointer: formatPointer(place.pointer),
  };
  if (location === 'path' && p['required'] !== true)
    ctx.diagnostics.warn(
      `path parameter ${quote(p['name'])} must be required; treated as required`,
      ctx.spec.locate(place),
    );
  if (str(p['description'])) node.description = str(p['description']);
  if (p['deprecated'] === true) node.deprecated = true;
  if (mediaType) node.mediaType = mediaType;
  return node as ParameterNode;
}

/**
 * A parameter in no place OpenAPI 3 has. Swagger 2.0's `in: body` (a 2.0 file a converted document
 * references, or a slip) is the request body it meant, JSON of its `schema`, where the operation
 * declares none; anything else (2.0's `formData`) is left out. Either way with a warning: such a
 * parameter was dropped without a word, and the call sent no body.
 */
function swaggerBody(p: Json, place: Place, ctx: ParseContext): RequestBodyNode | undefined {
  const name = quote(String(p['name']));
  if (p['in'] !== 'body' || p['schema'] === undefined) {
    ctx.diagnostics.warn(
      `parameter ${name} is \`in: ${String(p['in'])}\`, which OpenAPI 3 has no place for: left out`,
      ctx.spec.locate(at(place, 'in')),
    );
    return undefined;
  }
  ctx.diagnostics.warn(
    `parameter ${name} is \`in: body\`, as Swagger 2.0 wrote a request body: read as a JSON request body of its ` +
      'schema (OpenAPI 3 writes `requestBody`)',
    ctx.spec.locate(at(place, 'in')),
  );
  const schema = parseSchema(p['schema'], at(place, 'schema'), ctx);
  const node: { -readonly [K in keyof RequestBodyNode]?: RequestBodyNode[K] } = {
    required: p['required'] === true,
    content: [{ mediaType: 'application/json', examples: [], encoding: [], schema }],
  };
  if (str(p['description'])) node.description = str(p['description']);
  return node as RequestBodyNode;
}

/** The keywords a Swagger 2.0 parameter writes beside its name, which OpenAPI 3 writes in its `schema`. */
const SWAGGER_SCHEMA_KEYWORDS = [
  'type',
  'format',
  'items',
  'enum',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
];

/** 2.0's `collectionFormat`, as a style and explode (`multi` repeats the name: form, exploded). */
const COLLECTION_FORMATS: Record<string, { style: string; explode: boolean }> = {
  csv: { style: 'form', explode: false },
  ssv: { style: 'spaceDelimited', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
  multi: { style: 'form', explode: true },
};

/**
 * A parameter with neither `schema` nor `content`, which OpenAPI 3 requires one of. Written the
 * Swagger 2.0 way (`type: string` beside its name: a hand-written slip, or a 2.0 file a converted
 * document references), its keywords are read as its schema, as its author meant, with a warning;
 * without them its value is `unknown`, said too. Typed `unknown` without a word, a required
 * `api-version` took anything.
 */
function swaggerParameter(
  p: Json,
  place: Place,
  ctx: ParseContext,
): { schema: SchemaNode; style?: string; explode?: boolean } | undefined {
  const name = quote(String(p['name']));
  if (p['type'] === undefined) {
    ctx.diagnostics.warn(
      `parameter ${name} has neither \`schema\` nor \`content\`: its value is typed unknown`,
      ctx.spec.locate(place),
    );
    return undefined;
  }
  ctx.diagnostics.warn(
    `parameter ${name} has no \`schema\`: its \`type\` and the keywords beside it are read as one, as Swagger 2.0 ` +
      'wrote them (OpenAPI 3 writes `schema: { type: … }`)',
    ctx.spec.locate(at(place, 'type')),
  );
  const keywords = Object.fromEntries(SWAGGER_SCHEMA_KEYWORDS.filter((k) => k in p).map((k) => [k, p[k]]));
  const format = typeof p['collectionFormat'] === 'string' ? COLLECTION_FORMATS[p['collectionFormat']] : undefined;
  return { schema: parseSchema(keywords, place, ctx), ...format };
}

function parseContent(content: unknown, place: Place, ctx: ParseContext): MediaTypeNode[] {
  const c = obj(content);
  return Object.keys(c).map((mediaType) => {
    // OpenAPI 3.2: a Media Type Object may be a `$ref` (to `components/mediaTypes`).
    const { value, place: mp } = ctx.deref(c[mediaType], at(place, mediaType));
    const m = obj(value);
    const examples: unknown[] = [];
    if ('example' in m) examples.push(m['example']);
    const named = obj(m['examples']);
    for (const name of Object.keys(named)) {
      const { value } = ctx.deref(named[name], at(mp, 'examples', name));
      const example = obj(value);
      // 3.2's `dataValue` is the value as data (`serializedValue` is its text).
      if ('value' in example) examples.push(example['value']);
      else if ('dataValue' in example) examples.push(example['dataValue']);
    }
    const node: { -readonly [K in keyof MediaTypeNode]?: MediaTypeNode[K] } = {
      mediaType,
      examples,
      encoding: parseEncoding(m['encoding']),
    };
    const item =
      m['itemSchema'] !== undefined && (isJsonLines(mediaType) || isEventStream(mediaType))
        ? itemSchemaOf(mediaType, m['itemSchema'], at(mp, 'itemSchema'), ctx)
        : undefined;
    if (item) {
      node.schema = item.schema;
      if (item.jsonEvents) node.jsonEvents = item.jsonEvents;
    } else if (m['schema'] !== undefined) node.schema = parseSchema(m['schema'], at(mp, 'schema'), ctx);
    return node as MediaTypeNode;
  });
}

/**
 * OpenAPI 3.2's `itemSchema`, the schema of each item of a sequential media type: a JSON line's
 * value, or what event-items.ts reads of an event.
 */
function itemSchemaOf(
  mediaType: string,
  raw: unknown,
  place: Place,
  ctx: ParseContext,
): { schema: SchemaNode; jsonEvents?: readonly string[] } | undefined {
  return isJsonLines(mediaType) ? { schema: parseSchema(raw, place, ctx) } : eventItems(raw, place, ctx);
}

function parseEncoding(raw: unknown): EncodingNode[] {
  const map = obj(raw);
  return Object.keys(map).map((property) => {
    const e = obj(map[property]);
    const style = str(e['style']) ?? 'form';
    const node: { -readonly [K in keyof EncodingNode]?: EncodingNode[K] } = {
      property,
      style,
      explode: typeof e['explode'] === 'boolean' ? e['explode'] : style === 'form',
      allowReserved: e['allowReserved'] === true,
    };
    if (str(e['contentType'])) node.contentType = str(e['contentType']);
    return node as EncodingNode;
  });
}

function parseRequestBody(raw: unknown, place: Place, ctx: ParseContext): RequestBodyNode {
  const { value, place: p } = ctx.deref(raw, place);
  const body = obj(value);
  const node: { -readonly [K in keyof RequestBodyNode]?: RequestBodyNode[K] } = {
    required: body['required'] === true,
    content: parseContent(body['content'], at(p, 'content'), ctx),
  };
  if (str(body['description'])) node.description = str(body['description']);
  return node as RequestBodyNode;
}

function parseResponse(status: string, raw: unknown, place: Place, ctx: ParseContext): ResponseNode {
  const { value, place: p } = ctx.deref(raw, place);
  const response = obj(value);
  const headers: HeaderNode[] = [];
  const rawHeaders = obj(response['headers']);
  for (const name of Object.keys(rawHeaders)) {
    const { value: h, place: hp } = ctx.deref(rawHeaders[name], at(p, 'headers', name));
    const header = obj(h);
    const node: { -readonly [K in keyof HeaderNode]?: HeaderNode[K] } = {
      name,
      required: header['required'] === true,
      schema: parseSchema(header['schema'] ?? true, at(hp, 'schema'), ctx),
    };
    if (str(header['description'])) node.description = str(header['description']);
    headers.push(node as HeaderNode);
  }
  const node: { -readonly [K in keyof ResponseNode]?: ResponseNode[K] } = {
    status,
    content:
      response['content'] === undefined && response['schema'] !== undefined
        ? swaggerResponseContent(response, p, ctx)
        : parseContent(response['content'], at(p, 'content'), ctx),
    headers,
  };
  if (str(response['description'])) node.description = str(response['description']);
  return node as ResponseNode;
}

/**
 * A response written the Swagger 2.0 way, its `schema` beside its description (a slip, or a 2.0
 * file a converted document references): read as a JSON body of that schema, with a warning. It
 * had no body at all, and the client returned nothing of what the server sent.
 */
function swaggerResponseContent(response: Json, place: Place, ctx: ParseContext): MediaTypeNode[] {
  ctx.diagnostics.warn(
    'response has a `schema` and no `content`: read as a JSON body of that schema, as Swagger 2.0 wrote it ' +
      '(OpenAPI 3 writes `content: { application/json: { schema } }`)',
    ctx.spec.locate(at(place, 'schema')),
  );
  const examples = Object.values(obj(response['examples']));
  return [
    {
      mediaType: 'application/json',
      examples,
      encoding: [],
      schema: parseSchema(response['schema'], at(place, 'schema'), ctx),
    },
  ];
}

/** Security Requirement list → alternatives of scheme sets. */
export function parseSecurity(raw: unknown): SecurityRequirementNode {
  if (!Array.isArray(raw)) return [];
  return raw.map((req) =>
    Object.entries(obj(req)).map(([scheme, scopes]) => ({
      scheme,
      scopes: Array.isArray(scopes) ? scopes.map(String) : [],
    })),
  );
}

export function parseServers(raw: unknown): ServerNode[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((s) => {
    const server = obj(s);
    const variables = obj(server['variables']);
    const node: { -readonly [K in keyof ServerNode]?: ServerNode[K] } = {
      url: String(server['url']),
      variables: Object.keys(variables).map((name) => {
        const v = obj(variables[name]);
        return {
          name,
          default: String(v['default']),
          ...(Array.isArray(v['enum']) ? { enum: v['enum'].map(String) } : {}),
          ...(str(v['description']) ? { description: str(v['description']) } : {}),
        };
      }),
    };
    if (str(server['description'])) node.description = str(server['description']);
    return node as ServerNode;
  });
}
