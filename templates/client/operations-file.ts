/**
 * `operations.gen.ts`: the API as data, what the client's runtime engine reads: `$api` (servers and
 * security schemes) and an `OperationEntry` per operation (its wire data, and the constants of its
 * validators and date transforms). One exported constant per operation, so that a bundler keeps only
 * the operations a program imports.
 *
 * The module carries `@ts-nocheck`: a user's tsc has nothing to learn from checking generated data
 * tables against their declared types, and on OpenAI's spec (288 operations) that check was a third
 * of the package's check time (0.35 s). Their declared types still reach the user's program;
 * specforge's tests check the module in full (test/support/tsc.ts).
 */
import { code, ident, raw, type Ident } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode } from '../../generator/ir/ir.js';
import type { OperationNames, Plan } from '../../generator/plan/plan.js';
import { codeStatement, constStructure, type Statement } from '../structures.js';
import { importAll } from '../imports.js';
import { noCheckPragma } from '../no-check.js';
import { DATES_MODULE } from '../dates/dates-file.js';
import { STREAMED, apiBaseLiteral, operationEntry, streams, type ClientAnalysis } from './api-spec.js';

export const OPERATIONS_MODULE = './operations.gen.js';

const TABLE_TYPES = ['ApiBase', 'OperationEntry'];

/** The name of the servers-and-schemes constant, which `createClient` passes to the engine. */
export const API_BASE = '$api';

/** Statements of `operations.gen.ts`; `validated` are the operations with validators (in `validators.gen.ts`). */
export function operationsStatements(
  model: ApiModel,
  plan: Plan,
  analysis: ClientAnalysis,
  validated: ReadonlySet<OperationNode>,
): Statement[] {
  const body: Statement[] = [
    constStructure(ident(API_BASE), code`${apiBaseLiteral(model)}`, { type: raw('ApiBase') }),
    ...model.operations.map((op) =>
      constStructure(plan.operation(op).internal.entry, operationEntry(op, model, plan, analysis, validated.has(op)), {
        type: raw('OperationEntry'),
      }),
    ),
  ];
  const imports = dataImports(model, plan, analysis, validated);
  return [noCheckPragma('generated operation tables'), ...imports, ...body];
}

/**
 * The imports: the runtime's types, and the validators' and the dates' constants of the operations
 * that have them, each of which an entry names (no search of the module needed).
 */
function dataImports(
  model: ApiModel,
  plan: Plan,
  analysis: ClientAnalysis,
  validated: ReadonlySet<OperationNode>,
): Statement[] {
  const internal = (pick: (n: OperationNames['internal']) => Ident, ops: Iterable<OperationNode>) =>
    [...ops].map((op) => pick(plan.operation(op).internal));
  const dated = [...(analysis.dates?.operations ?? new Map())];
  const dateImports = [
    ...internal(
      (n) => n.dates,
      dated.filter(([, d]) => d.body).map(([op]) => op),
    ),
    ...internal(
      (n) => n.eventDates,
      dated.filter(([, d]) => d.events).map(([op]) => op),
    ),
  ];
  const checked = model.operations.filter((op) => validated.has(op));
  const runtime = model.operations.some(streams) ? [STREAMED] : [];
  return [
    codeStatement(importAll(runtime, './client-runtime.gen.js', model.operations.length ? TABLE_TYPES : ['ApiBase'])),
    codeStatement(
      importAll(
        internal((n) => n.validators, checked),
        './validators.gen.js',
      ),
    ),
    codeStatement(importAll(dateImports, DATES_MODULE)),
  ];
}

/**
 * `import { $api, listUsers$operation, … } from './operations.gen.js';`: `createClient` names every
 * entry, and it and `createBaseClient` name `$api`.
 */
export function operationsImport(model: ApiModel, plan: Plan): Statement {
  const entries = model.operations.map((op) => plan.operation(op).internal.entry);
  return codeStatement(importAll([ident(API_BASE), ...entries], OPERATIONS_MODULE));
}
