/**
 * Types derived from operations: `…Request` (path, query, headers, cookies, body), `…Response` (success
 * bodies), `…Error` (error bodies) and the `Operations` map that the client is typed by.
 */
import {
  code,
  docTag,
  docText,
  ident,
  join,
  jsDoc,
  key,
  lit,
  raw,
  when,
  type Code,
  type DocText,
} from '../../generator/safe/code.js';
import type {
  MediaTypeNode,
  OperationNode,
  ParameterLocation,
  ParameterNode,
  ResponseNode,
  WebhookNode,
} from '../../generator/ir/ir.js';
import { wireMethod } from '../../generator/ir/ir.js';
import {
  bodyKindOf,
  eventData,
  isEventStream,
  isJsonLines,
  isOnlyType,
  isSuccessStatus,
  preferredMediaType,
  requestMediaChoices,
  responseMedia,
} from '../../generator/ir/media-types.js';
import type { Plan } from '../../generator/plan/plan.js';
import type { HeadersByStatus, ResponseHeader } from '../../generator/analyse/response-headers.js';
import { typeAliasStructure, type Statement } from '../structures.js';
import { schemaType } from './schema-type.js';
import { schemaDocLines, textDocLines } from './docs.js';

/** Where each parameter location goes in a `…Request`. */
export const PARTS: readonly { location: ParameterLocation; part: string }[] = [
  { location: 'path', part: 'path' },
  { location: 'query', part: 'query' },
  { location: 'header', part: 'headers' },
  { location: 'cookie', part: 'cookies' },
];

/** Doc lines of an operation: summary, description, where it goes (method and path), deprecation. */
export function operationDocLines(op: OperationNode, where = `\`${wireMethod(op.method)} ${op.path}\``): DocText[] {
  const lines = textDocLines(op.summary, op.description);
  lines.push(docText(where));
  if (op.deprecated) lines.push(docTag('deprecated'));
  return lines;
}

/**
 * `responses: { '200': …; };`, an operation's response bodies by status, as the `Operations` and `Webhooks` maps hold
 * them.
 */
function responsesMember(
  op: OperationNode,
  plan: Plan,
  named?: (r: ResponseNode, body: Code) => Code | undefined,
): Code {
  return code`responses: {${join(
    op.responses.map((r) => {
      const body = responseBodyType(r, plan);
      return code`${key(r.status)}: ${named?.(r, body) ?? body};`;
    }),
    '\n',
  )}};`;
}

/**
 * A body type written out in full (an object, a union of literals: an inline schema) is written
 * once: where the operation's `…Response` or `…Error` alias is exactly it, the `Operations` map
 * names the alias. A fully dereferenced spec (GitHub's `deref` files: every schema inline) had
 * each such body twice, half of a 27 MB `types.gen.ts`. A plain reference (`Array<User>`) stays
 * as it is: as short, and says more.
 */
function aliasWhereInline(op: OperationNode, plan: Plan): (r: ResponseNode, body: Code) => Code | undefined {
  const aliases = bodyAliases(op, plan);
  const names = plan.operation(op);
  return (r, body) => {
    const alias = aliases.get(r);
    return alias && !/^[\w$<>, |()[\]]*$/.test(body.text) ? names[alias] : undefined;
  };
}

/** Declarations for every operation plus the `Operations` map. */
export function operationDeclarations(
  operations: readonly OperationNode[],
  plan: Plan,
  headers: ReadonlyMap<OperationNode, HeadersByStatus>,
): Statement[] {
  const out: Statement[] = [];
  const entries: Code[] = [];
  for (const op of operations) {
    const names = plan.operation(op);
    const docs = operationDocLines(op);
    out.push(typeAliasStructure(names.request, requestType(op, plan), docs));
    const success = op.responses.filter((r) => isSuccessStatus(r.status));
    const errors = op.responses.filter((r) => !isSuccessStatus(r.status));
    out.push(
      typeAliasStructure(names.response, unionOfBodies(success, plan, raw('unknown')), [
        docText(`Success body of \`${names.method}\`.`),
      ]),
    );
    out.push(
      typeAliasStructure(names.error, unionOfBodies(errors, plan, raw('unknown')), [
        docText(`Error body of \`${names.method}\`.`),
      ]),
    );
    const declared = headers.get(op);
    const headerTypes = declared
      ? [...declared].map(([status, list]) => code`${key(status)}: ${headersType(list, plan)};`)
      : [];
    const headerEntry = headerTypes.length ? code`\nresponseHeaders: {${join(headerTypes, '\n')}};` : raw('');
    const responses = responsesMember(op, plan, aliasWhereInline(op, plan));
    const members = code`request: ${names.request};\n${responses}${headerEntry}`;
    entries.push(code`${jsDoc(docs)}${key(names.method)}: {\n${members}\n};`);
  }
  out.push(
    typeAliasStructure(ident('Operations'), code`{\n${join(entries, '\n')}\n}`, [
      docText(
        'Every operation by client method name: its request, and its response bodies and declared response ' +
          'headers by status.',
      ),
    ]),
  );
  return out;
}

/**
 * Webhook payload types (what a subscriber receives: the read view, as for responses) and the
 * `Webhooks` map: each webhook's payload and the answers it expects, by status.
 */
export function webhookDeclarations(webhooks: readonly WebhookNode[], plan: Plan): Statement[] {
  if (webhooks.length === 0) return [];
  const out: Statement[] = [];
  const entries: Code[] = [];
  for (const webhook of webhooks) {
    const op = webhook.operation;
    const to =
      webhook.callbackUrl !== undefined
        ? `to the URL the call gave (\`${webhook.callbackUrl}\`)`
        : "to the subscriber's URL";
    const kind = webhook.callbackUrl !== undefined ? 'Callback' : 'Webhook';
    const docs = operationDocLines(
      op,
      `${kind} \`${webhook.name}\`: the API sends it as a \`${wireMethod(op.method)}\` ${to}.`,
    );
    const media = op.requestBody && preferredMediaType(op.requestBody.content);
    const payload = plan.webhookPayload(webhook);
    out.push(typeAliasStructure(payload, media ? bodyType(media, plan, 'read') : raw('unknown'), docs));
    entries.push(code`${jsDoc(docs)}${key(webhook.name)}: {\npayload: ${payload};\n${responsesMember(op, plan)}\n};`);
  }
  out.push(
    typeAliasStructure(ident('Webhooks'), code`{\n${join(entries, '\n')}\n}`, [
      docText('Every webhook by name: the payload a subscriber receives, and the answers the API expects by status.'),
    ]),
  );
  return out;
}

/** A response's readable headers as an object type: optional unless `required`, converted types. */
function headersType(list: readonly ResponseHeader[], plan: Plan): Code {
  const members = list.map((h) => {
    const value =
      h.value === 'string' ? stringHeaderType(h, plan) : h.value === 'number' ? raw('number') : raw('boolean');
    const type = h.array ? code`${value}[]` : value;
    return code`${jsDoc(textDocLines(h.description))}${key(h.name)}${when(!h.required, raw('?'))}: ${type};`;
  });
  return code`{\n${join(members, '\n')}\n}`;
}

/** A string header is typed by its schema when that is a string enum (open in the read view), else `string`. */
function stringHeaderType(h: ResponseHeader, plan: Plan): Code {
  const s = h.schema;
  const isEnum = s.kind === 'keywords' && s.enum !== undefined && s.enum.every((v) => typeof v === 'string');
  return isEnum ? code`(${schemaType(s, { plan, view: 'read' })})` : raw('string');
}

function requestType(op: OperationNode, plan: Plan): Code {
  const ctx = { plan, view: 'write' as const };
  const members: Code[] = [];
  const docsOf = (p: ParameterNode) => {
    const docs = [...textDocLines(p.description), ...schemaDocLines(p.schema).filter((l) => l !== p.description)];
    if (p.deprecated) docs.push(docTag('deprecated'));
    return jsDoc(docs);
  };
  for (const { location, part } of PARTS) {
    // OpenAPI 3.2's `querystring` parameter is the whole query: its schema types `query` itself.
    const whole = location === 'query' ? op.parameters.find((p) => p.in === 'querystring') : undefined;
    if (whole)
      members.push(code`${docsOf(whole)}query${when(!whole.required, raw('?'))}: ${schemaType(whole.schema, ctx)};`);
    const params = op.parameters.filter((p) => p.in === location);
    if (params.length === 0) continue;
    const fields = params.map(
      (p) => code`${docsOf(p)}${key(p.name)}${when(!p.required, raw('?'))}: ${schemaType(p.schema, ctx)};`,
    );
    const required = params.some((p) => p.required);
    members.push(code`${key(part)}${when(!required, raw('?'))}: {\n${join(fields, '\n')}\n};`);
  }
  const alternatives: Code[] = [];
  if (op.requestBody) {
    const bodyDocs = jsDoc(textDocLines(op.requestBody.description));
    const optional = when(!op.requestBody.required, raw('?'));
    const body = (type: Code) => code`${bodyDocs}body${optional}: ${type};`;
    const choices = requestMediaChoices(op.requestBody.content);
    if (choices.length === 0) members.push(body(raw('unknown')));
    else if (choices.length === 1) members.push(body(requestBodyType(choices[0]!, plan)));
    else {
      // A body the spec accepts in several media types: `contentType` picks one and types `body`
      // (left out: the preferred one). Media types whose bodies have one type share an alternative.
      const byType = new Map<string, { type: Code; media: string[] }>();
      for (const media of choices) {
        const type = requestBodyType(media, plan);
        const group = byType.get(type.text) ?? byType.set(type.text, { type, media: [] }).get(type.text)!;
        group.media.push(media.mediaType);
      }
      [...byType.values()].forEach(({ type, media }, i) => {
        const mediaDoc = code`/** The body's media type${when(i === 0, raw(' (this one when left out)'))}. */`;
        const mediaTypes = join(
          media.map((m) => lit(m)),
          ' | ',
        );
        alternatives.push(
          code`{\n${mediaDoc}\ncontentType${when(i === 0, raw('?'))}: ${mediaTypes};\n${body(type)}\n}`,
        );
      });
    }
  }
  const object = members.length ? code`{\n${join(members, '\n')}\n}` : undefined;
  if (alternatives.length === 0) return object ?? raw('Record<string, never>');
  const union = code`(${join(alternatives, ' | ')})`;
  return object ? code`${object} & ${union}` : union;
}

/** A request body's type in one media type: the values of JSON lines, bytes for an upload, else as `bodyType` says. */
function requestBodyType(media: MediaTypeNode, plan: Plan): Code {
  if (isJsonLines(media.mediaType)) {
    // The values, one per line: the schema is the array (3.0/3.1) or each line (3.2's itemSchema).
    const s = media.schema;
    return !s
      ? raw('unknown[]')
      : isOnlyType(s, 'array')
        ? schemaType(s, { plan, view: 'write' })
        : code`Array<${schemaType(s, { plan, view: 'write' })}>`;
  }
  return uploadsBytes(media) ? UPLOAD : bodyType(media, plan, 'write');
}

/**
 * A binary request body (a file upload) takes what `fetch` sends as bytes: a `Blob`, a buffer (a
 * Node `Buffer` is a `Uint8Array`), or a stream, which is sent as it is read (and so never retried).
 */
const UPLOAD = raw('Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>');

/** Whether a request body is raw bytes: a binary media type whose schema, if any, is a string. */
function uploadsBytes(media: MediaTypeNode): boolean {
  if (bodyKindOf(media.mediaType) !== 'binary') return false;
  const s = media.schema;
  return s === undefined || (s.kind === 'boolean' && s.value) || isOnlyType(s, 'string');
}

/**
 * The type of a body in one media type. Text (XML, YAML, plain) is a string whatever its schema
 * says: the client reads and writes it as text, it does not parse or serialise XML or YAML.
 */
export function bodyType(media: MediaTypeNode, plan: Plan, view: 'read' | 'write'): Code {
  const kind = bodyKindOf(media.mediaType);
  const s = media.schema;
  // An event stream's schema types each event's data, which the client parses.
  if (kind === 'text' && s && !isOnlyType(s, 'string') && !isEventStream(media.mediaType)) return raw('string');
  if (s) return schemaType(s, { plan, view });
  if (kind === 'text') return raw('string');
  if (kind === 'binary') return raw('Blob');
  return raw('unknown');
}

/**
 * A response body's type. A success response that streams server-sent events is read as it
 * arrives: an async iterable of events whose `data` has the schema's type (the client runtime's
 * `ServerSentEvent`, written out here so types.gen.ts stays self-contained); one that streams JSON
 * lines, an async iterable of values of the schema's type. An operation that offers both a body
 * and a stream gets the union.
 */
function responseBodyType(response: ResponseNode, plan: Plan): Code {
  const { body, events } = responseMedia(response);
  const types: Code[] = [];
  if (body) types.push(bodyType(body, plan, 'read'));
  const stream = eventData(events);
  if (events && stream === 'lines')
    types.push(
      code`AsyncIterable<${events.schema ? schemaType(events.schema, { plan, view: 'read' }) : raw('unknown')}>`,
    );
  // Events whose data depends on their name: the schema is the whole event's, a union on its name.
  else if (events && stream === 'named')
    types.push(
      code`AsyncIterable<(${schemaType(events.schema!, { plan, view: 'read' })}) & { id?: string; retry?: number }>`,
    );
  else if (events)
    types.push(
      code`AsyncIterable<{ data: ${bodyType(events, plan, 'read')}; event?: string; id?: string; retry?: number }>`,
    );
  return types.length === 0
    ? raw('undefined')
    : types.length === 1
      ? types[0]!
      : join(
          types.map((t) => code`(${t})`),
          ' | ',
        );
}

/**
 * The responses whose body type is exactly one of the operation's `…Response` and `…Error` aliases:
 * every response of a kind (success or error), when they all have the same body. The client names
 * a result's body through the alias, where it would otherwise index the `Operations` map.
 */
export function bodyAliases(op: OperationNode, plan: Plan): Map<ResponseNode, 'response' | 'error'> {
  const out = new Map<ResponseNode, 'response' | 'error'>();
  for (const alias of ['response', 'error'] as const) {
    const kind = op.responses.filter((r) => isSuccessStatus(r.status) === (alias === 'response'));
    const bodies = new Set(kind.map((r) => responseBodyType(r, plan).text));
    if (bodies.size === 1) for (const r of kind) out.set(r, alias);
  }
  return out;
}

function unionOfBodies(responses: readonly ResponseNode[], plan: Plan, none: Code): Code {
  if (responses.length === 0) return none;
  const types = responses.map((r) => responseBodyType(r, plan));
  const unique = [...new Map(types.map((t) => [t.text, t])).values()];
  return join(
    unique.map((t) => code`(${t})`),
    ' | ',
  );
}
