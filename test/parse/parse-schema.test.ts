import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../../generator/ir/ir.js';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf, modelOfFiles } from '../support/model.js';

async function schemaOf(yaml: string, version = '3.1.0'): Promise<SchemaNode> {
  const { model } = await modelOf(specWithSchemas(`S:\n${yaml.replace(/^/gm, '  ')}`, version));
  return model.schemas.find((s) => s.rawName === 'S')!.schema;
}

describe('parseSchema: 3.0 folded into 2020-12', () => {
  it.each([
    ['nullable → null in types', '3.0.3', 'type: string\nnullable: true', { types: ['string', 'null'] }],
    [
      'nullable enum gains null',
      '3.0.3',
      'type: string\nnullable: true\nenum: [a, b]',
      { types: ['string', 'null'], enum: ['a', 'b', null] },
    ],
    [
      'boolean exclusiveMinimum → numeric',
      '3.0.3',
      'type: number\nminimum: 5\nexclusiveMinimum: true',
      { exclusiveMinimum: 5 },
    ],
    [
      'boolean exclusiveMaximum false keeps maximum',
      '3.0.3',
      'type: number\nmaximum: 5\nexclusiveMaximum: false',
      { maximum: 5 },
    ],
    ['example → examples', '3.0.3', 'type: string\nexample: hi', { examples: ['hi'] }],
    ['3.1 type arrays', '3.1.0', "type: [string, 'null']", { types: ['string', 'null'] }],
    ['const kept boxed (null)', '3.1.0', 'const: null', { const: { value: null } }],
    ['examples kept', '3.1.0', 'examples: [1, 2]', { examples: [1, 2] }],
    [
      'draft-4 tuple items → prefixItems',
      '3.0.3',
      'type: array\nitems: [{type: string}]',
      { prefixItems: [{ kind: 'keywords', types: ['string'] }] },
    ],
  ])('%s', async (_name, version, yaml, expected) => {
    expect(await schemaOf(yaml, version)).toMatchObject(expected);
  });

  it('nullable next to a composition means "or null"', async () => {
    const s = await schemaOf('nullable: true\noneOf: [{type: string}, {type: number}]', '3.0.3');
    expect(s).toMatchObject({
      kind: 'keywords',
      anyOf: [{ oneOf: [{ types: ['string'] }, { types: ['number'] }] }, { types: ['null'] }],
    });
  });

  it('reads 3.1\'s `type: null` beside a composition as "or null", with a warning (GitHub\'s webhooks spec)', async () => {
    const spec = specWithSchemas(
      [
        'User: { type: object, required: [login], properties: { login: { type: string } } }',
        "S: { type: ['null'], allOf: [{ $ref: '#/components/schemas/User' }] }",
        'R: { type: "null", $ref: "#/components/schemas/User" }',
      ].join('\n'),
      '3.1.0',
    );
    const { model, diagnostics } = await modelOf(spec);
    const schema = (name: string) => model.schemas.find((s) => s.rawName === name)!.schema;
    expect(schema('S')).toMatchObject({ anyOf: [{ allOf: [{ kind: 'ref' }] }, { types: ['null'] }] });
    expect(schema('S')).not.toHaveProperty('types');
    expect(schema('R')).toMatchObject({ anyOf: [{ kind: 'ref' }, { types: ['null'] }] });
    const warned = diagnostics.warnings.map((w) => w.message).filter((m) => m.startsWith("`type: 'null'` beside"));
    expect(warned).toHaveLength(2);
    expect(warned[0]).toContain('`allOf` admits only a null that `allOf` takes too; read as "or null"');
    // A lone `type: null`, and one beside no composition, stay what they say.
    expect(await schemaOf("type: 'null'")).toEqual({ kind: 'keywords', pointer: expect.any(String), types: ['null'] });
  });

  it('keeps every 2020-12 keyword', async () => {
    const s = await schemaOf(
      [
        'type: object',
        'properties: { a: { type: string, minLength: 1, maxLength: 3, pattern: "^a" } }',
        'patternProperties: { "^x-": true }',
        'additionalProperties: false',
        'propertyNames: { maxLength: 5 }',
        'dependentRequired: { a: [b] }',
        'dependentSchemas: { a: { required: [c] } }',
        'unevaluatedProperties: false',
        'minProperties: 1',
        'maxProperties: 9',
        'required: [a]',
        'not: { const: 1 }',
        'if: { required: [a] }',
        'then: { required: [b] }',
        'else: { required: [c] }',
        'allOf: [true]',
        'anyOf: [true]',
        'oneOf: [true]',
      ].join('\n'),
    );
    expect(Object.keys(s).sort()).toEqual(
      [
        'additionalProperties',
        'allOf',
        'anyOf',
        'dependentRequired',
        'dependentSchemas',
        'else',
        'if',
        'kind',
        'maxProperties',
        'minProperties',
        'not',
        'oneOf',
        'patternProperties',
        'pointer',
        'properties',
        'propertyNames',
        'required',
        'then',
        'types',
        'unevaluatedProperties',
      ].sort(),
    );
    const arr = await schemaOf(
      'type: array\nprefixItems: [true]\nitems: false\ncontains: { type: string }\nminContains: 1\nmaxContains: ' +
        '2\nuniqueItems: true\nunevaluatedItems: false\nminItems: 1\nmaxItems: 3',
    );
    expect(arr).toMatchObject({
      prefixItems: [{ kind: 'boolean', value: true }],
      items: { kind: 'boolean', value: false },
      minContains: 1,
      maxContains: 2,
      uniqueItems: true,
      minItems: 1,
      maxItems: 3,
    });
  });

  it('turns $refs into ref nodes to named schemas, including recursion', async () => {
    const { model } = await modelOf(
      specWithSchemas(
        'Node:\n  type: object\n  properties:\n    children: { type: array, items: { $ref: ' +
          '"#/components/schemas/Node" } }',
      ),
    );
    const node = model.schemas[0]!;
    expect(node.id).toBe('#/components/schemas/Node');
    expect(node.schema).toMatchObject({
      properties: [{ name: 'children', schema: { items: { kind: 'ref', target: '#/components/schemas/Node' } } }],
    });
  });

  it('reads `properties: {$ref}` as the map it names, with a warning; entries beside it win', async () => {
    const { model, diagnostics } = await modelOfFiles({
      'openapi.yaml': specWithSchemas(
        'Balancer:\n  type: object\n  properties:\n    $ref: "attributes.yaml#/droplets"\n' +
          '    tag: { type: integer }\n    name: { type: string }',
      ),
      'attributes.yaml': 'droplets:\n  ids: { type: array, items: { type: integer } }\n  tag: { type: string }\n',
    });
    const balancer = model.schemas.find((s) => s.rawName === 'Balancer')!.schema;
    expect(balancer.kind === 'keywords' && balancer.properties?.map((p) => [p.name, p.schema])).toMatchObject([
      ['ids', { types: ['array'], items: { types: ['integer'] }, pointer: '#/droplets/ids' }],
      ['tag', { types: ['integer'], pointer: '#/components/schemas/Balancer/properties/tag' }],
      ['name', { types: ['string'] }],
    ]);
    expect(
      diagnostics.warnings.map((w) => `${w.location.file.split('/').pop()}:${w.location.line}: ${w.message}`),
    ).toEqual([
      'openapi.yaml:11: `properties` is a $ref: read as the map it names ' +
        '(JSON Schema would read a property named "$ref")',
    ]);
  });

  it('says so when `properties: {$ref}` names no object', async () => {
    const { model, diagnostics } = await modelOfFiles({
      'openapi.yaml': specWithSchemas('B:\n  properties:\n    $ref: "attributes.yaml#/name"\n    id: { type: string }'),
      'attributes.yaml': 'name: droplet\n',
    });
    const b = model.schemas.find((s) => s.rawName === 'B')!.schema;
    expect(b.kind === 'keywords' && b.properties?.map((p) => p.name)).toEqual(['id']);
    expect(diagnostics.warnings.map((w) => w.message)).toEqual([
      '`properties` is a $ref: it names no object, so it adds nothing (JSON Schema would read a property named "$ref")',
    ]);
  });

  it('resolves discriminator mappings, explicit and implicit', async () => {
    const { model } = await modelOf(
      specWithSchemas(
        'Pet:\n  oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }]\n  ' +
          'discriminator:\n    propertyName: kind\n    mapping: { cat: Cat }\nCat: { type: object }\nDog: { type: ' +
          'object }',
      ),
    );
    const pet = model.schemas.find((s) => s.rawName === 'Pet')!.schema;
    expect(pet).toMatchObject({
      discriminator: {
        propertyName: 'kind',
        mapping: [
          { value: 'cat', target: '#/components/schemas/Cat' },
          { value: 'Dog', target: '#/components/schemas/Dog' },
        ],
      },
    });
  });

  it('warns (with a position) about real-world spec problems instead of failing', async () => {
    const { diagnostics } = await modelOf(specWithSchemas('E:\n  type: string\n  enum: [a, a, 1]\n  format: made-up'));
    expect(diagnostics.warnings.map((w) => `${w.location.line}: ${w.message}`)).toEqual([
      '11: unknown format "made-up"; it is documented but not validated',
      '10: enum value 1 is a number in a schema of type string: read as the string "1" (quote it in YAML)',
      '10: enum value "a" is listed twice; the duplicate is ignored',
    ]);
  });

  it("says a 3.0 $ref's siblings are ignored, but not a `type` its target has too (gRPC-gateway's)", async () => {
    const { diagnostics } = await modelOf(
      specWithSchemas(
        [
          'Msg: { type: object, properties: { a: { type: string } } }',
          "Same: { type: object, $ref: '#/components/schemas/Msg' }",
          "Other: { type: string, $ref: '#/components/schemas/Msg' }",
          "More: { type: object, maxProperties: 1, $ref: '#/components/schemas/Msg' }",
        ].join('\n'),
        '3.0.3',
      ),
    );
    expect(diagnostics.warnings.map((w) => `${w.location.line}: ${w.message}`)).toEqual([
      '10: $ref has sibling keywords (type), which OpenAPI 3.0 ignores',
      '11: $ref has sibling keywords (type, maxProperties), which OpenAPI 3.0 ignores',
    ]);
  });

  it('--strict turns a warning into an error', async () => {
    await expect(modelOf(specWithSchemas('E:\n  type: string\n  enum: [a, a]'), true)).rejects.toThrow(
      /listed twice.*--strict/,
    );
  });
});

describe('parseOperations', () => {
  it('merges path-level parameters, keeps $-prefixed names and resolves security', async () => {
    const { model } = await modelOf(`openapi: 3.1.0
info: { title: t, version: '1' }
security: [{ basic: [] }]
paths:
  /users/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: $top, in: query, schema: { type: integer } }
    get:
      operationId: getUser
      parameters:
        - { name: $top, in: query, required: true, schema: { type: integer } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: string } } } }
        4XX: { description: bad }
    delete:
      security: []
      responses: { '204': { description: gone } }
components:
  securitySchemes: { basic: { type: http, scheme: Basic } }
`);
    const [get, del] = model.operations;
    expect(get!.parameters.map((p) => [p.name, p.in, p.required, p.style, p.explode])).toEqual([
      ['id', 'path', true, 'simple', false],
      ['$top', 'query', true, 'form', true],
    ]);
    expect(get!.responses.map((r) => r.status)).toEqual(['200', '4XX']);
    expect(get!.security).toEqual([[{ scheme: 'basic', scopes: [] }]]);
    expect(del!.security).toEqual([]);
    expect(model.securitySchemes).toEqual([{ name: 'basic', type: 'http', scheme: 'basic' }]);
  });
});
