/**
 * `date-transforms.gen.ts`, emitted with `dates: 'Date'`: the functions that turn date-time strings
 * into `Date`s, compiled once and shared by two emitters. The client converts response bodies and
 * event data (a constant per operation, by status); the validators of `schemas` and `webhooks` return the
 * converted value, so their output type (`Date`) is what they give back. `index.ts` does not
 * re-export the file: its names are internal, and cannot collide with the spec's.
 */
import { code, join, key, raw, type Code } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode, SchemaId, WebhookNode } from '../../generator/ir/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { jsonRequestSchema, jsonResponseSchemas } from '../../generator/ir/media-types.js';
import { codeStatement, type Statement } from '../structures.js';
import { importUsed, statementsText } from '../imports.js';
import { DateTransformCompiler } from './date-transforms.js';

/** The module, as the client and the validators import it. */
export const DATES_MODULE = './date-transforms.gen.js';

/** What the dates module holds, for the emitters that import from it. */
export interface DateTransforms {
  readonly statements: Statement[];
  /** The operations whose response bodies (`body`) or event data (`events`) carry dates. */
  readonly operations: ReadonlyMap<OperationNode, { readonly body: boolean; readonly events: boolean }>;
  /** The function of each component schema whose read view holds a date-time. */
  readonly schemas: ReadonlyMap<SchemaId, string>;
  /** The function of each webhook payload that holds a date-time. */
  readonly webhooks: ReadonlyMap<WebhookNode, string>;
}

/** Compiles every transform the package needs: operations first, then schemas and webhooks. */
export function dateTransforms(model: ApiModel, plan: Plan): DateTransforms {
  const compiler = new DateTransformCompiler(plan);
  const perOperation: Code[] = [];
  const operations = new Map<OperationNode, { body: boolean; events: boolean }>();
  for (const op of model.operations) {
    const byStatus: Code[] = [];
    const eventsByStatus: Code[] = [];
    for (const r of op.responses) {
      const schemas = jsonResponseSchemas(r);
      const t = compiler.transform(schemas.body);
      if (t) byStatus.push(code`${key(r.status)}: ${t},`);
      const e = compiler.transform(schemas.events);
      if (e) eventsByStatus.push(code`${key(r.status)}: ${e},`);
    }
    const names = plan.operation(op).internal;
    if (byStatus.length)
      perOperation.push(code`export const ${names.dates}: Transforms = {\n${join(byStatus, '\n')}\n};`);
    if (eventsByStatus.length)
      perOperation.push(code`export const ${names.eventDates}: Transforms = {\n${join(eventsByStatus, '\n')}\n};`);
    if (byStatus.length || eventsByStatus.length)
      operations.set(op, { body: byStatus.length > 0, events: eventsByStatus.length > 0 });
  }
  const schemas = new Map<SchemaId, string>();
  for (const named of model.schemas.filter((s) => s.isComponent)) {
    const t = compiler.namedTransform(named.id);
    if (t) schemas.set(named.id, t.text);
  }
  const webhooks = new Map<WebhookNode, string>();
  for (const webhook of model.webhooks) {
    const t = compiler.transform(jsonRequestSchema(webhook.operation));
    if (t) webhooks.set(webhook, t.text);
  }

  const body: Statement[] = [
    ...compiler.declarations.map((d) => codeStatement(d)),
    // `date-time` strings → `Date` in each operation's response bodies and event data, by status.
    ...perOperation.map((c) => codeStatement(c)),
  ];
  const imports = importUsed(statementsText(body), './client-runtime.gen.js', ['toDate'], ['Transforms']);
  // A payload that is a bare date-time converts with the runtime's own function: the validators import it from here.
  if ([...webhooks.values()].includes('toDate'))
    body.push(codeStatement(raw("export { toDate } from './client-runtime.gen.js';")));
  return { statements: [codeStatement(imports), ...body], operations, schemas, webhooks };
}
