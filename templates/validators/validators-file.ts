/**
 * `validators.gen.ts`: one check function per schema view, the `schemas` object keyed by the
 * original component names (Standard Schema validators), and the per-operation validators the client
 * uses for `validate: { request, response }`.
 */
import { code, ident, join, key, lit, PURE, raw, type Code, type Ident } from '../../generator/safe/code.js';
import type { ApiModel, OperationNode, SchemaId } from '../../generator/ir/ir.js';
import type { InheritedTag } from '../../generator/ir/inheritance.js';
import {
  bodyKindOf,
  isSuccessStatus,
  jsonRequestSchema,
  jsonResponseSchemas,
  requestMediaChoices,
} from '../../generator/ir/media-types.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { codeStatement, type Statement } from '../structures.js';
import { ValidatorCompiler, type CompileOptions } from './compile-schema.js';
import { importNamespaceUsed, importUsed, statementsText } from '../imports.js';
import { trackedSchemas } from './uses-unevaluated.js';
import { FORMAT_CHECKS } from './keywords/scalars.js';
import { noCheckPragma } from '../no-check.js';
import { DATES_MODULE, type DateTransforms } from '../dates/dates-file.js';

const RUNTIME = './validators-runtime.gen.js';

const NO_CHECK = noCheckPragma('generated check functions');

export interface ParameterOptions {
  /**
   * A check for every parameter, a bare `{ type: string }` too (`lint --examples` checks their
   * examples). A package leaves those out: the parameter's TypeScript type says as much.
   */
  readonly everyParameter?: boolean;
}

/** `validators.gen.ts`, and the operations it has validators for (the client's entries refer to them). */
export interface ValidatorsModule {
  readonly statements: Statement[];
  readonly operations: ReadonlySet<OperationNode>;
  /** `index.ts`'s re-export of the module's public names (not the per-operation constants). */
  readonly indexExport: Statement;
}

/** The validator types the package's index re-exports, under the names the package gives them. */
const VALIDATOR_TYPES = raw('type DatesAsStrings, type ValidationIssue, type Validator');
const RUNTIME_TYPES_AS_EXPORTED = raw('type DatesAsStrings, type Issue as ValidationIssue, type Validator');

/** Statements of `validators.gen.ts`. */
export function validatorStatements(
  model: ApiModel,
  plan: Plan,
  options: CompileOptions & ParameterOptions,
  dates?: DateTransforms,
  tags: ReadonlyMap<SchemaId, InheritedTag> = new Map(),
): ValidatorsModule {
  const tracked = trackedSchemas(model);
  const compiler = new ValidatorCompiler(
    plan,
    options,
    tracked !== undefined,
    model.schemas.some((s) => s.resource !== undefined),
    tags,
    tracked,
  );
  const converted = new Set<string>();
  // The order is the hoisted checks' order (s0, s1, …): schemas, then operations, then webhooks.
  const entries = schemaEntries(model, plan, compiler, dates, converted);
  const operations: Code[] = [];
  const perOperation: Code[] = [];
  const validated = new Set<OperationNode>();
  for (const op of model.operations) {
    const parts = operationChecks(op, compiler, options);
    if (parts.length === 0) continue;
    const names = plan.operation(op);
    validated.add(op);
    perOperation.push(
      code`export const ${names.internal.validators}: OperationValidators = {\n${join(parts, '\n')}\n};`,
    );
    operations.push(code`${key(names.method)}: ${names.internal.validators},`);
  }
  const webhooks = webhookEntries(model, plan, compiler, dates, converted);
  const body = moduleBody(compiler, entries, webhooks, perOperation, operations);
  const text = statementsText(body.slice(1));
  const statements = [
    NO_CHECK,
    codeStatement(importUsed(text, RUNTIME, RUNTIME_VALUES, RUNTIME_TYPES)),
    codeStatement(importUsed(text, DATES_MODULE, [...converted].sort())),
    codeStatement(importNamespaceUsed(text, './types.gen.js', 'types')),
    ...body,
  ];
  const webhookExport = webhooks.length ? raw('webhooks, ') : raw('');
  const names = code`schemas, ${webhookExport}operationValidators, SpecforgeValidationError, ${VALIDATOR_TYPES}`;
  const indexExport = codeStatement(code`export { ${names} } from './validators.gen.js';`);
  return { statements, operations: validated, indexExport };
}

/** What the module may import from the validators runtime (only what it uses is imported). */
const RUNTIME_VALUES = [
  'checker',
  'drop',
  'dynamicCheck',
  'eq',
  'fail',
  ...Object.values(FORMAT_CHECKS),
  'halt',
  'haltAt',
  'haltChild',
  'haltEnum',
  'haltProperty',
  'haltUnion',
  'isObject',
  'len',
  'linearPattern',
  'mark',
  'mergeEv',
  'multipleOf',
  'own',
  'ownView',
  'passed',
  'unique',
  'validator',
];
const RUNTIME_TYPES = [
  'Check',
  'DatesAsStrings',
  'Ev',
  'Issues',
  'OperationValidators',
  'OperationValidatorsTable',
  'Validator',
];

/**
 * A Standard Schema validator of a read view. With `dates: 'Date'` its type has `Date`s where the
 * JSON has strings: it then checks the JSON (its input type) and returns a converted copy
 * (`convert`, recorded in `converted` for the import).
 */
function readValidator(
  type: Ident,
  name: string,
  check: Code,
  convert: string | undefined,
  converted: Set<string>,
): { value: Code; type: Code } {
  const args = convert ? code`<types.${type}, DatesAsStrings<types.${type}>>` : code`<types.${type}>`;
  if (convert) converted.add(convert);
  const value = convert
    ? code`${PURE}validator${args}(${name}, ${check}, ${ident(convert)})`
    : code`${PURE}validator${args}(${name}, ${check})`;
  // The type is spelled out so that declarations emit per file (isolatedDeclarations).
  return { value, type: code`Validator${args}` };
}

/** Compiles every named schema's views; returns the `schemas` entries of the components. */
function schemaEntries(
  model: ApiModel,
  plan: Plan,
  compiler: ValidatorCompiler,
  dates: DateTransforms | undefined,
  converted: Set<string>,
): Code[] {
  const entries: Code[] = [];
  const keys = schemaKeys(model, plan);
  for (const named of model.schemas) {
    const views: SchemaView[] = plan.hasValidatorViews(named.id) ? ['read', 'write'] : ['read'];
    compiler.compileNamed(named, views);
    const schemaKey = keys.get(named.id);
    if (schemaKey === undefined) continue;
    const convert = dates?.schemas.get(named.id);
    const readType = plan.schemaType(named.id, 'read');
    const read = readValidator(readType, named.rawName, plan.schemaValidator(named.id, 'read'), convert, converted);
    // A read view that converts dates has a `.write` too (strings in and out), on the same check
    // unless readOnly/writeOnly make the checks differ.
    const write = plan.schemaType(named.id, 'write');
    const writeCheck = plan.schemaValidator(named.id, 'write');
    const writeValidator = code`${PURE}validator<types.${write}>(${named.rawName}, ${writeCheck})`;
    const withWrite = code`${read.type} & { write: Validator<types.${write}> }`;
    const entry =
      views.length === 2 || convert
        ? code`${PURE}Object.assign(${read.value}, { write: ${writeValidator} }) as ${withWrite}`
        : code`${read.value} as ${read.type}`;
    entries.push(code`${key(schemaKey)}: ${entry},`);
  }
  return entries;
}

/**
 * The `schemas` key of each exported schema: a root component's own name, as the spec writes it;
 * another file's schema by its type's name (`Droplet` for `models/droplet.yml`, `Error2` beside a
 * root `Error`), which the plan keeps unique. A key already taken leaves the later schema out.
 */
export function schemaKeys(model: ApiModel, plan: Plan): Map<SchemaId, string> {
  const exported = model.schemas.filter((s) => s.isComponent);
  const isRootComponent = (id: SchemaId) => id.startsWith('#/components/schemas/');
  const taken = new Set(exported.filter((s) => isRootComponent(s.id)).map((s) => s.rawName));
  const keys = new Map<SchemaId, string>();
  for (const named of exported) {
    if (isRootComponent(named.id)) keys.set(named.id, named.rawName);
    else {
      const name = plan.schemaType(named.id, 'read').text;
      if (!taken.has(name)) keys.set(named.id, name);
      taken.add(name);
    }
  }
  return keys;
}

/**
 * An operation's validators (none when nothing checks more than its type): its parameters by
 * location and name, its querystring, its JSON request bodies, its success responses and events.
 * Each operation's validators are a constant of their own, which a bundler drops when the program
 * does not import the operation; `operationValidators` gathers them by client method.
 */
function operationChecks(op: OperationNode, compiler: ValidatorCompiler, options: ParameterOptions): Code[] {
  const parts: Code[] = [];
  // Each parameter by location and name, when its schema checks more than its type.
  const locations = (['path', 'query', 'header', 'cookie'] as const).flatMap((where) => {
    const checks = op.parameters
      .filter((p) => p.in === where && (options.everyParameter || compiler.checksMoreThanType(p.schema, 'write')))
      .map((p) => code`${key(p.name)}: ${PURE}checker(${compiler.sub(p.schema, 'write')}),`);
    return checks.length ? [code`${key(where)}: {\n${join(checks, '\n')}\n},`] : [];
  });
  if (locations.length) parts.push(code`params: {\n${join(locations, '\n')}\n},`);
  // OpenAPI 3.2's `querystring` parameter is the whole query: checked as one value.
  const whole = op.parameters.find((p) => p.in === 'querystring');
  if (whole && compiler.checksMoreThanType(whole.schema, 'write'))
    parts.push(code`querystring: ${PURE}checker(${compiler.sub(whole.schema, 'write')}),`);
  const body = jsonRequestSchema(op);
  if (body) parts.push(code`request: ${PURE}checker(${compiler.sub(body, 'write')}),`);
  // The other JSON media types a body may be sent as (`contentType`), each by its own schema.
  const alternatives = (op.requestBody ? requestMediaChoices(op.requestBody.content).slice(1) : [])
    .filter((m) => m.schema && bodyKindOf(m.mediaType) === 'json')
    .map((m) => code`${key(m.mediaType)}: ${PURE}checker(${compiler.sub(m.schema!, 'write')}),`);
  if (alternatives.length) parts.push(code`requests: {\n${join(alternatives, '\n')}\n},`);
  const responses: Code[] = [];
  const events: Code[] = [];
  for (const r of op.responses.filter((r) => isSuccessStatus(r.status))) {
    const schemas = jsonResponseSchemas(r);
    if (schemas.body) responses.push(code`${lit(r.status)}: ${PURE}checker(${compiler.sub(schemas.body, 'read')}),`);
    if (schemas.events) events.push(code`${lit(r.status)}: ${PURE}checker(${compiler.sub(schemas.events, 'read')}),`);
  }
  if (responses.length) parts.push(code`responses: {\n${join(responses, '\n')}\n},`);
  if (events.length) parts.push(code`events: {\n${join(events, '\n')}\n},`);
  return parts;
}

/** A subscriber checks what it receives: each webhook's JSON payload, read view. */
function webhookEntries(
  model: ApiModel,
  plan: Plan,
  compiler: ValidatorCompiler,
  dates: DateTransforms | undefined,
  converted: Set<string>,
): Code[] {
  const webhooks: Code[] = [];
  for (const webhook of model.webhooks) {
    const payload = jsonRequestSchema(webhook.operation);
    if (!payload) continue;
    const check = compiler.sub(payload, 'read');
    const v = readValidator(plan.webhookPayload(webhook), webhook.name, check, dates?.webhooks.get(webhook), converted);
    webhooks.push(code`${key(webhook.name)}: ${v.value} as ${v.type},`);
  }
  return webhooks;
}

/** The module after its imports: the re-export, the checks, `schemas`, `webhooks`, the per-operation constants. */
function moduleBody(
  compiler: ValidatorCompiler,
  entries: readonly Code[],
  webhooks: readonly Code[],
  perOperation: readonly Code[],
  operations: readonly Code[],
): Statement[] {
  const schemasDoc = raw(
    '/** Standard Schema validators by component schema name; `.write` is the request view where it differs. */',
  );
  const webhooksDoc = raw(
    '/** Standard Schema validators of webhook payloads, by webhook name: check what your endpoint receives. */',
  );
  const byMethod = join(operations, '\n');
  const operationsDoc = raw(
    '/** Parameter and body validators by client method, used by `createClient({ validate })`. */',
  );
  return [
    // `Issue` is exported as `ValidationIssue`: APIs have schemas called Issue (GitHub's), and the
    // planner reserves the package's runtime names (plan.ts RUNTIME_EXPORTS), not the runtime's own.
    codeStatement(
      code`export { SpecforgeValidationError, ${RUNTIME_TYPES_AS_EXPORTED} } from './validators-runtime.gen.js';`,
    ),
    ...compiler.declarations.map((d) => codeStatement(d)),
    codeStatement(code`${schemasDoc}\nexport const schemas = {\n${join(entries, '\n')}\n};`),
    ...(webhooks.length
      ? [codeStatement(code`${webhooksDoc}\nexport const webhooks = {\n${join(webhooks, '\n')}\n};`)]
      : []),
    ...perOperation.map((c) => codeStatement(c)),
    codeStatement(
      code`${operationsDoc}\nexport const operationValidators: OperationValidatorsTable = {\n${byMethod}\n};`,
    ),
  ];
}
