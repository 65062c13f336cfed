/**
 * generator/load/swagger-2.ts: a Swagger 2.0 document is read as the OpenAPI 3.0 document it
 * converts to, every place located in the Swagger text: a definition, a body parameter's schema, a
 * response's schema, a query parameter. A `__proto__` key, which the conversion would lose, is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { modelOf } from '../support/model.js';
import { tempSpecDir } from '../support/fixtures.js';
import { typeCheck } from '../support/tsc.js';

const SWAGGER = `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.example.com
basePath: /v1
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  key: { type: apiKey, in: header, name: X-Key }
security: [{ key: [] }]
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - { name: tags, in: query, type: array, items: { type: string }, collectionFormat: csv }
        - { name: limit, in: query, type: integer, minimum: 5, maximum: 1 }
      responses:
        '200':
          description: ok
          headers: { X-Total: { type: integer } }
          schema: { type: array, items: { $ref: '#/definitions/Pet' } }
    post:
      operationId: addPet
      parameters:
        - { name: X-Trace, in: header, type: string }
        - name: pet
          in: body
          required: true
          schema:
            type: object
            required: [name]
            properties: { name: { type: string, minLength: 3, maxLength: 2 } }
      responses:
        '201': { description: made, schema: { $ref: '#/definitions/Pet' } }
  /pets/{id}/photo:
    post:
      operationId: uploadPhoto
      consumes: [multipart/form-data]
      parameters:
        - { name: id, in: path, required: true, type: string }
        - { name: photo, in: formData, type: file, required: true }
        - { name: caption, in: formData, type: string }
      responses:
        '204': { description: stored }
definitions:
  Pet:
    type: object
    required: [id, name]
    properties:
      id: { type: integer, format: int64 }
      name: { type: string }
      nickname: { type: string, x-nullable: true }
      born: { type: string, format: date-tim }
`;

describe('Swagger 2.0', () => {
  it('generates a package that type-checks: servers, bodies, form uploads, security, nullable', async () => {
    const dir = tempSpecDir({ 'swagger.yaml': SWAGGER });
    const out = path.join(dir, 'out', 'pets');
    const summary = await generate({ spec: path.join(dir, 'swagger.yaml'), out });
    expect([summary.operations, summary.schemas]).toEqual([3, 1]);
    const types = readFileSync(path.join(out, 'types.gen.ts'), 'utf8');
    expect(types).toMatch(/export type Pet = \{[^}]*id: number;[^}]*nickname\?: string \| null;/);
    expect(types).toMatch(/export type UploadPhotoRequest = \{[^]*photo: Blob;[^]*caption\?: string;/);
    expect(types).toMatch(/export type AddPetRequest = \{[^]*body: \{\s*name: string;/);
    const operations = readFileSync(path.join(out, 'operations.gen.ts'), 'utf8');
    expect(operations).toContain("servers: [{ url: 'https://api.example.com/v1', variables: {} }]");
    expect(operations).toMatch(/X-Key/);
    expect(typeCheck(path.join(dir, 'out')).output).toBe('');
  }, 60_000);

  it('locates what it warns of in the Swagger text', async () => {
    const { model, diagnostics } = await modelOf(SWAGGER);
    expect(model.schemas.map((s) => s.rawName)).toEqual(['Pet']);
    const warned = diagnostics.warnings.map((w) => `${w.location?.line}:${w.location?.column} ${w.message}`);
    const lines = SWAGGER.split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(warned).toEqual(
      expect.arrayContaining([
        // A definition's property.
        expect.stringMatching(new RegExp(`^${lineOf('format: date-tim')}:\\d+ unknown format "date-tim"`)),
        // A body parameter's schema, now the request body's.
        expect.stringMatching(new RegExp(`^${lineOf('minLength: 3')}:\\d+ no string satisfies these bounds`)),
        // A query parameter's keywords, now its schema's.
        expect.stringMatching(new RegExp(`^${lineOf('name: limit')}:\\d+ no number satisfies these bounds`)),
      ]),
    );
    expect(warned).toHaveLength(3);
  });

  it('refuses a __proto__ key, which the conversion would lose, where it is', async () => {
    const spec = SWAGGER.replace(
      '      name: { type: string }\n',
      '      name: { type: string }\n      __proto__: { type: string }\n',
    );
    const error = await modelOf(spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect((error as SpecforgeError).message).toMatch(
      /^a key "__proto__" \(at #\/definitions\/Pet\/properties\/__proto__\)/,
    );
    expect((error as SpecforgeError).line).toBe(
      SWAGGER.split('\n').findIndex((l) => l.includes('name: { type: string }')) + 2,
    );
  });

  it("refuses a malformed document with a located error, the converter's own failures included", async () => {
    const head = "swagger: '2.0'\ninfo: { title: t, version: '1' }\n";
    const refused = async (body: string) => {
      const error = (await modelOf(head + body).catch((e: unknown) => e)) as SpecforgeError;
      expect(error).toBeInstanceOf(SpecforgeError);
      return `${error.line}: ${error.message}`;
    };
    // Found in the converted document, placed where the Swagger one wrote it.
    expect(await refused('definitions: 5\n')).toBe('3: `components.schemas` must be an object');
    expect(await refused('paths: { /a: { get: 5 } }\n')).toBe('3: operation GET /a must be an object');
    // The converter's own: at the document's `swagger`.
    expect(
      await refused('consumes: 5\npaths: { /a: { post: { parameters: [{ in: body, name: b, schema: {} }] } } }\n'),
    ).toMatch(/^1: cannot convert this Swagger 2.0 document to OpenAPI 3: /);
  });
});
