/**
 * Downloads as streams: `{ parseAs: 'stream' }` gives a binary success body unread, as the
 * response's byte stream, so a file larger than `maxResponseBytes` (or slower than `timeoutMs` to
 * arrive whole) can be read as it comes. Error bodies are still read and typed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';
import { json } from '../support/http-server.js';
import { typeCheck } from '../support/tsc.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 'files', version: '1' },
  paths: {
    '/files/{id}': {
      get: {
        operationId: 'download',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'the file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          '404': { description: 'none', content: { 'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } } } },
        },
      },
    },
    // No parameters: the request is optional, so a streamed call passes `undefined` before its options.
    '/latest': { get: { operationId: 'latest', responses: { '200': { description: 'the file', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } } } } },
    '/meta': { get: { operationId: 'meta', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } },
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
    await expect(client.download({ path: { id: 'a' } })).rejects.toMatchObject({ kind: 'invalid-response', message: expect.stringMatching(/larger than 1000 bytes/) });
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
    await expect(client.download({ path: { id: 'hang' } }, { timeoutMs: 100 })).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'timeout', message: 'download: timed out reading the response body' });
    const controller = new AbortController();
    const pending = client.download({ path: { id: 'hang' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'aborted' });
    await expect(client.download({ path: { id: 'drop' } })).rejects.toMatchObject({ name: 'SpecforgeRequestError', kind: 'network' });
  });

  it('types data as a byte stream with parseAs, a Blob without; only downloads take it (tsc)', () => {
    writeFileSync(
      path.join(fixture.pkg.out, 'usage.ts'),
      [
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
        "  // @ts-expect-error: a JSON operation does not stream its body",
        "  out.push(await client.meta(undefined, { parseAs: 'stream' }));",
        '  return out;',
        '}',
      ].join('\n'),
    );
    expect(typeCheck(fixture.pkg.out).output).toBe('');
  }, 60_000);
});
