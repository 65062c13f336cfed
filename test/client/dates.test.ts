/**
 * The opt-in `dates: 'Date'` transform: date-time strings become Dates everywhere in responses (and
 * in what the `schemas` and `webhooks` validators give back); dates stay strings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { typeCheckUsage } from '../support/tsc.js';

const dt = { type: 'string', format: 'date-time' };
const spec = {
  openapi: '3.1.0',
  info: { title: 'd', version: '1' },
  paths: {
    '/e': {
      get: {
        operationId: 'getEvent',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } },
          },
          '400': {
            description: 'bad',
            content: {
              'application/json': { schema: { type: 'object', properties: { at: dt, message: { type: 'string' } } } },
            },
          },
        },
      },
      post: {
        operationId: 'postEvent',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
  webhooks: {
    eventCreated: {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Note: { type: 'object', properties: { text: { type: 'string' } } },
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

  describe('the schemas and webhooks validators', () => {
    const wire = () => ({
      at: '2026-11-23T10:00:00Z',
      history: ['2026-01-01T00:00:00Z'],
      byUser: JSON.parse('{"__proto__": "2026-02-02T02:02:02Z", "u1": "2026-02-02T02:02:02Z"}') as Record<
        string,
        string
      >,
      child: { at: '2026-04-04T04:04:04Z' },
    });

    it('check the JSON and give back a converted copy, leaving the value passed in alone', async () => {
      const { schemas, webhooks } = await pkg.load();
      const input = wire();
      expect(schemas.Event.is(input)).toBe(true);
      const result = schemas.Event['~standard'].validate(input);
      expect(result.issues).toBeUndefined();
      expect(result.value.at).toBeInstanceOf(Date);
      expect(result.value.history[0]).toBeInstanceOf(Date);
      expect(result.value.child.at.toISOString()).toBe('2026-04-04T04:04:04.000Z');
      // A `__proto__` key is data: copied and converted as an own property, the prototype untouched.
      expect(Object.getPrototypeOf(result.value.byUser)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(result.value.byUser, '__proto__')?.value).toBeInstanceOf(Date);
      expect(result.value.byUser.u1).toBeInstanceOf(Date);
      expect(input).toEqual(wire()); // the caller's value still holds strings
      expect(schemas.Event.parse(input).at).toBeInstanceOf(Date);
      expect(webhooks.eventCreated.parse(input).at).toBeInstanceOf(Date);
      // A Date is not what the JSON holds: the validators check the wire format.
      expect(schemas.Event.is({ at: new Date() })).toBe(false);
      expect(() => schemas.Event.parse({ at: new Date() })).toThrow(/at must be string/);
      // The request (write) view and schemas without date-times give back the value itself.
      expect(schemas.Event.write.parse(input)).toBe(input);
      const note = { text: 'x' };
      expect(schemas.Note.parse(note)).toBe(note);
    });

    it('are typed: JSON in (what `is` narrows to), Dates out', () => {
      expect(
        typeCheckUsage(pkg.out, [
          "import { schemas, webhooks, type DatesAsStrings, type Event } from './index.js';",
          'declare const json: unknown;',
          'if (schemas.Event.is(json) && json.at !== undefined) { const s: string = json.at; void s; }',
          'const e: Event = schemas.Event.parse(json);',
          'const d: Date | undefined = e.at;',
          'const w: Date | undefined = webhooks.eventCreated.parse(json).history?.[0];',
          "const r = schemas.Event['~standard'].validate(json);",
          'if (!r.issues) { const v: Date | undefined = r.value.child?.at; void v; }',
          "type In = NonNullable<(typeof schemas.Event)['~standard']['types']>['input'];",
          "const i: In = { at: 'x', byUser: { u: 'y' }, history: ['z'], child: { at: 'w' } };",
          '// @ts-expect-error the input is JSON: no Date in it',
          'const bad: In = { at: new Date() };',
          '// The same input type by name, for JSON read before it is validated.',
          "const raw: DatesAsStrings<Event> = { at: 'x', history: ['y'] };",
          'const same: In = raw;',
          '// @ts-expect-error no Date in the JSON shape',
          'const rawBad: DatesAsStrings<Event> = { at: new Date() };',
          'void [d, w, i, bad, same, rawBad];',
        ]),
      ).toBe('');
    });
  });
});
