/**
 * JSON lines responses (NDJSON, JSON Lines, RFC 7464 JSON text sequences: Ollama, Elasticsearch,
 * Docker): `data` is an async iterable of the values, parsed line by line as they arrive, each
 * checked against the schema (which describes one line) under `validate.response`. They used to
 * be parsed as one JSON document, which failed on the second line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';

const chunk = { type: 'object', required: ['n'], properties: { n: { type: 'integer' }, done: { type: 'boolean' } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'lines', version: '1' },
  paths: {
    '/generate': {
      post: {
        operationId: 'generate',
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { stream: { type: 'boolean' } } } } },
        },
        responses: {
          '200': {
            description: 'chunks, or one answer',
            content: { 'application/x-ndjson': { schema: chunk }, 'application/json': { schema: chunk } },
          },
        },
      },
    },
    // Elasticsearch's bulk API: the request body is JSON lines too.
    '/bulk': {
      post: {
        operationId: 'bulk',
        requestBody: {
          required: true,
          content: { 'application/x-ndjson': { schema: { type: 'array', items: chunk } } },
        },
        responses: { '204': { description: 'indexed' } },
      },
    },
    '/seq': {
      get: {
        operationId: 'seq',
        responses: {
          '200': { description: 'a JSON text sequence', content: { 'application/json-seq': { schema: chunk } } },
        },
      },
    },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('JSON lines', () => {
  it('yields each line as it arrives: split lines, CRLF, blank lines, a last line without newline', async () => {
    const server = await serve((req, res) => {
      if (req.body.includes('"stream":false')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"n":9,"done":true}');
      }
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.write('{"n":1}\n{"n"');
      setTimeout(() => {
        res.write(':2}\r\n\n{"n":3,');
        setTimeout(() => res.end('"done":true}'), 10);
      }, 10);
    });
    const client = createClient({ baseUrl: server.url });
    const streamed = await client.generate({ body: { stream: true } });
    expect(server.requests[0]!.headers['accept']).toMatch(/^application\/x-ndjson/);
    expect(await collect(streamed.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3, done: true }]);
    // The same operation answering plain JSON still gives the value.
    expect((await client.generate({ body: { stream: false } })).data).toEqual({ n: 9, done: true });
  });

  it('reads RFC 7464 sequences, checks each value under validate.response, refuses a non-JSON line', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': req.url === '/seq' ? 'application/json-seq' : 'application/x-ndjson' });
      res.end(req.url === '/seq' ? '\u001e{"n":1}\n\u001e{"n":2}\n' : '{"n":1}\n{"n":"two"}\nnot json\n');
    });
    expect(await collect((await createClient({ baseUrl: server.url }).seq()).data)).toEqual([{ n: 1 }, { n: 2 }]);
    const checked = await createClient({ baseUrl: server.url, validate: { response: true } }).generate({ body: {} });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const x of checked.data) seen.push(x);
      })(),
    ).rejects.toMatchObject({ kind: 'invalid-response', message: expect.stringContaining('n: must be integer') });
    expect(seen).toEqual([{ n: 1 }]);
    const unchecked = await createClient({ baseUrl: server.url }).generate({ body: {} });
    await expect(collect(unchecked.data)).rejects.toMatchObject({
      kind: 'invalid-response',
      message: 'generate: a line of the stream is not valid JSON',
    });
  });

  it('writes a JSON lines request body one value per line, typed as the values', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await createClient({ baseUrl: server.url }).bulk({ body: [{ n: 1 }, { n: 2, done: true }] });
    expect(server.requests[0]!.headers['content-type']).toBe('application/x-ndjson');
    expect(server.requests[0]!.body).toBe('{"n":1}\n{"n":2,"done":true}\n');
    expect(
      fixture.typeCheckUsage([
        "import { createClient } from './index.js';",
        'void createClient().bulk({ body: [{ n: 1 }] });',
        '// @ts-expect-error each line is a chunk',
        "void createClient().bulk({ body: [{ n: 'one' }] });",
      ]),
    ).toBe('');
  });

  it('types data as the values or the single answer (tsc); the package README says it streams', () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient } from './index.js';",
        "const client = createClient({ baseUrl: 'http://localhost' });",
        'export async function use(): Promise<number[]> {',
        '  const out: number[] = [];',
        '  const r = await client.generate({ body: { stream: true } });',
        '  if (r.error !== undefined) return out;',
        '  if (Symbol.asyncIterator in r.data) for await (const c of r.data) out.push(c.n);',
        '  else out.push(r.data.n);',
        '  return out;',
        '}',
      ]),
    ).toBe('');
    expect(readFileSync(path.join(fixture.pkg.out, 'README.md'), 'utf8')).toContain('`POST /generate` (JSON lines)');
  }, 60_000);
});
