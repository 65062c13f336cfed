/**
 * generator/parse/parse-operations.ts: operations and webhooks from paths, with parameters merged,
 * serialisation defaults, effective security and servers, and the headers OpenAPI says to ignore.
 */
import { expect, it } from 'vitest';
import type { OperationNode } from '../../generator/ir/ir.js';
import { parseSecurity, parseServers } from '../../generator/parse/parse-operations.js';
import { modelOf, modelOfFiles } from '../support/model.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
security: [{ key: [] }]
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://t', scopes: { read: r } } } }
  parameters:
    Limit: { name: limit, in: query, schema: { type: integer } }
paths:
  /users/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
      - { name: verbose, in: query, description: from the path item, schema: { type: boolean } }
      - { name: Accept, in: header, schema: { type: string } }
    get:
      operationId: getUser
      tags: [users]
      parameters:
        - { name: verbose, in: query, description: the operation's, schema: { type: boolean } }
        - $ref: '#/components/parameters/Limit'
        - { name: ids, in: query, style: pipeDelimited, schema: { type: array, items: { type: string } } }
        - { name: accept, in: header, schema: { type: string } }
      responses: { '200': { description: ok } }
    delete:
      operationId: deleteUser
      security: []
      servers: [{ url: 'https://{region}.admin.example.com', variables: { region: { default: eu, enum: [eu, us] } } }]
      responses: { '204': { description: gone } }
webhooks:
  userCreated:
    post:
      security: [{ oauth: [read] }]
      requestBody: { content: { application/json: { schema: { type: object } } } }
      responses: { '200': { description: ok } }
`;

async function parsed() {
  const { model, diagnostics } = await modelOf(SPEC);
  const op = (id: string) => model.operations.find((o) => o.operationId === id) as OperationNode;
  return { model, op, warnings: diagnostics.warnings };
}

it("merges path-item and operation parameters in spec order, the operation's winning, $refs followed", async () => {
  const { op } = await parsed();
  const params = op('getUser').parameters;
  expect(params.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:verbose', 'query:limit', 'query:ids']);
  expect(params.find((p) => p.name === 'verbose')!.description).toBe("the operation's");
  expect(params.find((p) => p.name === 'id')).toMatchObject({ required: true, style: 'simple', explode: false });
  expect(params.find((p) => p.name === 'limit')).toMatchObject({ required: false, style: 'form', explode: true });
  expect(params.find((p) => p.name === 'ids')).toMatchObject({ style: 'pipeDelimited', explode: false });
});

it('drops Accept, Content-Type and Authorization headers, warning once per name with a count', async () => {
  const { warnings } = await parsed();
  const ignored = warnings.filter((w) => w.message.startsWith('header parameter'));
  expect(ignored).toHaveLength(1);
  expect(ignored[0]!.message).toMatch(/^header parameter "Accept" is ignored \(and 1 more declaration of it\)/);
});

it("an operation's security replaces the document's ([] is none), and keeps its own servers", async () => {
  const { op } = await parsed();
  expect(op('getUser').security).toEqual([[{ scheme: 'key', scopes: [] }]]);
  expect(op('deleteUser').security).toEqual([]);
  expect(op('deleteUser').servers).toEqual([
    { url: 'https://{region}.admin.example.com', variables: [{ name: 'region', default: 'eu', enum: ['eu', 'us'] }] },
  ]);
  expect(op('getUser').tags).toEqual(['users']);
});

it('reads webhooks as operations named by the webhook, with their own security', async () => {
  const { model } = await parsed();
  expect(model.webhooks).toHaveLength(1);
  const hook = model.webhooks[0]!;
  expect(hook.name).toBe('userCreated');
  expect(hook.operation.method).toBe('post');
  expect(hook.operation.security).toEqual([[{ scheme: 'oauth', scopes: ['read'] }]]);
  expect(hook.operation.requestBody?.content[0]?.mediaType).toBe('application/json');
});

it("follows an operation's $ref into its file, as split specs write them (DigitalOcean)", async () => {
  const { model, diagnostics } = await modelOfFiles({
    'openapi.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /droplets/{id}:
    get: { $ref: 'resources/droplets_get.yaml' }
webhooks:
  dropletCreated:
    post: { $ref: 'resources/droplet_created.yaml' }
`,
    'resources/droplets_get.yaml': `operationId: getDroplet
parameters: [{ $ref: 'parameters.yaml#/id' }]
responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
callbacks:
  onDone:
    '{$request.query.url}':
      post: { $ref: 'droplet_created.yaml' }
`,
    'resources/parameters.yaml': 'id: { name: id, in: path, required: true, schema: { type: integer } }\n',
    'resources/droplet_created.yaml': 'requestBody: { content: { application/json: { schema: { type: object } } } }\n',
  });
  expect(diagnostics.warnings).toEqual([]);
  const get = model.operations[0]!;
  expect(get).toMatchObject({ operationId: 'getDroplet', method: 'get', path: '/droplets/{id}' });
  expect(get.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['id', 'path', true]]);
  expect(get.responses.map((r) => r.status)).toEqual(['200']);
  expect(model.webhooks.map((w) => [w.name, w.operation.requestBody?.content[0]?.mediaType])).toEqual([
    ['dropletCreated', 'application/json'],
    ['getDroplet.onDone', 'application/json'],
  ]);
});

it('parseSecurity and parseServers read malformed input as absent', () => {
  expect(parseSecurity(undefined)).toEqual([]);
  expect(parseSecurity([{}, { a: ['x', 1] }, { b: 'nope' }])).toEqual([
    [],
    [{ scheme: 'a', scopes: ['x', '1'] }],
    [{ scheme: 'b', scopes: [] }],
  ]);
  expect(parseServers('x')).toEqual([]);
  expect(parseServers([{ url: '/v1', description: 'relative' }])).toEqual([
    { url: '/v1', description: 'relative', variables: [] },
  ]);
});

it('reads what a Swagger 2.0 file a spec references writes its way, with warnings, not as nothing', async () => {
  // A 2.0 file of shared parts (Azure's common types are such files), or a 3.x one with the slips.
  const common = `parameters:
  ApiVersion: { name: api-version, in: query, required: true, type: string, enum: ['2024-01-01'] }
  Ids: { name: ids, in: query, type: array, items: { type: integer }, collectionFormat: multi }
  Thing: { name: thing, in: body, required: true, description: The thing., schema: { $ref: '#/definitions/Thing' } }
  Upload: { name: file, in: formData, type: file }
  Loose: { name: anything, in: query }
responses:
  NotFound: { description: gone, schema: { $ref: '#/definitions/Error' }, examples: { application/json: { code: x } } }
definitions:
  Thing: { type: object, properties: { id: { type: string } } }
  Error: { type: object, properties: { code: { type: string } } }
`;
  const ref = (part: string) => `{ $ref: 'common.yaml#/${part}' }`;
  const root = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /things:
    post:
      operationId: addThing
      parameters: [${['ApiVersion', 'Ids', 'Thing', 'Upload', 'Loose'].map((p) => ref(`parameters/${p}`)).join(', ')}]
      responses: { '201': { description: made }, '404': ${ref('responses/NotFound')} }
`;
  const { model, diagnostics } = await modelOfFiles({ 'openapi.yaml': root, 'common.yaml': common });
  const op = model.operations[0]!;
  const query = Object.fromEntries(op.parameters.map((p) => [p.name, p]));
  expect(Object.keys(query)).toEqual(['api-version', 'ids', 'anything']);
  expect(query['api-version']!.schema).toMatchObject({ types: ['string'], enum: ['2024-01-01'] });
  expect(query['ids']).toMatchObject({ style: 'form', explode: true, schema: { types: ['array'] } });
  expect(query['anything']!.schema).toMatchObject({ kind: 'boolean', value: true });
  expect(op.requestBody).toMatchObject({ required: true, description: 'The thing.' });
  expect(op.requestBody!.content.map((c) => [c.mediaType, c.schema?.kind])).toEqual([['application/json', 'ref']]);
  const notFound = op.responses.find((r) => r.status === '404')!;
  expect(notFound.content).toMatchObject([{ mediaType: 'application/json', examples: [{ code: 'x' }] }]);
  expect(notFound.content[0]!.schema).toMatchObject({ kind: 'ref' });
  const warned = diagnostics.warnings.map(
    (w) => `${w.location?.file.endsWith('common.yaml')}:${w.location?.line} ${w.message}`,
  );
  expect(warned).toEqual([
    expect.stringMatching(
      /^true:2 parameter "api-version" has no `schema`: its `type` and the keywords beside it are read as one/,
    ),
    expect.stringMatching(/^true:3 parameter "ids" has no `schema`/),
    expect.stringMatching(
      /^true:4 parameter "thing" is `in: body`, as Swagger 2.0 wrote a request body: read as a JSON/,
    ),
    'true:5 parameter "file" is `in: formData`, which OpenAPI 3 has no place for: left out',
    'true:6 parameter "anything" has neither `schema` nor `content`: its value is typed unknown',
    expect.stringMatching(/^true:8 response has a `schema` and no `content`: read as a JSON body of that schema/),
  ]);
});
