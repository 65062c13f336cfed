/**
 * templates/client/client-file.ts and api-spec.ts: what client.gen.ts declares per operation, read
 * from the emitted statements (the behaviour of the whole client runs in test/client).
 */
import { describe, expect, it } from 'vitest';
import { clientStatements, requestIsOptional } from '../../../templates/client/client-file.js';
import { apiBaseLiteral, operationEntry } from '../../../templates/client/api-spec.js';
import { statementsText } from '../../../templates/imports.js';
import { analyse } from '../../../generator/analyse/analyse.js';
import { planNames } from '../../../generator/plan/plan.js';
import { modelOf } from '../../support/model.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
servers: [{ url: 'https://api.example.com/v1' }]
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Api-Key }
    __proto__: { type: http, scheme: bearer }
security: [{ key: [] }]
paths:
  /users:
    get:
      operationId: listUsers
      parameters: [{ name: page, in: query, schema: { type: integer } }, { name: page-size, in: query, schema: { type: integer } }]
      responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } } }
  /users/{id}:
    delete:
      operationId: deleteUser
      servers: [{ url: 'https://admin.example.com' }]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
`;

const RESULTS_SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /pets/{id}:
    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
    get:
      operationId: getPet
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: string } } } }
        '400': { description: bad, content: { application/json: { schema: { type: integer } } } }
        '404': { description: none, content: { application/json: { schema: { type: integer } } } }
    put:
      operationId: updatePet
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: string } } } }
        '201': { description: new, content: { application/json: { schema: { type: string } } } }
        '400': { description: bad, content: { application/json: { schema: { type: integer } } } }
        '5XX': { description: down, content: { application/json: { schema: { type: boolean } } } }
        default: { description: other, content: { application/json: { schema: { type: boolean } } } }
    delete:
      operationId: deletePet
      responses:
        '204': { description: gone, headers: { X-Left: { schema: { type: integer } } } }
`;

async function setup(spec = SPEC) {
  const { model } = await modelOf(spec);
  const analysed = analyse(model);
  const plan = planNames(analysed);
  const analysis = { pagination: analysed.pagination, headers: analysed.headers };
  return { model, plan, analysis, list: model.operations[0]!, remove: model.operations[1]! };
}

describe('clientStatements', () => {
  it('declares a method and a standalone function per operation, and a paginator only for one that pages', async () => {
    const { model, plan, analysis } = await setup();
    const text = statementsText(clientStatements(model, plan, analysis));
    expect(text).toContain('export function listUsers(');
    expect(text).toContain('export function paginateListUsers(');
    expect(text).toContain('export function deleteUser(');
    expect(text).not.toContain('paginateDeleteUser');
    // The operations' data lives in operations.gen.ts: imported by name, not declared here.
    expect(text).toContain('import { $api, listUsers$operation, deleteUser$operation } from "./operations.gen.js";');
    expect(text).not.toContain('OperationEntry');
  });

  it('writes out each result: statuses of one body share a member, ranges and default have their own', async () => {
    const { model, plan, analysis } = await setup(RESULTS_SPEC);
    const text = statementsText(clientStatements(model, plan, analysis));
    const result = (name: string) => text.slice(text.indexOf(`export type ${name} =`)).split(';')[0];
    // One success body, and one error body for 400 and 404: named by the operation's aliases.
    expect(result('GetPetResult')).toBe(
      'export type GetPetResult = ApiSuccess<200, types.GetPetResponse> | ApiFailure<400 | 404, types.GetPetError>',
    );
    // Two error bodies: each through the Operations map; `default` and `5XX` have status `number`.
    expect(result('UpdatePetResult')).toBe(
      'export type UpdatePetResult = ApiSuccess<200 | 201, types.UpdatePetResponse> | ' +
        `ApiFailure<400, types.Operations["updatePet"]['responses']["400"]> | ` +
        `ApiFailure<number, types.Operations["updatePet"]['responses']["5XX"]> | ` +
        `ApiFailure<number, types.Operations["updatePet"]['responses']["default"]>`,
    );
    // No error declared: any other status is an ApiUndeclaredError; declared headers are typed by status.
    expect(result('DeletePetResult')).toBe(
      `export type DeletePetResult = ApiSuccess<204, types.DeletePetResponse, types.Operations["deletePet"]` +
        `['responseHeaders']["204"]> | ApiUndeclaredError`,
    );
    expect(text).toContain('getPet(request: types.GetPetRequest, options?: CallOptions): Promise<GetPetResult>;');
  });

  it('makes the request optional only when nothing in it is required', async () => {
    const { list, remove } = await setup();
    expect(requestIsOptional(list)).toBe(true);
    expect(requestIsOptional(remove)).toBe(false);
  });
});

describe('api-spec', () => {
  it('keeps every security scheme, __proto__ included, as data', async () => {
    const { model } = await setup();
    const base = apiBaseLiteral(model).text;
    expect(base).toContain('https://api.example.com/v1');
    expect(base).toMatch(/\['__proto__'\]|"__proto__"|'__proto__'/);
  });

  it("an entry carries the operation's paging, its security and its own server", async () => {
    const { model, plan, analysis, list, remove } = await setup();
    const listed = operationEntry(list, model, plan, analysis, false).text;
    expect(listed).toContain('pagination: {kind: "page"');
    expect(listed).toContain('security: [["key"]]');
    expect(listed).not.toContain('validators:');
    const removed = operationEntry(remove, model, plan, analysis, true).text;
    expect(removed).toContain('https://admin.example.com');
    expect(removed).toContain('validators: deleteUser$validators');
  });
});
