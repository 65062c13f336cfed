/** templates/runtime/msw/events.ts: events written as a stream carries them. */
import { describe, expect, it } from 'vitest';
import { eventText } from '../../../templates/runtime/msw/events.js';

describe('eventText', () => {
  it('writes an event as a stream carries it: data lines, a named event, a JSON line', () => {
    expect(eventText({ mediaType: 'text/event-stream', kind: 'text' }, 'two\nlines')).toBe(
      'data: two\ndata: lines\n\n',
    );
    expect(eventText({ mediaType: 'text/event-stream', kind: 'json' }, { a: 1 })).toBe('data: {"a":1}\n\n');
    const named = { mediaType: 'text/event-stream', kind: 'named' as const, jsonEvents: ['tick'] };
    expect(eventText(named, { event: 'tick', data: 'x' })).toBe('event: tick\ndata: "x"\n\n');
    expect(eventText(named, { event: 'note', data: 'x' })).toBe('event: note\ndata: x\n\n');
    // A name is one line: a line break in it would end the field.
    expect(eventText(named, { event: 'a\nb', data: 'x' })).toBe('event: a b\ndata: x\n\n');
    expect(eventText({ mediaType: 'application/jsonl', kind: 'lines' }, [1, 'a'])).toBe('[1,"a"]\n');
  });
});
