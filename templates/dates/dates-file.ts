/**
 * `date-transforms.gen.ts`, emitted with `dates: 'Date'`: the functions that turn date-time strings
 * into `Date`s, compiled once and shared by two emitters. The client converts response bodies and
 * event data (tables by method and status); the validators of `schemas` and `webhooks` return the
 * converted value, so their output type (`Date`) is what they give back. `index.ts` does not
 * re-export the file: its names are internal, and cannot collide with the spec's.
 */
import { code, join, key, raw, type Code } from '../../generator/safe/code.js';
import type { ApiModel, SchemaId, WebhookNode } from '../../generator/model/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { jsonRequestSchema, jsonResponseSchemas } from '../../generator/model/media-types.js';
import { codeStatement, type Statement } from '../structures.js';
import { importUsed, statementsText } from '../imports.js';
import { DateTransformCompiler } from './date-transforms.js';

/** The module, as the client and the validators import it. */
export const DATES_MODULE = './date-transforms.gen.js';

/** What the dates module holds, for the emitters that import from it. */
export interface DateTransforms {
  readonly statements: Statement[];
  /** The tables the client passes to its engine: `transforms`, and `eventTransforms` when events carry dates. */
  readonly tables: readonly string[];
  /** The function of each component schema whose read view holds a date-time. */
  readonly schemas: ReadonlyMap<SchemaId, string>;
  /** The function of each webhook payload that holds a date-time. */
  readonly webhooks: ReadonlyMap<WebhookNode, string>;
}

/** Compiles every transform the package needs: operations first, then schemas and webhooks. */
export function dateTransforms(model: ApiModel, plan: Plan): DateTransforms {
  const compiler = new DateTransformCompiler(plan);
  const bodies: Code[] = [];
  const events: Code[] = [];
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
    const method = key(plan.operation(op).method);
    if (byStatus.length) bodies.push(code`${method}: {\n${join(byStatus, '\n')}\n},`);
    if (eventsByStatus.length) events.push(code`${method}: {\n${join(eventsByStatus, '\n')}\n},`);
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
    codeStatement(code`/** \`date-time\` strings → \`Date\` in response bodies, by method and status. */\nexport const transforms: NonNullable<ApiSpec['transforms']> = {\n${join(bodies, '\n')}\n};`),
  ];
  const tables = ['transforms'];
  if (events.length) {
    body.push(codeStatement(code`/** The same in the data of each event of event streams. */\nexport const eventTransforms: NonNullable<ApiSpec['eventTransforms']> = {\n${join(events, '\n')}\n};`));
    tables.push('eventTransforms');
  }
  const imports = importUsed(statementsText(body), './client-runtime.gen.js', ['toDate'], ['ApiSpec']);
  // A payload that is a bare date-time converts with the runtime's own function: the validators import it from here.
  if ([...webhooks.values()].includes('toDate')) body.push(codeStatement(raw("export { toDate } from './client-runtime.gen.js';")));
  return { statements: [codeStatement(imports), ...body], tables, schemas, webhooks };
}
