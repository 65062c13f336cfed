/**
 * Server-sent events (`text/event-stream` responses, as opencode's spec has): the generated client
 * hands back an async iterable that yields each event as it arrives, typed by the schema, against a
 * local server that writes the stream in awkward chunks.
 */
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { useInlineClient } from '../support/inline-client.js';
import { type Handler } from '../support/http-server.js';
import { typeCheckUsage } from '../support/tsc.js';

const event = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['started', 'progress'] },
    percent: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
  },
};
const spec = {
  openapi: '3.1.0',
  info: { title: 'sse', version: '1' },
  paths: {
    '/events': {
      get: {
        operationId: 'subscribe',
        responses: {
          '200': {
            description: 'stream',
            content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Event' } } },
          },
          '400': {
            description: 'bad',
            content: {
              'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } },
            },
          },
        },
      },
    },
    '/log': {
      get: {
        operationId: 'log',
        responses: {
          '200': { description: 'lines', content: { 'text/event-stream': { schema: { type: 'string' } } } },
        },
      },
    },
    // A body or a stream, as the request asks (OpenAI's chat completions).
    '/complete': {
      post: {
        operationId: 'complete',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { stream: { type: 'boolean' } } } } },
        },
        responses: {
          '200': {
            description: 'a completion, or chunks',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
              },
              'text/event-stream': {
                schema: {
                  type: 'object',
                  required: ['delta'],
                  properties: { delta: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: { schemas: { Event: event } },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

/** Writes `chunks` one by one with a pause between them, then ends unless `open`. */
function stream(
  chunks: string[],
  { open = false, status = 200, type = 'text/event-stream', pauseMs = 5 } = {},
): Handler {
  return async (_req, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
    for (const c of chunks) {
      res.write(c);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
    if (!open) res.end();
  };
}

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const e of iterable) out.push(e);
  return out;
}

/** Each event's data up to the error that ends the loop. */
async function dataUntilError(
  iterable: AsyncIterable<{ data: unknown }>,
): Promise<{ seen: unknown[]; error: unknown }> {
  const seen: unknown[] = [];
  try {
    for await (const e of iterable) seen.push(e.data);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

describe('server-sent events', () => {
  it('yields typed events as they arrive: split fields, CRLF/CR/LF, comments, multi-line data, BOM', async () => {
    const server = await serve(
      stream([
        '\uFEFF: keep-alive\n\n',
        'event: progress\r\nid: 1\r\ndata: {"type":"pro',
        'gress","percent":50}\r\n\r',
        '\ndata: {"type":\ndata: "started"}\n\n',
        'retry: 3000\rdata: {"type":"progress","percent":100}\r\r',
        'data: {"type":"started"}', // no blank line: dropped at the end of the stream
      ]),
    );
    const client = createClient({ baseUrl: server.url });
    const result = await client.subscribe();
    expect(result.status).toBe(200);
    expect(server.requests[0]!.headers['accept']).toMatch(/^text\/event-stream/);
    expect(await collect(result.data)).toEqual([
      { data: { type: 'progress', percent: 50 }, event: 'progress', id: '1' },
      { data: { type: 'started' }, id: '1' },
      { data: { type: 'progress', percent: 100 }, id: '1', retry: 3000 },
    ]);
  });

  it('ends an event at a CR that ends the stream, and joins a line sent in many small chunks', async () => {
    const long = 'x'.repeat(3000);
    const pieces = `data: ${long}\n\n`.match(/[\s\S]{1,100}/g)!;
    const server = await serve(stream([...pieces, 'data: last\r\r']));
    const result = await createClient({ baseUrl: server.url }).log();
    expect(await collect(result.data)).toEqual([{ data: long }, { data: 'last' }]);
  });

  it('treats hostile event text as data: `__proto__` stays an own key, an id with NUL is ignored', async () => {
    const server = await serve(
      stream([
        'id: 7\ndata: {"type":"started","__proto__":{"polluted":1}}\n\n',
        'id: a\u0000b\ndata: {"type":"progress"}\n\n',
      ]),
    );
    const events = (await collect((await createClient({ baseUrl: server.url }).subscribe()).data)) as Array<{
      data: object;
      id?: string;
    }>;
    expect(Object.prototype.hasOwnProperty.call(events[0]!.data, '__proto__')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(events.map((e) => e.id)).toEqual(['7', '7']); // the last event ID persists; one with NUL is not taken
  });

  it('keeps event data as text when the schema is a string', async () => {
    const server = await serve(stream(['data: 42\n\n', 'data: line one\ndata: line two\n\n']));
    const result = await createClient({ baseUrl: server.url }).log();
    expect(await collect(result.data)).toEqual([{ data: '42' }, { data: 'line one\nline two' }]);
  });

  it('stops the stream when the consumer leaves the loop (the body is cancelled)', async () => {
    let closed = false;
    const server = await serve(async (_req, res) => {
      res.on('close', () => (closed = true));
      await stream(['data: {"type":"started"}\n\n', 'data: {"type":"progress"}\n\n'], { open: true })(_req, res, 0);
    });
    const result = await createClient({ baseUrl: server.url }).subscribe();
    for await (const e of result.data) {
      expect(e.data.type).toBe('started');
      break;
    }
    await expect.poll(() => closed, { timeout: 2000 }).toBe(true);
  });

  it('applies timeoutMs to the response headers only, not to a long stream', async () => {
    const server = await serve(
      stream(
        [
          'data: {"type":"started"}\n\n',
          ...Array.from({ length: 10 }, () => ': tick\n\n'),
          'data: {"type":"progress"}\n\n',
        ],
        { pauseMs: 40 },
      ),
    );
    const result = await createClient({ baseUrl: server.url, timeoutMs: 200 }).subscribe();
    expect((await collect(result.data)).length).toBe(2); // ~450 ms of stream with a 200 ms limit
  });

  it('reads a non-stream answer (an error status) as usual', async () => {
    const server = await serve(async (_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"message":"no"}');
    });
    const result = await createClient({ baseUrl: server.url }).subscribe();
    expect(result).toMatchObject({ status: 400, error: { message: 'no' } });
  });

  it('validates each event when validate.response is on, and transforms dates per event', async () => {
    const server = await serve(
      stream([
        'data: {"type":"started","at":"2026-01-02T03:04:05Z"}\n\n',
        'data: {"type":"progress","percent":"half"}\n\n',
      ]),
    );
    const result = await createClient({ baseUrl: server.url, validate: { response: true } }).subscribe();
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const e of result.data) seen.push(e.data);
      })(),
    ).rejects.toThrow(/subscribe: event does not match the spec: .*percent/);
    expect(seen).toEqual([{ type: 'started', at: '2026-01-02T03:04:05Z' }]);

    // With onMismatch, the bad event is reported and delivered: the stream goes on.
    const reported: unknown[] = [];
    const watched = await createClient({
      baseUrl: server.url,
      validate: { response: true, onMismatch: (m: unknown) => reported.push(m) },
    }).subscribe();
    expect((await collect(watched.data)).map((e) => (e as { data: unknown }).data)).toEqual([
      { type: 'started', at: '2026-01-02T03:04:05Z' },
      { type: 'progress', percent: 'half' },
    ]);
    expect(reported).toMatchObject([
      { operation: 'subscribe', status: 200, part: 'event', issues: [{ path: ['percent'] }] },
    ]);

    const dated = await generateInline(spec, { dates: 'Date' });
    const client = (await dated.load())['createClient']({ baseUrl: server.url });
    const events = await collect((await client.subscribe()).data);
    expect((events[0] as { data: { at: unknown } }).data.at).toBeInstanceOf(Date);
  });

  it('refuses event data that is not the JSON its schema expects, and events over maxResponseBytes', async () => {
    const broken = await serve(stream(['data: {oops\n\n']));
    await expect(collect((await createClient({ baseUrl: broken.url }).subscribe()).data)).rejects.toThrow(
      /event data is not valid JSON/,
    );
    const large = await serve(stream([`data: "${'x'.repeat(5000)}`, `${'x'.repeat(5000)}"\n\n`]));
    await expect(
      collect((await createClient({ baseUrl: large.url, maxResponseBytes: 4096 }).subscribe()).data),
    ).rejects.toThrow(/larger than 4096 bytes/);
  });

  it('a body or a stream: returns what the server sends, each validated by its own schema', async () => {
    const server = await serve(async (req, res) => {
      if (JSON.parse(req.body).stream)
        await stream(['data: {"delta":"Hel","at":"2026-01-02T03:04:05Z"}\n\n', 'data: {"delta":"lo"}\n\n'])(
          req,
          res,
          0,
        );
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"text":"Hello"}');
      }
    });
    const client = createClient({ baseUrl: server.url, validate: { response: true } });
    const whole = await client.complete({ body: { stream: false } });
    expect(whole.data).toEqual({ text: 'Hello' });
    const streamed = await client.complete({ body: { stream: true } });
    expect(Symbol.asyncIterator in streamed.data).toBe(true);
    expect((await collect(streamed.data)).map((e) => (e as { data: { delta: string } }).data.delta)).toEqual([
      'Hel',
      'lo',
    ]);
    expect(server.requests[0]!.headers['accept']).toBe('text/event-stream, application/json;q=0.9, */*;q=0.8');

    const dated = (await (await generateInline(spec, { dates: 'Date' })).load())['createClient']({
      baseUrl: server.url,
    });
    const events = await collect((await dated.complete({ body: { stream: true } })).data);
    expect((events[0] as { data: { at: unknown } }).data.at).toBeInstanceOf(Date);
  });

  it('a broken connection ends the loop with a network error (no reconnecting by default)', async () => {
    const server = await serve(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"type":"started"}\n\ndata: {"type":');
      await new Promise((r) => setTimeout(r, 20));
      res.destroy();
    });
    const { seen, error } = await dataUntilError(
      (await createClient({ baseUrl: server.url, events: { retryMs: 1 } }).subscribe()).data,
    );
    expect(error).toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'network',
      message: 'subscribe: the event stream broke',
    });
    expect(seen).toEqual([{ type: 'started' }]);
    expect(server.requests).toHaveLength(1);
  });

  describe('reconnecting (events.reconnect)', () => {
    it('reopens an ended or broken stream with Last-Event-ID after the server’s retry time; 204 ends it', async () => {
      const server = await serve(async (req, res, i) => {
        if (i === 0)
          return stream([
            'retry: 20\nid: 1\ndata: {"type":"started"}\n\n',
            'id: 2\ndata: {"type":"progress","percent":10}\n\n',
          ])(req, res, i);
        if (i === 1) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.write('data: {"type":"progress","percent":20}\n\nid: 3\ndata: {"type":"prog');
          await new Promise((r) => setTimeout(r, 20));
          return res.destroy(); // broken mid-event: the half event is lost, its id is not taken
        }
        if (i === 2) return stream(['id: 4\ndata: {"type":"progress","percent":30}\n\n'])(req, res, i);
        res.writeHead(204).end();
      });
      const started = Date.now();
      const result = await createClient({
        baseUrl: server.url,
        events: { reconnect: true, retryMs: 5000 },
      }).subscribe();
      expect(await collect(result.data)).toEqual([
        { data: { type: 'started' }, id: '1', retry: 20 },
        { data: { type: 'progress', percent: 10 }, id: '2' },
        { data: { type: 'progress', percent: 20 }, id: '2' }, // the last event ID carries over the reconnection
        { data: { type: 'progress', percent: 30 }, id: '4' },
      ]);
      expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '2', '2', '4']);
      expect(Date.now() - started).toBeLessThan(2000); // waited the server's 20 ms, not retryMs
    });

    it('sends a non-ASCII event ID as UTF-8 bytes', async () => {
      const server = await serve(async (req, res, i) =>
        i === 0 ? stream(['id: €1\ndata: {"type":"started"}\n\n'])(req, res, i) : res.writeHead(204).end(),
      );
      const result = await createClient({ baseUrl: server.url, events: { reconnect: true, retryMs: 1 } }).subscribe();
      expect(await collect(result.data)).toEqual([{ data: { type: 'started' }, id: '€1' }]);
      expect(Buffer.from(String(server.requests[1]!.headers['last-event-id']), 'latin1').toString('utf8')).toBe('€1');
    });

    it('sends the stream’s own last ID over the one the caller resumed from; an empty id: sends none', async () => {
      const server = await serve(async (req, res, i) => {
        if (i === 0) return stream(['id: 8\ndata: {"type":"started"}\n\n'])(req, res, i);
        if (i === 1) return stream(['id:\ndata: {"type":"progress"}\n\n'])(req, res, i);
        res.writeHead(204).end();
      });
      const client = createClient({ baseUrl: server.url, events: { reconnect: true, retryMs: 1 } });
      const result = await client.subscribe({}, { headers: { 'last-event-id': '5' } });
      expect(await collect(result.data)).toEqual([
        { data: { type: 'started' }, id: '8' },
        { data: { type: 'progress' }, id: '' },
      ]);
      expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual(['5', '8', undefined]);
    });

    it('gives up after maxReconnects reconnections in a row without an event', async () => {
      const server = await serve(async (req, res, i) =>
        stream(i === 0 ? ['data: {"type":"started"}\n\n'] : [': nothing\n\n'])(req, res, i),
      );
      const client = createClient({ baseUrl: server.url, events: { reconnect: true, retryMs: 1, maxReconnects: 3 } });
      expect(await collect((await client.subscribe()).data)).toEqual([{ data: { type: 'started' } }]);
      expect(server.requests).toHaveLength(4);
    });

    it('ends with a SpecforgeHttpError when the reconnection gets an error status', async () => {
      const server = await serve(async (req, res, i) => {
        if (i === 0) return stream(['data: {"type":"started"}\n\n'])(req, res, i);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"message":"gone"}');
      });
      const { seen, error } = await dataUntilError(
        (await createClient({ baseUrl: server.url, events: { reconnect: true, retryMs: 1 } }).subscribe()).data,
      );
      expect(error).toMatchObject({ name: 'SpecforgeHttpError', status: 400, error: { message: 'gone' } });
      expect(seen).toEqual([{ type: 'started' }]);
    });

    it('stops waiting when the caller aborts, and never reconnects a POST', async () => {
      const server = await serve(async (req, res, i) =>
        stream(['data: {"type":"started","delta":"x"}\n\n'])(req, res, i),
      );
      const controller = new AbortController();
      const client = createClient({ baseUrl: server.url, events: { reconnect: true, retryMs: 60_000 } });
      const reading = collect((await client.subscribe({}, { signal: controller.signal })).data);
      setTimeout(() => controller.abort(), 50);
      await expect(reading).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'aborted' });
      expect(server.requests).toHaveLength(1);

      const streamed = await client.complete({ body: { stream: true } });
      expect(await collect(streamed.data)).toHaveLength(1);
      expect(server.requests).toHaveLength(2);
    });
  });

  it('types the stream: data has the schema type, and the package compiles', async () => {
    expect(
      typeCheckUsage(fixture.pkg.out, [
        "import { createClient, type ServerSentEvent, type Event } from './index.js';",
        'export async function use(): Promise<number> {',
        '  const result = await createClient({}).subscribe();',
        '  if (result.status !== 200) return 0;',
        '  let n = 0;',
        '  for await (const e of result.data) {',
        '    const typed: ServerSentEvent<Event> = e;',
        "    if (typed.data.type === 'progress') n += typed.data.percent ?? 0;",
        '  }',
        '  return n;',
        '}',
        'export async function complete(): Promise<string> {',
        '  const result = await createClient({}).complete({ body: { stream: true } });',
        "  if (result.error !== undefined) return '';",
        '  const data = result.data;',
        '  if (!(Symbol.asyncIterator in data)) return data.text;',
        "  let text = '';",
        '  for await (const chunk of data) text += chunk.data.delta;',
        '  return text;',
        '}',
      ]),
    ).toBe('');
  }, 60_000);
});
