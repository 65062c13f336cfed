/** The opt-in `dates: 'Date'` transform: date-time strings become Dates everywhere in responses; dates stay strings. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { json, startServer, type TestServer } from '../support/http-server.js';

const dt = { type: 'string', format: 'date-time' };
const spec = {
  openapi: '3.1.0',
  info: { title: 'd', version: '1' },
  paths: {
    '/e': {
      get: {
        operationId: 'getEvent',
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } } },
          '400': { description: 'bad', content: { 'application/json': { schema: { type: 'object', properties: { at: dt, message: { type: 'string' } } } } } },
        },
      },
      post: { operationId: 'postEvent', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } } }, responses: { '204': { description: 'ok' } } },
    },
  },
  components: {
    schemas: {
      Event: {
        type: 'object',
        properties: {
          at: dt,
          day: { type: 'string', format: 'date' },
          history: { type: 'array', items: dt },
          byUser: { type: 'object', additionalProperties: dt },
          either: { oneOf: [dt, { type: 'integer' }] },
          child: { $ref: '#/components/schemas/Event' },
          note: { type: 'string' },
        },
      },
    },
  },
};

let server: TestServer;
let pkg: InlinePackage;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.method === 'POST') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.url.includes('bad')) return json(res, 400, { at: '2026-11-23T10:00:00Z', message: 'nope' });
    json(res, 200, {
      at: '2026-11-23T10:00:00.123+01:00',
      day: '2026-11-23',
      history: ['2026-01-01T00:00:00Z', 'not a date'],
      byUser: { u1: '2026-02-02T02:02:02Z' },
      either: '2026-03-03T03:03:03Z',
      child: { at: '2026-04-04T04:04:04Z', child: { at: '2026-05-05T05:05:05Z' } },
      note: '2026-06-06T06:06:06Z',
    });
  });
  pkg = await generateInline(spec, { dates: 'Date' });
});
afterAll(() => server.close());

describe("dates: 'Date'", () => {
  it('converts date-time everywhere it occurs in responses, including error bodies', async () => {
    const client = (await pkg.load())['createClient']({ baseUrl: server.url });
    const { data } = await client.getEvent();
    expect(data.at).toBeInstanceOf(Date);
    expect(data.at.toISOString()).toBe('2026-11-23T09:00:00.123Z');
    expect(data.day).toBe('2026-11-23'); // format: date stays a string: no time-zone shift
    expect(data.history[0]).toBeInstanceOf(Date);
    expect(data.history[1]).toBe('not a date');
    expect(data.byUser.u1).toBeInstanceOf(Date);
    expect(data.either).toBeInstanceOf(Date);
    expect(data.child.child.at).toBeInstanceOf(Date);
    expect(data.note).toBe('2026-06-06T06:06:06Z'); // a plain string field is untouched
    const bad = await (await pkg.load())['createClient']({ baseUrl: `${server.url}/bad` }).getEvent();
    expect(bad.status).toBe(400);
    expect(bad.error.at).toBeInstanceOf(Date);
  });

  it('types: Date in the response (read) view, string in the request (write) view', () => {
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toMatch(/export type Event = \{[^]*?at\?: Date;[^]*?day\?: string;/);
    expect(types).toMatch(/export type EventWrite = \{[^]*?at\?: string;/);
  });
});
