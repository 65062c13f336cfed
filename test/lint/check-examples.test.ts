/**
 * generator/lint/check-examples.ts: every example of the spec, in whatever file, checked by the
 * validator of its schema, body or parameter. (`specforge lint --examples` end to end: test/cli/lint-examples.test.ts.)
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyse } from '../../generator/analyse/analyse.js';
import { Diagnostics } from '../../generator/diagnostics.js';
import { checkExamples } from '../../generator/lint/check-examples.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import { planNames } from '../../generator/plan/plan.js';
import { tempSpecDir } from '../support/fixtures.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
components:
  parameters:
    Limit: { name: limit, in: query, schema: { type: integer, maximum: 100 }, example: 500 }
  schemas:
    User:
      type: object
      required: [id]
      properties: { id: { type: string }, age: { type: integer, minimum: 0 } }
      example: { id: u1, age: -1 }
    Fine: { type: string, example: ok }
paths:
  /users:
    get:
      parameters: [{ $ref: '#/components/parameters/Limit' }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/User' } }
              example: [{ age: 3 }]
  /teams:
    get:
      parameters: [{ $ref: '#/components/parameters/Limit' }]
      responses: { '204': { description: none } }
`;

async function warningsOf(yaml: string): Promise<string[]> {
  const dir = tempSpecDir({ 'openapi.yaml': yaml });
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const diagnostics = new Diagnostics();
  const model = parseDocument(spec, diagnostics);
  await checkExamples(spec, model, planNames(analyse(model)), diagnostics);
  return diagnostics.warnings.map((w) => `${w.location.line}: ${w.message}`);
}

it("reports a schema's, a body's and a shared parameter's example (once) at its line, with the issue", async () => {
  const warnings = await warningsOf(SPEC);
  expect(warnings).toEqual([
    '5: example does not match parameter "limit" (query) of GET /users: (root) must be <= 100',
    '11: example does not match schema "User": age must be >= 0',
    '23: example does not match the 200 response body of GET /users: 0.id is required',
  ]);
});

it('is silent on a document whose examples all pass, or that has none', async () => {
  expect(
    await warningsOf(
      SPEC.replace('age: -1', 'age: 1').replace('[{ age: 3 }]', '[{ id: x }]').replace('example: 500', 'example: 5'),
    ),
  ).toEqual([]);
  expect(await warningsOf(`openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\n`)).toEqual([]);
});

it("follows a split spec's $refs: each file's examples reported in that file", async () => {
  const dir = tempSpecDir({
    'openapi.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /droplets:
    get: { $ref: 'resources/list.yml' }
`,
    'resources/list.yml': `parameters: [{ $ref: 'parameters.yml#/per_page' }]
responses:
  '200': { $ref: 'responses/all.yml' }
`,
    'resources/parameters.yml':
      'per_page: { name: per_page, in: query, schema: { type: integer, maximum: 200 }, example: 500 }\n',
    'resources/responses/all.yml': `description: all droplets
content:
  application/json:
    schema: { type: array, items: { $ref: '../models/droplet.yml' } }
    example: [{ id: nine }]
    examples:
      shared: { $ref: 'examples.yml#/two' }
  text/plain:
    schema: { $ref: '../models/droplet.yml' }
    example: { $ref: 'examples.yml#/one' }
`,
    'resources/responses/examples.yml': 'two: { value: [{ id: 2 }, { id: x }] }\none: { id: 1 }\n',
    'resources/models/droplet.yml':
      'type: object\nrequired: [id]\nproperties: { id: { type: integer } }\nexample: { name: d }\n',
  });
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const diagnostics = new Diagnostics();
  const model = parseDocument(spec, diagnostics);
  await checkExamples(spec, model, planNames(analyse(model)), diagnostics);
  expect(
    diagnostics.warnings.map((w) => `${path.relative(dir, w.location.file)}:${w.location.line}: ${w.message}`),
  ).toEqual([
    'resources/models/droplet.yml:4: example does not match schema "Droplet": id is required',
    'resources/parameters.yml:1: example does not match parameter "per_page" (query) of GET /droplets: (root) must be <= 200',
    'resources/responses/all.yml:5: example does not match the 200 response body of GET /droplets: 0.id must be integer',
    'resources/responses/all.yml:7: example does not match the 200 response body of GET /droplets: 1.id must be integer',
    'resources/responses/all.yml:10: example is an object of one `$ref`: OpenAPI reads it as the value itself, not as a ' +
      'reference (an `examples` entry may $ref an Example Object); not checked',
  ]);
});
