/**
 * OpenAPI 3.1 `webhooks`: requests the API sends to its subscribers. Each gets a payload type (the
 * read view: what arrives) in a `Webhooks` map with the answers it expects, and a Standard Schema
 * validator in `webhooks`; none becomes a client method. Names are data, as everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import { SpecforgeError } from '../../generator/diagnostics.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.1.0',
  info: { title: 'pets', version: '1' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        responses: {
          '200': { description: 'ok', ...json({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }) },
        },
      },
    },
  },
  webhooks: {
    newPet: {
      post: {
        summary: 'A pet was born',
        requestBody: { required: true, ...json({ $ref: '#/components/schemas/Pet' }) },
        responses: {
          '200': { description: 'received' },
          '410': {
            description: 'unsubscribe',
            ...json({ type: 'object', properties: { reason: { type: 'string' } } }),
          },
        },
      },
    },
    'pet.status changed': {
      post: {
        requestBody: json({
          type: 'object',
          required: ['status'],
          properties: {
            status: { type: 'string', enum: ['sold', 'lost'] },
            at: { type: 'string', format: 'date-time' },
          },
        }),
      },
    },
    ['__proto__']: { post: { requestBody: json({ type: 'integer' }) } },
    both: { get: { responses: {} }, post: { requestBody: json({ type: 'string' }) } },
    shared: { $ref: '#/components/pathItems/Ping' },
    form: {
      post: { requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } } },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        required: ['name'],
        properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string', minLength: 1 } },
      },
      // Takes the name the webhook would have had: the webhook's type moves aside.
      SharedWebhookPayload: { type: 'boolean' },
      // The map of webhooks is `Webhooks` (the planner's namespace is case-folded): a schema of that name moves aside.
      Webhooks: { type: 'string' },
    },
    pathItems: { Ping: { post: { requestBody: json({ type: 'object', properties: { ping: { const: true } } }) } } },
  },
};

describe('webhooks', () => {
  it('validates each JSON payload by webhook name, read view (readOnly id arrives), paths in issues', async () => {
    const pkg = await generateInline(spec);
    const mod = await pkg.load();
    const webhooks = mod['webhooks'] as Record<
      string,
      {
        is(v: unknown): boolean;
        parse(v: unknown): unknown;
        '~standard': { validate(v: unknown): { issues?: { message: string; path: unknown[] }[] } };
      }
    >;
    expect(Object.keys(webhooks)).toEqual(['newPet', 'pet.status changed', '__proto__', 'both post', 'shared']);
    expect(Object.getPrototypeOf(webhooks)).toBe(Object.prototype);
    expect(webhooks['newPet']!.parse({ id: 7, name: 'Rex' })).toEqual({ id: 7, name: 'Rex' });
    expect(webhooks['newPet']!['~standard'].validate({ name: '' }).issues).toEqual([
      { message: 'must have at least 1 characters', path: ['name'] },
    ]);
    expect(webhooks['pet.status changed']!.is({ status: 'sold', at: '2026-11-30T10:00:00Z' })).toBe(true);
    expect(webhooks['pet.status changed']!.is({ status: 'eaten' })).toBe(false);
    expect(webhooks['__proto__']!.is(3)).toBe(true);
    expect(webhooks['shared']!.is({ ping: false })).toBe(false);
    // Not a client method: the API calls these, not the client.
    const client = (mod['createClient'] as (o: object) => Record<string, unknown>)({ baseUrl: 'http://localhost' });
    expect(Object.keys(client).sort()).toEqual(['listPets', 'paginate', 'queryKeyScope', 'use']);
    // The package README lists them.
    const readme = readFileSync(path.join(pkg.out, 'README.md'), 'utf8');
    expect(readme).toContain('## Webhooks');
    expect(readme).toContain('- `newPet` — `POST`, payload `NewPetWebhookPayload`: A pet was born');
  }, 60_000);

  it('types payloads and expected answers in Webhooks, names kept apart from schemas (tsc)', async () => {
    const pkg = await generateInline(spec);
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toContain('export type NewPetWebhookPayload = Pet;');
    expect(types).toContain('export type SharedWebhookPayload2 = {');
    expect(types).toContain('export type Webhooks2 = string;');
    expect(
      typeCheckUsage(pkg.out, [
        "import { webhooks, type Webhooks, type NewPetWebhookPayload, type SharedWebhookPayload } from './index.js';",
        'export function onNewPet(body: unknown): string {',
        "  const pet: Webhooks['newPet']['payload'] = webhooks.newPet.parse(body);",
        '  const id: number | undefined = pet.id;',
        "  const gone: Webhooks['newPet']['responses']['410'] = { reason: 'closed' };",
        "  const status: Webhooks['pet.status changed']['payload']['status'] = 'sold';",
        '  const flag: SharedWebhookPayload = true;',
        '  const same: NewPetWebhookPayload = pet;',
        '  return `${same.name} ${id} ${gone.reason} ${status} ${flag}`;',
        '}',
        '// @ts-expect-error: a form payload has no validator',
        'void webhooks.form;',
      ]),
    ).toBe('');
  }, 60_000);

  it('refuses a webhooks member that is not a path item, saying where', async () => {
    const error = await generateInline({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: { broken: [] },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect((error as SpecforgeError).message).toMatch(/webhook "broken" must be an object/);
    expect((error as SpecforgeError).line).toBeGreaterThan(0);
  }, 60_000);
});

describe('callbacks', () => {
  const event = {
    type: 'object',
    required: ['kind'],
    properties: { kind: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
  };
  const callbackSpec = {
    openapi: '3.1.0',
    info: { title: 'subs', version: '1' },
    paths: {
      '/subscriptions': {
        post: {
          operationId: 'createSubscription',
          requestBody: json({ type: 'object', properties: { callbackUrl: { type: 'string', format: 'uri' } } }),
          responses: { '201': { description: 'subscribed' } },
          callbacks: {
            onEvent: {
              '{$request.body#/callbackUrl}': {
                post: {
                  summary: 'Something happened',
                  requestBody: json(event),
                  responses: { '204': { description: 'received' } },
                },
              },
            },
            shared: { $ref: '#/components/callbacks/Ping' },
          },
        },
        delete: {
          responses: { '204': { description: 'gone' } },
          callbacks: { bye: { '{$request.query.url}': { post: { requestBody: json({ type: 'string' }) } } } },
        },
      },
    },
    // A webhook that already holds the name the first callback would get: the callback moves aside.
    webhooks: { 'createSubscription.onEvent': { post: { requestBody: json({ type: 'integer' }) } } },
    components: {
      callbacks: {
        Ping: {
          '{$request.header.X-Ping-Url}': {
            post: { requestBody: json({ type: 'object', properties: { ping: { const: true } } }) },
          },
        },
      },
    },
  };

  it('types and checks each callback payload beside the webhooks, named by operation and callback', async () => {
    const pkg = await generateInline(callbackSpec, { dates: 'Date' });
    const { webhooks } = await pkg.load();
    expect(Object.keys(webhooks)).toEqual([
      'createSubscription.onEvent',
      'createSubscription.onEvent (2)',
      'createSubscription.shared',
      'DELETE /subscriptions.bye',
    ]);
    expect(webhooks['createSubscription.onEvent'].is(1)).toBe(true);
    const received = webhooks['createSubscription.onEvent (2)'].parse({ kind: 'created', at: '2026-11-30T10:00:00Z' });
    expect(received.at).toBeInstanceOf(Date);
    expect(() => webhooks['createSubscription.onEvent (2)'].parse({})).toThrow(/kind is required/);
    expect(webhooks['createSubscription.shared'].is({ ping: true })).toBe(true);
    expect(webhooks['DELETE /subscriptions.bye'].is('x')).toBe(true);
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toContain(
      'Callback `createSubscription.onEvent (2)`: the API sends it as a `POST` to the URL the call gave (`{$request.body#/callbackUrl}`).',
    );
    expect(types).toContain('export type CreateSubscriptionOnEvent2CallbackPayload = {');
    const readme = readFileSync(path.join(pkg.out, 'README.md'), 'utf8');
    expect(readme).toContain(
      '- `createSubscription.onEvent (2)` — `POST` to `{$request.body#/callbackUrl}`, payload ' +
        '`CreateSubscriptionOnEvent2CallbackPayload`: Something happened',
    );
    expect(
      typeCheckUsage(pkg.out, [
        "import { webhooks, type Webhooks } from './index.js';",
        "const e: Webhooks['createSubscription.onEvent (2)']['payload'] = webhooks['createSubscription.onEvent (2)'].parse(null);",
        'const at: Date | undefined = e.at;',
        "const ok: Webhooks['createSubscription.onEvent (2)']['responses']['204'] = undefined;",
        'void [at, ok];',
      ]),
    ).toBe('');
  }, 60_000);
});
