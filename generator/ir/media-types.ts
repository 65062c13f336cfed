/** Media-type classification shared by the type, client and validator emitters. */
import {
  TOKEN_CHAR,
  type JsonType,
  type MediaTypeNode,
  type OperationNode,
  type ResponseNode,
  type SchemaNode,
} from './ir.js';

export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary';

/** How a media type's body is read or written. */
export function bodyKindOf(mediaType: string): BodyKind {
  const m = mediaType.toLowerCase().split(';')[0]!.trim();
  if (m === 'application/json' || m.endsWith('+json') || m === '*/*' || m === 'application/*' || m.endsWith('/json'))
    return 'json';
  if (m === 'application/x-www-form-urlencoded') return 'form';
  if (m.startsWith('multipart/')) return 'multipart';
  if (
    m.startsWith('text/') ||
    m === 'application/xml' ||
    m.endsWith('+xml') ||
    m === 'application/yaml' ||
    m === 'application/x-yaml' ||
    m.endsWith('+yaml')
  )
    return 'text';
  return 'binary';
}

/** The media type an emitter uses for a body: JSON first, then form, multipart, text, anything. */
export function preferredMediaType(content: readonly MediaTypeNode[]): MediaTypeNode | undefined {
  const rank: Record<BodyKind, number> = { json: 0, form: 1, multipart: 2, text: 3, binary: 4 };
  let best: MediaTypeNode | undefined;
  for (const m of content) {
    if (!best || rank[bodyKindOf(m.mediaType)] < rank[bodyKindOf(best.mediaType)]) best = m;
  }
  return best;
}

/**
 * The media types a caller may send a request body as: the preferred one first (what is sent
 * when the call names none), then the others in spec order. A wildcard (`application/*+json`) is
 * a range, not a Content-Type one can send, and is left out unless it is all there is.
 */
export function requestMediaChoices(content: readonly MediaTypeNode[]): MediaTypeNode[] {
  const preferred = preferredMediaType(content);
  if (!preferred) return [];
  const seen = new Set([preferred.mediaType.toLowerCase()]);
  const others = content.filter((m) => {
    const name = m.mediaType.toLowerCase();
    if (seen.has(name) || name.includes('*')) return false;
    seen.add(name);
    return true;
  });
  return [preferred, ...others];
}

/**
 * Whether spec text is a media range a header can carry as it is (`Accept`): RFC 9110 tokens, and
 * parameters without a comma, which would split a list. A line break or a stray comma is not.
 */
export function isMediaRange(text: string): boolean {
  return MEDIA_RANGE.test(text);
}

const MEDIA_RANGE = new RegExp(`^${TOKEN_CHAR}+/${TOKEN_CHAR}+(?:\\s*;[\\x20-\\x2b\\x2d-\\x7e]*)?$`);

/** Whether a media type is a server-sent event stream (`text/event-stream`). */
export function isEventStream(mediaType: string): boolean {
  return mediaType.toLowerCase().split(';')[0]!.trim() === 'text/event-stream';
}

/**
 * Whether a media type is a sequence of JSON values, one per line: NDJSON / JSON Lines (Ollama,
 * Elasticsearch, Docker), or RFC 7464 JSON text sequences.
 */
export function isJsonLines(mediaType: string): boolean {
  return JSON_LINES.has(mediaType.toLowerCase().split(';')[0]!.trim());
}
const JSON_LINES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonl',
  'application/jsonlines',
  'application/x-jsonlines',
  'application/json-seq',
]);

/**
 * How a success response that streams is read: for server-sent events, `json` parses each event's
 * data (the schema describes one event's data) and `text` keeps it a string (no schema, or a string
 * schema); `lines` parses each line of JSON lines (the schema describes one line's value); `named`
 * parses the data of the events `jsonEvents` names (the schema describes the whole event).
 * Undefined when the response does not stream.
 */
export function eventData(media: MediaTypeNode | undefined): 'json' | 'text' | 'lines' | 'named' | undefined {
  if (media && isJsonLines(media.mediaType)) return 'lines';
  if (!media || !isEventStream(media.mediaType)) return undefined;
  if (media.jsonEvents) return 'named';
  const s = media.schema;
  return s && !isOnlyType(s, 'string') && s.kind !== 'boolean' ? 'json' : 'text';
}

/**
 * What a response carries: `body`, the media read whole (JSON first, like request bodies), and for
 * success statuses `events`, a `text/event-stream` (or else JSON lines) alternative read value by
 * value as it arrives. An operation may offer both (OpenAI's chat completions: JSON, or a stream
 * when the request asks for one).
 */
export function responseMedia(response: ResponseNode): ResponseMedia {
  const events = isSuccessStatus(response.status)
    ? (response.content.find((m) => isEventStream(m.mediaType)) ??
      response.content.find((m) => isJsonLines(m.mediaType)))
    : undefined;
  const body = preferredMediaType(events ? response.content.filter((m) => m !== events) : response.content);
  return { ...(body ? { body } : {}), ...(events ? { events } : {}) };
}

/**
 * The media an operation's responses stream as (an event stream, JSON lines): the first success
 * response's that streams. What the client reads value by value, and what docs and mocks describe.
 */
export function streamedMedia(op: OperationNode): MediaTypeNode | undefined {
  return op.responses.map((r) => responseMedia(r).events).find((m) => eventData(m) !== undefined);
}

export interface ResponseMedia {
  readonly body?: MediaTypeNode;
  readonly events?: MediaTypeNode;
}

/**
 * The schemas of a response whose values arrive as parsed JSON: a JSON body's, and the per-event
 * data of an event stream that carries JSON. What the validators and the date transforms work on.
 */
export function jsonResponseSchemas(response: ResponseNode): {
  readonly body?: SchemaNode;
  readonly events?: SchemaNode;
} {
  const { body, events } = responseMedia(response);
  const bodySchema = body && bodyKindOf(body.mediaType) === 'json' ? body.schema : undefined;
  const eventSchema = events && eventData(events) !== 'text' ? events.schema : undefined;
  return { ...(bodySchema ? { body: bodySchema } : {}), ...(eventSchema ? { events: eventSchema } : {}) };
}

/**
 * The schema of an operation's request body when it is JSON: what request validators, webhook payload checks and body
 * paging read.
 */
export function jsonRequestSchema(op: OperationNode): SchemaNode | undefined {
  const media = op.requestBody && preferredMediaType(op.requestBody.content);
  return media?.schema && bodyKindOf(media.mediaType) === 'json' ? media.schema : undefined;
}

/** Whether a response status is a success (2xx, `2XX`). */
export function isSuccessStatus(status: string): boolean {
  return status.startsWith('2');
}

/** Whether a schema allows exactly one JSON type, `type` (what decides how a body is read or written). */
export function isOnlyType(schema: SchemaNode | undefined, type: JsonType): boolean {
  return schema?.kind === 'keywords' && schema.types?.length === 1 && schema.types[0] === type;
}
