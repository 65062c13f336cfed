/**
 * Files. Downloads as streams: `{ parseAs: 'stream' }` gives a binary success body unread, as the
 * response's byte stream, so a file larger than `maxResponseBytes` (or slower than `timeoutMs` to
 * arrive whole) can be read as it comes; error bodies are still read and typed. Uploads: a binary
 * request body takes a Blob, a buffer or a stream, which is sent as it is read and never twice.
 */
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { json } from '../support/http-server.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 'files', version: '1' },
  paths: {
    '/files/{id}': {
      get: {
        operationId: 'download',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'the file',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          '404': {
            description: 'none',
            content: {
              'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } },
            },
          },
        },
      },
      put: {
        operationId: 'upload',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        responses: { '204': { description: 'stored' } },
      },
    },
    // No parameters: the request is optional, so a streamed call passes `undefined` before its options.
    '/latest': {
      get: {
        operationId: 'latest',
        responses: {
          '200': {
            description: 'the file',
            content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    '/meta': {
      get: {
        operationId: 'meta',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) out.push(...chunk);
  return out;
}

describe('streamed downloads', () => {
  it('gives the body unread, past maxResponseBytes, which still guards a whole read', async () => {
    const file = Array.from({ length: 5000 }, (_, i) => i % 251);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from(file));
    });
    const client = createClient({ baseUrl: server.url, maxResponseBytes: 1000 });
    const streamed = await client.download({ path: { id: 'a' } }, { parseAs: 'stream' });
    expect(streamed.status).toBe(200);
    expect(streamed.data).toBeInstanceOf(ReadableStream);
    expect(await bytesOf(streamed.data)).toEqual(file);
    await expect(client.download({ path: { id: 'a' } })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringMatching(/larger than 1000 bytes/),
    });
  });

  it('times the wait for the headers only; an error status is read and typed as usual', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/files/missing') return json(res, 404, { message: 'no such file' });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.from([1]));
      setTimeout(() => res.end(Buffer.from([2, 3])), 200);
    });
    const client = createClient({ baseUrl: server.url, timeoutMs: 100, retry: { retries: 0 } });
    const slow = await client.download({ path: { id: 'slow' } }, { parseAs: 'stream' });
    expect(await bytesOf(slow.data)).toEqual([1, 2, 3]);
    await expect(client.download({ path: { id: 'slow' } })).rejects.toMatchObject({ kind: 'timeout' });
    const missing = await client.download({ path: { id: 'missing' } }, { parseAs: 'stream' });
    expect(missing).toMatchObject({ status: 404, error: { message: 'no such file' } });
  });

  it('a body that breaks off after the headers rejects like a failed request: timeout, aborted, network', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '10' });
      res.write(Buffer.from([1, 2]));
      if (req.url === '/files/drop') setTimeout(() => res.destroy(), 20);
    });
    const client = createClient({ baseUrl: server.url, retry: { retries: 0 } });
    // 500 ms: the headers come at once, but a loaded CI machine may take 100 ms to deliver them.
    await expect(client.download({ path: { id: 'hang' } }, { timeoutMs: 500 })).rejects.toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'timeout',
      message: 'download: timed out reading the response body',
    });
    const controller = new AbortController();
    const pending = client.download({ path: { id: 'hang' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'aborted' });
    await expect(client.download({ path: { id: 'drop' } })).rejects.toMatchObject({
      name: 'SpecforgeRequestError',
      kind: 'network',
    });
  });

  it('uploads a buffer or a stream as bytes; a stream is sent once: no retry, no 307 redirect', async () => {
    const server = await serve((req, res, i) => {
      if (req.url === '/files/moved') {
        res.writeHead(307, { location: '/files/elsewhere' });
        return res.end();
      }
      res.writeHead(req.url === '/files/busy' ? 503 : 204);
      res.end();
    });
    const client = createClient({ baseUrl: server.url, retry: { retries: 3, minDelayMs: 1, maxDelayMs: 5 } });
    await client.upload({ path: { id: 'a' }, body: new Uint8Array([1, 2, 3]) });
    expect(server.requests[0]).toMatchObject({ method: 'PUT', body: '\u0001\u0002\u0003' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/octet-stream');
    const chunks = ['hello ', 'streamed ', 'world'];
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const x of chunks) c.enqueue(new TextEncoder().encode(x));
          c.close();
        },
      });
    expect((await client.upload({ path: { id: 'b' }, body: stream() })).status).toBe(204);
    expect(server.requests[1]!.body).toBe('hello streamed world');
    // A 503 is retried for a buffer, but a stream has been read: its answer comes back as it is.
    expect((await client.upload({ path: { id: 'busy' }, body: stream() })).status).toBe(503);
    expect(server.requests.filter((r) => r.url === '/files/busy')).toHaveLength(1);
    await client.upload({ path: { id: 'busy' }, body: new Uint8Array([1]) });
    expect(server.requests.filter((r) => r.url === '/files/busy')).toHaveLength(1 + 4);
    expect((await client.upload({ path: { id: 'moved' }, body: stream() })).status).toBe(307);
    expect(server.requests.some((r) => r.url === '/files/elsewhere')).toBe(false);
  });

  it('types data as a byte stream with parseAs, a Blob without; only downloads take it (tsc)', () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient } from './index.js';",
        "const client = createClient({ baseUrl: 'http://localhost' });",
        'export async function use(): Promise<unknown[]> {',
        "  const streamed = await client.download({ path: { id: 'a' } }, { parseAs: 'stream' });",
        "  const whole = await client.download({ path: { id: 'a' } });",
        '  const out: unknown[] = [];',
        '  if (streamed.error === undefined) { const s: ReadableStream<Uint8Array> = streamed.data; out.push(s); }',
        '  else { const m: string | undefined = streamed.error.message; out.push(m); }',
        '  if (whole.error === undefined) { const b: Blob = whole.data; out.push(b); }',
        "  const latest = await client.latest(undefined, { parseAs: 'stream' });",
        '  if (latest.error === undefined) out.push(latest.data.getReader());',
        '  out.push((await client.latest()).data?.size);',
        "  await client.upload({ path: { id: 'a' }, body: new Uint8Array([1]) });",
        "  await client.upload({ path: { id: 'a' }, body: new Blob(['x']) });",
        "  await client.upload({ path: { id: 'a' }, body: new ReadableStream<Uint8Array>() });",
        '  // @ts-expect-error: a file upload takes bytes, not a string',
        "  await client.upload({ path: { id: 'a' }, body: 'text' });",
        '  // @ts-expect-error: a JSON operation does not stream its body',
        "  out.push(await client.meta(undefined, { parseAs: 'stream' }));",
        '  return out;',
        '}',
      ]),
    ).toBe('');
  }, 60_000);
});
