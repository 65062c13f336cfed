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
