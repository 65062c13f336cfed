/**
 * The data of a generated client: servers and security schemes (`ApiBase` of the runtime), and each
 * operation's entry (`OperationEntry`). All spec text reaches them through `lit()`.
 */
import { code, ident, join, lit, type Code, type Literal } from '../../generator/safe/code.js';
import type { ApiModel, MediaTypeNode, OperationNode, SecuritySchemeNode, ServerNode } from '../../generator/ir/ir.js';
import { wireMethod } from '../../generator/ir/ir.js';
import {
  bodyKindOf,
  eventData,
  isJsonLines,
  isMediaRange,
  isSuccessStatus,
  requestMediaChoices,
  streamedMedia,
} from '../../generator/ir/media-types.js';
import type { PaginationNode } from '../../generator/analyse/pagination.js';
import type { HeadersByStatus, ResponseHeader } from '../../generator/analyse/response-headers.js';
import type { Plan } from '../../generator/plan/plan.js';
import { ownServers } from '../../generator/ir/servers.js';
import type { DateTransforms } from '../dates/dates-file.js';

/**
 * What the client reads of the analysis (generator/analyse/), by operation: how each operation
 * pages, and the response headers it declares; and, with `dates: 'Date'`, the shared date transforms.
 */
export interface ClientAnalysis {
  readonly pagination: ReadonlyMap<OperationNode, PaginationNode>;
  readonly headers: ReadonlyMap<OperationNode, HeadersByStatus>;
  /** With `dates: 'Date'`: the transform tables the client imports. */
  readonly dates?: DateTransforms;
}

/** The `$api` object literal: what every operation shares. */
export function apiBaseLiteral(model: ApiModel): Code {
  // No prototype: a scheme named `__proto__` is a key like any other (assigned to `{}`, it would set
  // the prototype and vanish from the literal).
  const schemes: Record<string, Literal> = Object.create(null);
  for (const s of model.securitySchemes) schemes[s.name] = securitySchemeSpec(s);
  return lit({ servers: model.servers.map(serverSpec), securitySchemes: schemes });
}

/** The runtime's reader of streamed responses, which the entries of streaming operations name. */
export const STREAMED = ident('streamedResult');

/** Whether an operation's responses stream (an event stream, JSON lines): its entry names `STREAMED`. */
export function streams(op: OperationNode): boolean {
  return streamedMedia(op) !== undefined;
}

/**
 * An operation's runtime entry (`OperationEntry`): its client method, its data, and the constants
 * of its validators and date transforms, which the other modules export.
 */
export function operationEntry(
  op: OperationNode,
  model: ApiModel,
  plan: Plan,
  analysis: ClientAnalysis,
  validated: boolean,
): Code {
  const names = plan.operation(op);
  const spec = lit(operationSpec(op, model, plan, analysis.pagination.get(op), analysis.headers.get(op)));
  const dates = analysis.dates?.operations.get(op);
  const parts = [
    code`name: ${lit(names.method)},`,
    code`spec: ${spec},`,
    ...(validated ? [code`validators: ${names.internal.validators},`] : []),
    ...(dates?.body ? [code`transforms: ${names.internal.dates},`] : []),
    ...(dates?.events ? [code`eventTransforms: ${names.internal.eventDates},`] : []),
    ...(streams(op) ? [code`streamed: ${STREAMED},`] : []),
  ];
  return code`{\n${join(parts, '\n')}\n}`;
}

function operationSpec(
  op: OperationNode,
  model: ApiModel,
  plan: Plan,
  pagination: PaginationNode | undefined,
  headers: HeadersByStatus | undefined,
): Literal {
  const spec: Record<string, Literal> = {
    id: op.operationId ?? plan.operation(op).method,
    method: wireMethod(op.method),
    path: op.path,
    // `required` only where it says something: a path parameter always is.
    params: op.parameters
      .filter((p) => p.in !== 'querystring')
      .map((p) => ({
        name: p.name,
        in: p.in,
        ...(p.required && p.in !== 'path' ? { required: true } : {}),
        ...serialStyle(p, p.mediaType),
      })),
    security: op.security.map((alternative) => alternative.map((s) => s.scheme)),
  };
  // OpenAPI 3.2: the whole query string, a form (every key of `query`, as form fields) or text.
  const whole = op.parameters.find((p) => p.in === 'querystring');
  if (whole)
    spec['querystring'] = whole.mediaType === undefined || bodyKindOf(whole.mediaType) === 'form' ? 'form' : 'text';
  const [media, ...others] = op.requestBody ? requestMediaChoices(op.requestBody.content) : [];
  if (media) spec['body'] = bodySpec(media);
  if (others.length) spec['bodies'] = others.map(bodySpec);
  const stream = streamedMedia(op);
  const events = eventData(stream);
  if (events) spec['events'] = events;
  const accept = events ? undefined : acceptHeader(op);
  if (accept) spec['accept'] = accept;
  if (stream?.jsonEvents?.length) spec['jsonEvents'] = [...stream.jsonEvents];
  if (pagination) spec['pagination'] = { ...pagination };
  if (headers)
    spec['responseHeaders'] = Object.fromEntries([...headers].map(([status, list]) => [status, list.map(headerSpec)]));
  const servers = ownServers(op, model);
  if (servers) spec['servers'] = servers.map(serverSpec);
  return spec;
}

/**
 * The `Accept` an operation sends when its successes declare media types other than plain JSON (a
 * CSV export, a PDF, a file, JSON:API's `application/vnd.api+json`): those, in the spec's order, then
 * anything at a lower weight. The runtime's default asks for JSON first, and a server that can give
 * an export as JSON too then did.
 */
function acceptHeader(op: OperationNode): string | undefined {
  const declared = new Map<string, string>();
  for (const r of op.responses)
    if (isSuccessStatus(r.status))
      for (const m of r.content) if (isMediaRange(m.mediaType)) declared.set(m.mediaType.toLowerCase(), m.mediaType);
  // Plain JSON and ranges (Spring's `*/*`) are what the default asks for already.
  const types = [...declared.values()].filter((t) => !t.includes('*'));
  if (types.every((t) => t.toLowerCase() === 'application/json')) return undefined;
  return `${types.join(', ')}, */*;q=0.8`;
}

/**
 * How the body is written. A form body's `encoding` says how each named property goes (Stripe's
 * 779 `deepObject` entries); of a multipart body's, the runtime uses a JSON `contentType` only.
 */
function bodySpec(media: MediaTypeNode): Literal {
  // JSON lines (NDJSON: Elasticsearch's bulk API) are written one JSON value per line.
  const kind = isJsonLines(media.mediaType) ? 'lines' : bodyKindOf(media.mediaType);
  const spec: Record<string, Literal> = { mediaType: media.mediaType, kind };
  if ((kind === 'form' || kind === 'multipart') && media.encoding.length > 0) {
    spec['encoding'] = Object.fromEntries(media.encoding.map((e) => [e.property, serialStyle(e, e.contentType)]));
  }
  return spec;
}

/** The runtime's `SerialStyle`: a parameter's or an encoding entry's style, JSON when its media type is. */
function serialStyle(
  s: { style: string; explode: boolean; allowReserved: boolean },
  mediaType: string | undefined,
): Record<string, Literal> {
  return {
    style: s.style,
    explode: s.explode,
    ...(s.allowReserved ? { allowReserved: true } : {}),
    ...(mediaType && bodyKindOf(mediaType) === 'json' ? { json: true } : {}),
  };
}

/** The runtime's `HeaderSpec`: the name, the conversion when the value is not a string, and whether it is required. */
function headerSpec(h: ResponseHeader): Literal {
  return {
    name: h.name,
    ...(h.value !== 'string' ? { type: h.value } : {}),
    ...(h.array ? { array: true } : {}),
    ...(h.required ? { required: true } : {}),
  };
}

function serverSpec(s: ServerNode): Literal {
  return { url: s.url, variables: Object.fromEntries(s.variables.map((v) => [v.name, v.default])) };
}

/**
 * How the runtime applies a scheme. OAuth 2 and OpenID Connect access tokens travel as bearer
 * tokens (RFC 6750), which is how every API that declares them takes them; mutualTLS is a client
 * certificate, set up in the `fetch` the caller passes (`other`).
 */
function securitySchemeSpec(s: SecuritySchemeNode): Literal {
  if (s.type === 'apiKey' && s.in && s.parameterName !== undefined)
    return { type: 'apiKey', in: s.in, name: s.parameterName };
  if (s.type === 'http') return { type: 'http', scheme: s.scheme ?? 'bearer' };
  if (s.type === 'oauth2' || s.type === 'openIdConnect') return { type: 'http', scheme: 'bearer' };
  return { type: 'other' };
}
