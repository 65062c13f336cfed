import { describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import type { ApiModel, KeywordSchemaNode, SchemaNode } from '../../generator/ir/ir.js';
import { planNames } from '../../generator/plan/plan.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { schemaType } from '../../templates/types/schema-type.js';

/** Emitters are tested on IR built by hand, without OpenAPI. */
function kw(fields: Omit<KeywordSchemaNode, 'kind' | 'pointer'>): KeywordSchemaNode {
  return { kind: 'keywords', pointer: '#', ...fields };
}
const model = (schemas: Record<string, SchemaNode>): ApiModel => ({
  openapiVersion: '3.1',
  title: 't',
  version: '1',
  servers: [],
  securitySchemes: [],
  operations: [],
  webhooks: [],
  schemas: Object.entries(schemas).map(([name, schema]) => ({
    id: `#/components/schemas/${name}`,
    rawName: name,
    isComponent: true,
    schema,
  })),
});
function typeText(node: SchemaNode, schemas: Record<string, SchemaNode> = {}, view: 'read' | 'write' = 'read'): string {
  return schemaType(node, { plan: planNames(analyse(model(schemas))), view }).text.replace(/\s+/g, ' ');
}

describe('schemaType', () => {
  it.each<[string, SchemaNode, unknown]>([
    ['string', kw({ types: ['string'] }), 'string'],
    ['integer', kw({ types: ['integer'] }), 'number'],
    ['nullable', kw({ types: ['string', 'null'] }), '(string | null)'],
    [
      'enum with hostile values (read view: open)',
      kw({ types: ['string'], enum: ['a"b', '*/', 'x\ny', -1, null] }),
      '"a\\"b" | "*/" | "x\\ny" | -1 | null | (string & {}) | (number & {})',
    ],
    ['const', kw({ const: { value: 'x' } }), '"x"'],
    [
      'object and array values typed as themselves, hostile keys quoted',
      kw({ enum: ['a', { b: [1, -2, null], 'c-d': {}, __proto__x: true }, []] }),
      '"a" | { b: [1, -2, null]; "c-d": Record<string, never>; __proto__x: true } | [] | (string & {})',
    ],
    [
      'an object const, `__proto__` a computed key',
      kw({ types: ['object'], const: { value: JSON.parse('{"__proto__": 1, "k": "v"}') } }),
      '{ ["__proto__"]: 1; k: "v" }',
    ],
    ['one-value enum (a tag): closed in the read view too', kw({ types: ['string'], enum: ['text'] }), '"text"'],
    ['one-value nullable enum: closed', kw({ types: ['string', 'null'], enum: ['text', null] }), '"text" | null'],
    ['true schema', { kind: 'boolean', pointer: '#', value: true }, 'unknown'],
    ['false schema', { kind: 'boolean', pointer: '#', value: false }, 'never'],
    ['array', kw({ types: ['array'], items: kw({ types: ['string'] }) }), 'Array<string>'],
    [
      'tuple',
      kw({
        types: ['array'],
        prefixItems: [kw({ types: ['string'] }), kw({ types: ['number'] })],
        minItems: 1,
        items: { kind: 'boolean', pointer: '#', value: false },
      }),
      '[string, (number)?]',
    ],
    // Found by a long seeded fuzz run: `true | -3?` makes `?` part of the last member, a TS error.
    [
      'tuple with an optional union element',
      kw({ types: ['array'], prefixItems: [kw({ types: ['string'] }), kw({ enum: [true, -3] })] }),
      '[(string)?, (true | -3 | (number & {}))?, ...Array<unknown>]',
    ],
    ['map', kw({ types: ['object'], additionalProperties: kw({ types: ['number'] }) }), '{ [key: string]: number }'],
    [
      'closed empty object',
      kw({ types: ['object'], additionalProperties: { kind: 'boolean', pointer: '#', value: false } }),
      'Record<string, never>',
    ],
    // Beside declared properties the index signature admits their types too (TS2411), not `unknown`.
    [
      'properties and a typed map',
      kw({
        types: ['object'],
        required: ['name'],
        properties: [
          { name: 'name', schema: kw({ types: ['string'] }) },
          { name: 'tags', schema: kw({ types: ['array'], items: kw({ types: ['string', 'null'] }) }) },
        ],
        additionalProperties: kw({ types: ['boolean'] }),
      }),
      '{ name: string; tags?: Array<(string | null)>; [key: string]: boolean | string | Array<(string | null)> | ' +
        'undefined; }',
    ],
    [
      'properties and any other key',
      kw({
        types: ['object'],
        properties: [{ name: 'a', schema: kw({ types: ['string'] }) }],
        additionalProperties: { kind: 'boolean', pointer: '#', value: true },
      }),
      '{ a?: string; [key: string]: unknown; }',
    ],
    [
      'properties and pattern properties',
      kw({
        types: ['object'],
        properties: [{ name: 'a', schema: kw({ types: ['string'] }) }],
        patternProperties: [{ pattern: '^x-', schema: kw({ types: ['string'] }) }],
      }),
      '{ a?: string; [key: string]: unknown; }',
    ],
    // Pattern properties with `additionalProperties` said: every other key's value is typed.
    [
      'pattern properties and no other keys',
      kw({
        types: ['object'],
        patternProperties: [{ pattern: '^x-', schema: kw({ types: ['string'] }) }],
        additionalProperties: { kind: 'boolean', pointer: '#', value: false },
      }),
      '{ [key: string]: string; }',
    ],
    [
      'properties, pattern properties and a typed map',
      kw({
        types: ['object'],
        properties: [{ name: 'a', schema: kw({ types: ['boolean'] }) }],
        patternProperties: [
          { pattern: '^x-', schema: kw({ types: ['string'] }) },
          { pattern: '^n-', schema: { kind: 'boolean', pointer: '#', value: false } },
        ],
        additionalProperties: kw({ types: ['integer'] }),
      }),
      '{ a?: boolean; [key: string]: string | number | boolean | undefined; }',
    ],
    [
      'a pattern any value matches',
      kw({
        types: ['object'],
        patternProperties: [{ pattern: '^x-', schema: { kind: 'boolean', pointer: '#', value: true } }],
        additionalProperties: kw({ types: ['integer'] }),
      }),
      '{ [key: string]: unknown; }',
    ],
    [
      'properties and a map whose union would grow long',
      kw({
        types: ['object'],
        properties: Array.from({ length: 12 }, (_, i) => ({
          name: `p${i}`,
          schema: kw({ enum: [`value-number-${i}`] }),
        })),
        additionalProperties: kw({ types: ['number'] }),
      }),
      expect.stringMatching(/\[key: string\]: unknown; \}$/),
    ],
    ['binary', kw({ types: ['string'], format: 'binary' }), 'Blob'],
  ])('%s', (_name, node, expected) => {
    expect(typeText(node)).toEqual(expected);
  });

  it('lists the keys `propertyNames` enumerates as members in the write view, where enums are closed', () => {
    const names = kw({ types: ['string'], enum: ['en', 'fr'] });
    const map = kw({ types: ['object'], propertyNames: names, additionalProperties: kw({ types: ['string'] }) });
    expect(typeText(map, {}, 'write')).toBe('{ en?: string; fr?: string; }');
    // A response's keys stay open, as its enums do.
    expect(typeText(map, {}, 'read')).toBe('{ [key: string]: string }');
    // Without additionalProperties the values are anything; a declared property keeps its type.
    expect(
      typeText(
        kw({
          types: ['object'],
          propertyNames: names,
          properties: [{ name: 'en', schema: kw({ types: ['integer'] }) }],
        }),
        {},
        'write',
      ),
    ).toBe('{ en?: number; fr?: unknown; }');
  });

  it('closes enums in the write view (requests)', () => {
    expect(typeText(kw({ types: ['string'], enum: ['a', 'b'] }), {}, 'write')).toBe('"a" | "b"');
  });

  it('quotes property keys that are not identifiers and keeps original names verbatim', () => {
    const node = kw({
      types: ['object'],
      required: ['rtl'],
      properties: [
        { name: 'rtl', schema: kw({ types: ['string'] }) },
        { name: 'RTL', schema: kw({ types: ['string'] }) },
        { name: '@nextLink', schema: kw({ types: ['string'] }) },
        { name: '__proto__', schema: kw({ types: ['string'] }) },
      ],
    });
    expect(typeText(node)).toBe('{ rtl: string; RTL?: string; "@nextLink"?: string; ["__proto__"]?: string; }');
  });

  it('splits read and write views', () => {
    const node = kw({
      types: ['object'],
      required: ['id', 'pw'],
      properties: [
        { name: 'id', schema: kw({ types: ['string'], readOnly: true }) },
        { name: 'pw', schema: kw({ types: ['string'], writeOnly: true }) },
      ],
    });
    expect(typeText(node, {}, 'read')).toBe('{ id: string; }');
    expect(typeText(node, {}, 'write')).toBe('{ pw: string; }');
  });

  it('tags discriminated alternatives so they narrow', () => {
    const ref = (name: string): SchemaNode => ({ kind: 'ref', pointer: '#', target: `#/components/schemas/${name}` });
    const pet = kw({
      oneOf: [ref('Cat'), ref('Dog')],
      discriminator: {
        propertyName: 'kind',
        mapping: [
          { value: 'cat', target: '#/components/schemas/Cat' },
          { value: 'dog', target: '#/components/schemas/Dog' },
        ],
      },
    });
    expect(typeText(pet, { Cat: kw({ types: ['object'] }), Dog: kw({ types: ['object'] }) })).toBe(
      '(({ kind: "cat" } & Cat) | ({ kind: "dog" } & Dog))',
    );
  });

  it('`required` next to composition makes the composed properties required, in the views they belong to', () => {
    const ref = (name: string): SchemaNode => ({ kind: 'ref', pointer: '#', target: `#/components/schemas/${name}` });
    const base = kw({
      types: ['object'],
      properties: [
        { name: 'id', schema: kw({ types: ['string'], readOnly: true }) },
        { name: 'tag', schema: kw({ types: ['string'] }) },
      ],
    });
    const schemas = { Base: base };
    // `type: object` beside allOf adds no `Record<string, unknown> &`, which would let any key through.
    expect(typeText(kw({ types: ['object'], allOf: [ref('Base')], required: ['id', 'tag', 'extra'] }), schemas)).toBe(
      '{ id: string; tag: string; extra: unknown; } & (Base)',
    );
    // The write view has no read-only `id` to require.
    expect(typeText(kw({ allOf: [ref('Base'), kw({ required: ['id', 'tag'] })] }), schemas, 'write')).toBe(
      '(BaseWrite) & ({ tag: string; })',
    );
    // Without composition an empty object stays an object.
    expect(typeText(kw({ types: ['object'] }))).toBe('Record<string, unknown>');
    // A property's own object does not look into the enclosing allOf's members.
    const inner = kw({
      required: ['tag'],
      properties: [{ name: 'child', schema: kw({ types: ['object'], required: ['id'] }) }],
    });
    expect(typeText(kw({ allOf: [ref('Base'), inner] }), schemas, 'write')).toBe(
      '(BaseWrite) & ({ child?: { id: unknown; }; tag: string; })',
    );
  });

  it('a generated request type makes them required too, with the declared types (tsc)', async () => {
    const pkg = await generateInline({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/triggers': {
          post: {
            operationId: 'createTrigger',
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Trigger' } } },
            },
            responses: { '204': { description: 'ok' } },
          },
        },
      },
      components: {
        schemas: {
          Geofence: {
            type: 'object',
            properties: { id: { type: 'string', readOnly: true }, tag: { type: 'string' }, radius: { type: 'number' } },
          },
          Trigger: {
            allOf: [
              { $ref: '#/components/schemas/Geofence' },
              { type: 'object', properties: { site: { type: 'string' } } },
            ],
            required: ['id', 'tag'],
          },
        },
      },
    });
    expect(
      typeCheckUsage(pkg.out, [
        "import { createClient, type Trigger } from './index.js';",
        "const client = createClient({ baseUrl: 'http://localhost' });",
        "export const ok = client.createTrigger({ body: { tag: 't', radius: 1 } });",
        '// @ts-expect-error: tag is required by the schema beside allOf',
        'export const missing = client.createTrigger({ body: { radius: 1 } });',
        '// @ts-expect-error: tag keeps its declared type',
        'export const wrong = client.createTrigger({ body: { tag: 1 } });',
        'export const read = (t: Trigger): [string, string] => [t.id, t.tag];',
      ]),
    ).toBe('');
  }, 30_000);

  it('a union whose members are tagged by one-value enums narrows on the tag (tsc)', async () => {
    const pkg = await generateInline({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Content: { oneOf: [{ $ref: '#/components/schemas/Text' }, { $ref: '#/components/schemas/Image' }] },
          Text: {
            type: 'object',
            required: ['kind', 'text'],
            properties: { kind: { type: 'string', enum: ['text'] }, text: { type: 'string' } },
          },
          Image: {
            type: 'object',
            required: ['kind', 'url'],
            properties: { kind: { type: 'string', enum: ['image'] }, url: { type: 'string' } },
          },
        },
      },
    });
    expect(
      typeCheckUsage(pkg.out, [
        "import type { Content } from './index.js';",
        "export const show = (c: Content): string => (c.kind === 'text' ? c.text : c.url);",
      ]),
    ).toBe('');
  }, 30_000);

  it('an object `const` types exactly that value, and its validator agrees (tsc)', async () => {
    const pkg = await generateInline({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          // `__proto__` as data: an own key of the value, as JSON.parse makes it.
          Version: { const: JSON.parse('{"major": 2, "tags": ["beta"], "__proto__": null}') },
          Shape: { enum: [{ kind: 'dot' }, [0, 0]] },
        },
      },
    });
    const { schemas } = (await pkg.load()) as { schemas: Record<string, { is(v: unknown): boolean }> };
    expect(schemas['Version']!.is(JSON.parse('{"major": 2, "tags": ["beta"], "__proto__": null}'))).toBe(true);
    expect(schemas['Shape']!.is([0, 0])).toBe(true);
    expect(
      typeCheckUsage(pkg.out, [
        "import type { Version, Shape } from './index.js';",
        "export const v: Version = JSON.parse('{}');",
        'export const major: 2 = v.major;',
        "export const tag: 'beta' = v.tags[0];",
        "export const shapes: Shape[] = [{ kind: 'dot' }, [0, 0]];",
        '// @ts-expect-error not a value the enum lists',
        "export const bad: Shape = { kind: 'line' };",
      ]),
    ).toBe('');
  }, 30_000);

  it('puts descriptions in comments that cannot be closed early', () => {
    const node = kw({
      types: ['object'],
      properties: [{ name: 'a', schema: kw({ types: ['string'], description: 'x */ globalThis.PWNED = 1; /*' }) }],
    });
    expect(typeText(node)).toContain('x *\\/ globalThis.PWNED = 1; /*');
  });
});
