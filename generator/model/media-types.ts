/** Media-type classification shared by the type, client and validator emitters. */
import type { MediaTypeNode, ResponseNode, SchemaNode } from './ir.js';

export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary';

/** How a media type's body is read or written. */
export function bodyKindOf(mediaType: string): BodyKind {
  const m = mediaType.toLowerCase().split(';')[0]!.trim();
  if (m === 'application/json' || m.endsWith('+json') || m === '*/*' || m === 'application/*' || m.endsWith('/json')) return 'json';
  if (m === 'application/x-www-form-urlencoded') return 'form';
  if (m.startsWith('multipart/')) return 'multipart';
  if (m.startsWith('text/') || m === 'application/xml' || m.endsWith('+xml')) return 'text';
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

/** Whether a media type is a server-sent event stream (`text/event-stream`). */
export function isEventStream(mediaType: string): boolean {
  return mediaType.toLowerCase().split(';')[0]!.trim() === 'text/event-stream';
}

/**
 * How a success response that streams server-sent events is read: `json` parses each event's data
 * (the schema describes one event's data), `text` keeps it a string (no schema, or a string
 * schema). Undefined when the response is not an event stream.
 */
export function eventData(media: MediaTypeNode | undefined): 'json' | 'text' | undefined {
  if (!media || !isEventStream(media.mediaType)) return undefined;
  const s = media.schema;
  const isString = s?.kind === 'keywords' && s.types?.length === 1 && s.types[0] === 'string';
  return s && !isString && s.kind !== 'boolean' ? 'json' : 'text';
}

/**
 * What a response carries: `body`, the media read whole (JSON first, like request bodies), and for
 * success statuses `events`, a `text/event-stream` alternative read event by event. An operation
 * may offer both (OpenAI's chat completions: JSON, or a stream when the request asks for one).
 */
export function responseMedia(response: ResponseNode): ResponseMedia {
  const events = isSuccessStatus(response.status) ? response.content.find((m) => isEventStream(m.mediaType)) : undefined;
  const body = preferredMediaType(events ? response.content.filter((m) => m !== events) : response.content);
  return { ...(body ? { body } : {}), ...(events ? { events } : {}) };
}

export interface ResponseMedia {
  readonly body?: MediaTypeNode;
  readonly events?: MediaTypeNode;
}

/**
 * The schemas of a response whose values arrive as parsed JSON: a JSON body's, and the per-event
 * data of an event stream that carries JSON. What the validators and the date transforms work on.
 */
export function jsonResponseSchemas(response: ResponseNode): { readonly body?: SchemaNode; readonly events?: SchemaNode } {
  const { body, events } = responseMedia(response);
  const bodySchema = body && bodyKindOf(body.mediaType) === 'json' ? body.schema : undefined;
  const eventSchema = events && eventData(events) === 'json' ? events.schema : undefined;
  return { ...(bodySchema ? { body: bodySchema } : {}), ...(eventSchema ? { events: eventSchema } : {}) };
}

/** Whether a response status is a success (2xx, `2XX`). */
export function isSuccessStatus(status: string): boolean {
  return status.startsWith('2');
}
