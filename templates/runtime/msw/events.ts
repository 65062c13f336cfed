/** Streamed answers: a few events, written as an event stream or JSON lines carries them. */
import { HttpResponse } from 'msw';
import type { FakeSchema, FakeSchemas, MockAnswer, MockEvents } from './answers.js';
import { fakeFailure, validFake } from './faker.js';

/** How many events a stream carries: enough to be read as a stream, few enough to read. */
const EVENTS_PER_STREAM = 3;
const ANY_TEXT: FakeSchema = { types: ['string'] };

/** A stream of a few events, each made up (else taken from the spec's examples) and checked as a client reads it. */
export function eventsResponse(
  operation: string,
  status: number,
  events: MockEvents,
  schemas: FakeSchemas,
  seed: number,
): Response {
  const check = events.check;
  const asAnswer: MockAnswer = {
    status,
    schema: events.schema ?? ANY_TEXT,
    ...(events.examples ? { examples: events.examples } : {}),
    check: check && ((value, mode) => check(eventAsRead(events, value), mode)),
  };
  let text = '';
  for (let i = 0; i < EVENTS_PER_STREAM; i++) {
    const fake = validFake(asAnswer, schemas, seed + i * 104_729);
    if (!fake) {
      return HttpResponse.json(
        {
          message:
            `specforge msw: no fake event of ${operation} passes its validator ` +
            `(${fakeFailure(asAnswer, schemas, seed + i * 104_729)}); pass a resolver`,
        },
        { status: 501 },
      );
    }
    text += eventText(events, fake.value);
  }
  return new HttpResponse(text, { status, headers: { 'content-type': events.mediaType } });
}

/** An event as the stream carries it: `data:` lines and a blank line, or one line of JSON lines. */
export function eventText(events: MockEvents, value: unknown): string {
  if (events.kind === 'lines') return `${JSON.stringify(value ?? null)}\n`;
  if (events.kind !== 'named')
    return `${dataLines(events.kind === 'text' ? String(value) : JSON.stringify(value ?? null))}\n`;
  const { name, data } = namedEvent(events, value);
  return `event: ${name}\n${dataLines(data)}\n`;
}

/** What the client reads of an event: its data, or with `named` the event and its data as `jsonEvents` say. */
function eventAsRead(events: MockEvents, value: unknown): unknown {
  if (events.kind !== 'named') return value;
  const { name, data } = namedEvent(events, value);
  return { event: name, data: events.jsonEvents?.includes(name) ? JSON.parse(data) : data };
}

/** A named event's name (one line) and its data's text: JSON where `jsonEvents` say, else text. */
function namedEvent(events: MockEvents, value: unknown): { name: string; data: string } {
  const { event, data } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const name = typeof event === 'string' ? event.replace(/[\r\n]/g, ' ') : 'message';
  const json = events.jsonEvents?.includes(name) || typeof data !== 'string';
  return { name, data: json ? JSON.stringify(data ?? null) : (data as string) };
}

function dataLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
}
