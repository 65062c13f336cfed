/**
 * Streamed responses: server-sent events (with reconnection) and JSON lines, checked and
 * transformed as they arrive.
 */
import { type ServerSentEvent, SpecforgeRequestError } from './results.js';
import { sleep } from './transport.js';

/** What a success response streams, by its content type: server-sent events, JSON lines, or nothing. */
export function streamOf(response: Response): 'events' | 'lines' | undefined {
  if (response.status < 200 || response.status >= 300) return undefined;
  const type = (response.headers.get('content-type') ?? '').toLowerCase().split(';')[0]!.trim();
  return type === 'text/event-stream' ? 'events' : JSON_LINES.has(type) ? 'lines' : undefined;
}

export const JSON_LINES: ReadonlySet<string> = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonl',
  'application/jsonlines',
  'application/x-jsonlines',
  'application/json-seq',
]);

/** How the events of one call are read: their data's kind, size limit, check, and errors. */
export interface EventReading {
  /** `named`: the data of the events `jsonEvents` names is JSON, the others' text; `check` sees the whole event. */
  readonly kind: 'json' | 'text' | 'named';
  readonly jsonEvents?: ReadonlySet<string>;
  readonly maxBytes: number;
  /** Validates and transforms one event's data (with `named`, the whole event: `{ event, data }`). */
  readonly check: (data: unknown) => unknown;
  /** A bad event (not JSON, too large). */
  readonly fail: (why: string) => Error;
  /** The connection broke while reading (kind `network`, or `aborted` by the caller). */
  readonly broken: (cause: unknown) => SpecforgeRequestError;
}

/** The longest wait `setTimeout` honours (2^31 - 1 ms); longer ones fire at once, with a warning. */
const MAX_TIMER_MS = 2_147_483_647;

/** What outlives one connection of an event stream: the last event ID and the server's retry time. */
export interface StreamState {
  lastEventId: string | undefined;
  retry: number | undefined;
}

/** Opens an event stream again: the new stream, or undefined when the server says it is over. */
export interface Reconnection {
  readonly retryMs: number;
  readonly maxReconnects: number;
  readonly signal: AbortSignal | undefined;
  open(lastEventId: string | undefined): Promise<Response | undefined>;
}

/**
 * The events of a stream; with `reconnect`, across connections (EventSource's model): when one
 * ends or breaks, wait (the server's `retry:`, else `retryMs`) and open it again with the last event
 * ID. A bad event, an abort or an error status is not retried; `maxReconnects` reconnections in a
 * row without an event end it (with the last failure, if there was one).
 */
export async function* eventStream(
  response: Response,
  reading: EventReading,
  reconnect: Reconnection | undefined,
): AsyncGenerator<ServerSentEvent<unknown>> {
  const state: StreamState = { lastEventId: undefined, retry: undefined };
  let failures = 0;
  let current: Response | undefined = response;
  while (current) {
    let lastFailure: SpecforgeRequestError | undefined;
    try {
      for await (const event of readEvents(current, reading, state)) {
        failures = 0;
        yield event;
      }
    } catch (error) {
      if (!reconnect || !(error instanceof SpecforgeRequestError && error.kind === 'network')) throw error;
      lastFailure = error;
    }
    if (!reconnect) return;
    current = undefined;
    while (!current) {
      if (++failures > reconnect.maxReconnects) {
        if (lastFailure) throw lastFailure;
        return;
      }
      await sleep(state.retry ?? reconnect.retryMs, reconnect.signal).catch((cause: unknown) => {
        throw reading.broken(cause);
      });
      try {
        current = await reconnect.open(state.lastEventId);
        if (!current) return;
      } catch (error) {
        if (!(error instanceof SpecforgeRequestError && error.kind === 'network')) throw error;
        lastFailure = error;
      }
    }
  }
}

/**
 * The events of a `text/event-stream` body as they arrive (the WHATWG server-sent events parsing
 * rules: `data:` lines joined by newlines, `event:`, `id:`, `retry:`, `:` comments, CR/LF/CRLF line
 * ends, a leading BOM; an unterminated last event is dropped). Each event's text is limited to
 * `maxBytes` characters. Leaving the loop early cancels the body. The last event ID and the retry
 * time are kept in `state`, which outlives the connection.
 */
export async function* readEvents(
  response: Response,
  reading: EventReading,
  state: StreamState,
): AsyncGenerator<ServerSentEvent<unknown>> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pending = new PendingEvent(state.lastEventId);
  try {
    for await (const line of eventLines(reader, reading, () => pending.size)) {
      if (line === '') {
        state.lastEventId = pending.id; // set at every dispatch, even of an event without data
        const out = pending.data.length ? decodeEvent(pending, reading) : undefined;
        pending.reset();
        if (out) yield out;
      } else if (line.charCodeAt(0) !== 58) pending.field(line, state); // `:` starts a comment (keep-alive)
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The lines of an event stream as they arrive (CR, LF or CRLF; a leading BOM dropped; at the end a
 * final CR still ends its line, and an unterminated line is dropped). Only what arrived since the
 * last pass is scanned (a CR left at the end is looked at again), so a long event split over many
 * chunks costs linear time. An event (`pendingSize`, and the line being received) larger than
 * `maxBytes` is an error.
 */
async function* eventLines(
  reader: ReadableStreamDefaultReader<string>,
  { maxBytes, fail, broken }: EventReading,
  pendingSize: () => number,
): AsyncGenerator<string> {
  let buffer = '';
  let started = false;
  for (;;) {
    const { value, done } = await reader.read().catch((cause: unknown) => {
      throw broken(cause);
    });
    let i = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    if (done) {
      if (i === buffer.length) return;
      buffer += '\n';
    } else buffer += value;
    if (!started && buffer.length) {
      started = true;
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
    }
    let start = 0;
    for (; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && i + 1 === buffer.length) break; // a CR at the chunk's end may be half of a CRLF
      const line = buffer.slice(start, i);
      if (c === 13 && buffer.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      yield line;
    }
    buffer = buffer.slice(start);
    if (pendingSize() + buffer.length > maxBytes)
      throw fail(`an event is larger than ${maxBytes} bytes (maxResponseBytes)`);
    if (done) return;
  }
}

/** The fields of the event being received; the last event ID outlives each event. */
class PendingEvent {
  data: string[] = [];
  size = 0;
  event: string | undefined;
  retry: number | undefined;
  id: string | undefined;
  constructor(lastEventId: string | undefined) {
    this.id = lastEventId;
  }

  /** A `field: value` line (a line without a colon is a field with an empty value). */
  field(line: string, state: StreamState): void {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      this.data.push(value);
      this.size += value.length + 1;
    } else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    // Clamped to what a timer can wait (about 24.8 days): a larger value would fire at once.
    else if (field === 'retry' && /^[0-9]+$/.test(value))
      state.retry = this.retry = Math.min(Number(value), MAX_TIMER_MS);
  }

  /** After a dispatch: a new event starts; its ID is the last one seen. */
  reset(): void {
    this.data = [];
    this.size = 0;
    this.event = undefined;
    this.retry = undefined;
  }
}

/** A dispatched event: its data joined by newlines, parsed as JSON where the operation says so, checked. */
function decodeEvent(
  pending: PendingEvent,
  { kind, jsonEvents, check, fail }: EventReading,
): { data: unknown; event?: string; id?: string; retry?: number } {
  const text = pending.data.join('\n');
  // An event without a name is a `message`, as EventSource names it.
  const name = pending.event ?? 'message';
  let parsed: unknown = text;
  if (kind === 'json' || (kind === 'named' && jsonEvents?.has(name))) {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw fail(
        `${kind === 'named' ? `the data of a ${JSON.stringify(name)} event` : 'event data'} is not valid JSON`,
      );
    }
  }
  const out: { data: unknown; event?: string; id?: string; retry?: number } =
    kind === 'named'
      ? { data: (check({ event: name, data: parsed }) as { data: unknown }).data, event: name }
      : { data: check(parsed) };
  if (kind !== 'named' && pending.event !== undefined) out.event = pending.event;
  if (pending.id !== undefined) out.id = pending.id;
  if (pending.retry !== undefined) out.retry = pending.retry;
  return out;
}

/**
 * The values of a JSON lines body as they arrive: one JSON value per line (LF or CRLF; blank lines
 * skipped; a last line without its newline still counts), and RFC 7464's record separator before a
 * value is dropped. A line is limited to `maxBytes` characters. Leaving the loop early cancels the body.
 */
export async function* readLines(
  response: Response,
  { maxBytes, check, fail, broken }: EventReading,
): AsyncGenerator<unknown> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read().catch((cause: unknown) => {
        throw broken(cause);
      });
      // What is kept from the last pass holds no newline: only what arrived since is scanned, so a
      // long line split over many chunks costs linear time.
      const scanned = buffer.length;
      if (!done) buffer += value;
      let start = 0;
      for (
        let end = buffer.indexOf('\n', scanned);
        end >= 0 || (done && start < buffer.length);
        end = buffer.indexOf('\n', start)
      ) {
        const stop = end >= 0 ? end : buffer.length;
        let line = buffer.slice(start, stop).trim();
        start = stop + 1;
        if (line.charCodeAt(0) === 0x1e) line = line.slice(1).trim();
        if (line === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw fail('a line of the stream is not valid JSON');
        }
        yield check(parsed);
      }
      buffer = buffer.slice(start);
      if (buffer.length > maxBytes) throw fail(`a line is larger than ${maxBytes} bytes (maxResponseBytes)`);
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
