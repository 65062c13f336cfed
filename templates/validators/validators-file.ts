/**
 * `validators.gen.ts`: one check function per schema view, the `schemas` object keyed by the
 * original component names (Standard Schema validators), and the per-operation validators the client
 * uses for `validate: { request, response }`.
 */
import { code, join, key, lit, raw, type Code } from '../../generator/safe/code.js';
import type { ApiModel } from '../../generator/model/ir.js';
import { isSuccessStatus, jsonRequestSchema, jsonResponseSchemas } from '../../generator/model/media-types.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { codeStatement, type Statement } from '../structures.js';
import { ValidatorCompiler, type CompileOptions } from './compile-schema.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { usesUnevaluated } from './uses-unevaluated.js';
import { noCheckPragma } from '../no-check.js';

const RUNTIME = './validators-runtime.gen.js';

const NO_CHECK = noCheckPragma('generated check functions');

/** Statements of `validators.gen.ts`. */
export function validatorStatements(model: ApiModel, plan: Plan, options: CompileOptions): Statement[] {
  const compiler = new ValidatorCompiler(plan, options, usesUnevaluated(model));
  const entries: Code[] = [];
  for (const named of model.schemas) {
    const views: SchemaView[] = plan.hasValidatorViews(named.id) ? ['read', 'write'] : ['read'];
    for (const view of views) compiler.compileNamed(plan.schemaValidator(named.id, view), named.schema, view);
    if (!named.isComponent) continue;
    const read = code`validator<types.${raw(plan.schemaType(named.id, 'read'))}>(${named.rawName}, ${raw(plan.schemaValidator(named.id, 'read'))})`;
    const entry = views.length === 2
      ? code`Object.assign(${read}, { write: validator<types.${raw(plan.schemaType(named.id, 'write'))}>(${named.rawName}, ${raw(plan.schemaValidator(named.id, 'write'))}) })`
      : read;
    entries.push(code`${key(named.rawName)}: ${entry},`);
  }

  const operations: Code[] = [];
  for (const op of model.operations) {
    const parts: Code[] = [];
    // Each parameter by location and name, when its schema checks more than its type.
    const locations = (['path', 'query', 'header', 'cookie'] as const).flatMap((where) => {
      const checks = op.parameters
        .filter((p) => p.in === where && compiler.checksMoreThanType(p.schema, 'write'))
        .map((p) => code`${key(p.name)}: checker(${compiler.sub(p.schema, 'write')}),`);
      return checks.length ? [code`${raw(where)}: {\n${join(checks, '\n')}\n},`] : [];
    });
    if (locations.length) parts.push(code`params: {\n${join(locations, '\n')}\n},`);
    const body = jsonRequestSchema(op);
    if (body) parts.push(code`request: checker(${compiler.sub(body, 'write')}),`);
    const responses: Code[] = [];
    const events: Code[] = [];
    for (const r of op.responses.filter((r) => isSuccessStatus(r.status))) {
      const schemas = jsonResponseSchemas(r);
      if (schemas.body) responses.push(code`${lit(r.status)}: checker(${compiler.sub(schemas.body, 'read')}),`);
      if (schemas.events) events.push(code`${lit(r.status)}: checker(${compiler.sub(schemas.events, 'read')}),`);
    }
    if (responses.length) parts.push(code`responses: {\n${join(responses, '\n')}\n},`);
    if (events.length) parts.push(code`events: {\n${join(events, '\n')}\n},`);
    if (parts.length) operations.push(code`${key(plan.operation(op).method)}: {\n${join(parts, '\n')}\n},`);
  }

  // A subscriber checks what it receives: each webhook's JSON payload, read view.
  const webhooks: Code[] = [];
  for (const webhook of model.webhooks) {
    const payload = jsonRequestSchema(webhook.operation);
    if (payload) webhooks.push(code`${key(webhook.name)}: validator<types.${raw(plan.webhookPayload(webhook))}>(${webhook.name}, ${compiler.sub(payload, 'read')}),`);
  }

  const body: Statement[] = [
    // `Issue` is exported as `ValidationIssue`: APIs have schemas called Issue (GitHub's), and the
    // planner reserves the package's runtime names (plan.ts RUNTIME_EXPORTS), not the runtime's own.
    codeStatement(raw(`export { SpecforgeValidationError, type Issue as ValidationIssue, type Validator } from '${RUNTIME}';`)),
    ...compiler.declarations.map((d) => codeStatement(d)),
    codeStatement(code`/** Standard Schema validators by component schema name; \`.write\` is the request view where it differs. */\nexport const schemas = {\n${join(entries, '\n')}\n};`),
    ...(webhooks.length ? [codeStatement(code`/** Standard Schema validators of webhook payloads, by webhook name: check what your endpoint receives. */\nexport const webhooks = {\n${join(webhooks, '\n')}\n};`)] : []),
    codeStatement(code`/** Parameter and body validators by client method, used by \`createClient({ validate })\`. */\nexport const operationValidators: OperationValidatorsTable = {\n${join(operations, '\n')}\n};`),
  ];
  const text = statementsText(body.slice(1));
  return [
    NO_CHECK,
    codeStatement(importUsed(text, RUNTIME, ['checker', 'eq', 'formats', 'halt', 'haltAt', 'haltChild', 'len', 'mark', 'mergeEv', 'multipleOf', 'own', 'unique', 'validator'], ['Check', 'Ev', 'Issue', 'OperationValidatorsTable'])),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    ...body,
  ];
}
