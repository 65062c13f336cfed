/** Media-type classification shared by the type, client and validator emitters. */
import type { MediaTypeNode } from './ir.js';

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

/** Whether a response status is a success (2xx, `2XX`). */
export function isSuccessStatus(status: string): boolean {
  return status.startsWith('2');
}
