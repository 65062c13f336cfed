/**
 * templates/client/operations-file.ts: operations.gen.ts holds `$api` and an exported entry per
 * operation, under `@ts-nocheck`, importing only the validators and transforms it refers to.
 */
import { expect, it } from 'vitest';
import { operationsStatements } from '../../../templates/client/operations-file.js';
import { statementsText } from '../../../templates/imports.js';
import { analyse } from '../../../generator/analyse/analyse.js';
import { planNames } from '../../../generator/plan/plan.js';
import { modelOf } from '../../support/model.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
servers: [{ url: 'https://api.example.com/v1' }]
paths:
  /users:
    get:
      operationId: listUsers
      responses: { '200': { description: ok, content: { application/json: { schema: { type: string } } } } }
    post:
      operationId: createUser
      responses: { '204': { description: made } }
`;

async function setup() {
  const { model } = await modelOf(SPEC);
  const analysed = analyse(model);
  const plan = planNames(analysed);
  return { model, plan, analysis: { pagination: analysed.pagination, headers: analysed.headers } };
}

it('declares $api and an exported OperationEntry per operation, the file unchecked by a user’s tsc', async () => {
  const { model, plan, analysis } = await setup();
  const statements = operationsStatements(model, plan, analysis, new Set());
  const text = statementsText(statements);
  expect(statements[0]).toMatch(/^\/\/ @ts-nocheck: generated operation tables, type-checked by specforge's own tests/);
  expect(text).toContain('import { type ApiBase, type OperationEntry } from "./client-runtime.gen.js";');
  expect(text).toContain('"name":"$api"');
  expect(text).toContain('"name":"listUsers$operation"');
  expect(text).toContain('"name":"createUser$operation"');
  expect(text.match(/"isExported":true/g)).toHaveLength(3);
  // Without validators nothing imports validators.gen.js.
  expect(text).not.toContain('validators.gen.js');
});

it('imports the validators of exactly the operations that have them', async () => {
  const { model, plan, analysis } = await setup();
  const text = statementsText(operationsStatements(model, plan, analysis, new Set([model.operations[0]!])));
  expect(text).toContain('import { listUsers$validators } from "./validators.gen.js";');
  expect(text).not.toContain('createUser$validators');
});
