/** generator/ir/media-types.ts: how bodies are read by media type, which one is preferred, event streams. */
import { describe, expect, it } from 'vitest';
import type { OperationNode } from '../../generator/ir/ir.js';
import {
  bodyKindOf,
  isEventStream,
  isJsonLines,
  isSuccessStatus,
  preferredMediaType,
  requestMediaChoices,
  streamedMedia,
} from '../../generator/ir/media-types.js';

const media = (mediaType: string) => ({ mediaType, examples: [], encoding: [] });

describe('media types', () => {
  it('reads each kind of body by its media type, parameters and case aside', () => {
    expect(bodyKindOf('application/json; charset=utf-8')).toBe('json');
    expect(bodyKindOf('application/vnd.api+json')).toBe('json');
    expect(bodyKindOf('*/*')).toBe('json');
    expect(bodyKindOf('application/x-www-form-urlencoded')).toBe('form');
    expect(bodyKindOf('multipart/form-data')).toBe('multipart');
    expect(bodyKindOf('text/csv')).toBe('text');
    expect(bodyKindOf('application/xml')).toBe('text');
    expect(bodyKindOf('application/pdf')).toBe('binary');
  });

  it('prefers JSON, then forms, then text, then binary; a request lists its choices with the preferred first', () => {
    const content = [media('application/pdf'), media('text/plain'), media('application/json')];
    expect(preferredMediaType(content)?.mediaType).toBe('application/json');
    expect(requestMediaChoices(content)[0]?.mediaType).toBe('application/json');
  });

  it('knows event streams and JSON lines, and which statuses succeed', () => {
    expect(isEventStream('text/event-stream')).toBe(true);
    expect(isJsonLines('application/x-ndjson')).toBe(true);
    expect(isJsonLines('application/json')).toBe(false);
    expect(['200', '204', '2XX'].every(isSuccessStatus)).toBe(true);
    expect(['default', '404', '3XX'].some(isSuccessStatus)).toBe(false);
  });

  it("finds what an operation streams: the first success's event stream or JSON lines, never an error's", () => {
    const response = (status: string, ...types: string[]) => ({ status, headers: [], content: types.map(media) });
    const op = (...responses: ReturnType<typeof response>[]) => ({ responses }) as unknown as OperationNode;
    expect(streamedMedia(op(response('200', 'application/json')))).toBeUndefined();
    expect(streamedMedia(op(response('400', 'text/event-stream')))).toBeUndefined();
    const both = op(response('200', 'application/json', 'text/event-stream'), response('201', 'application/x-ndjson'));
    expect(streamedMedia(both)?.mediaType).toBe('text/event-stream');
  });
});
