/**
 * The planner: assigns every emitted name once, before any emitter runs. Emitters ask the plan and
 * never build names themselves, so two emitters cannot disagree or collide.
 *
 * Order is deterministic: schemas in ID order, then operations, then webhooks, in spec order; every package-level
 * export shares one case-folded namespace (types and values alike, since `index.ts` re-exports all).
 */
import type { NamedSchema, OperationNode, SchemaId, WebhookNode } from '../ir/ir.js';
import type { AnalysedModel } from '../analyse/analyse.js';
import { camelCase, NameTable, pascalCase, PROTOTYPE_MEMBERS } from './names.js';
import { ident, type Ident } from '../safe/code.js';

export type SchemaView = 'read' | 'write';

/**
 * Names of the types derived from one operation. Bindings are `Ident`s (checked identifiers, the
 * only way a planned name reaches code); `method` is a property name, which code gets through
 * `key`, `prop` or `lit`, since it may be a reserved word (`delete`).
 */
export interface OperationNames {
  /** The client method (a property name: reserved words allowed, prototype members not). */
  readonly method: string;
  /** `…Request`: the call's `{ path, query, headers, body }`. */
  readonly request: Ident;
  /** `…Response`: the union of success bodies. */
  readonly response: Ident;
  /** `…Error`: the union of error bodies. */
  readonly error: Ident;
  /** The standalone function (`listUsers(base, request)`): a package export. */
  readonly standalone: Ident;
  /** The standalone paginator (`paginateListUsers(base, request)`), emitted for operations that page. */
  readonly standalonePaginate: Ident;
  /** `…Result`: what a call resolves to, a union of its statuses' results (a package export). */
  readonly result: Ident;
  /**
   * Module-internal bindings of the operation's runtime entry, validators and date transforms. They
   * hold a `$`, which no planned name has, so they never collide with one.
   */
  readonly internal: {
    readonly entry: Ident;
    readonly validators: Ident;
    readonly dates: Ident;
    readonly eventDates: Ident;
  };
}

export interface Plan {
  /** The type name of a schema in a view (the read view when the schema has no views). */
  schemaType(id: SchemaId, view: SchemaView): Ident;
  /** Whether the schema has a `…Write` name (it reaches readOnly/writeOnly or an enum); see `viewsDiffer`. */
  hasViews(id: SchemaId): boolean;
  /** Whether the write type is a type of its own; where not, it is an alias of the read type. */
  viewsDiffer(id: SchemaId): boolean;
  /** Whether read and write validators differ (readOnly/writeOnly only). */
  hasValidatorViews(id: SchemaId): boolean;
  /** The validator function name of a schema view. */
  schemaValidator(id: SchemaId, view: SchemaView): Ident;
  operation(op: OperationNode): OperationNames;
  /**
   * The type name of a webhook's payload (`NewPetWebhookPayload`; a callback's
   * `CreateSubscriptionOnEventCallbackPayload`).
   */
  webhookPayload(webhook: WebhookNode): Ident;
  readonly schemasById: ReadonlyMap<SchemaId, NamedSchema>;
  /** `Date`: response `date-time` strings become `Date` objects (types and runtime transform). */
  readonly dates: 'string' | 'Date';
  /**
   * A name a target exports for an operation (`listUsersQueryOptions`), claimed in that target's
   * module namespace from the target's `operationNames`.
   */
  targetName(target: string, family: string, op: OperationNode): Ident;
}

/** The exported names a target derives per operation, and the names its module keeps for itself. */
export interface TargetNaming {
  readonly name: string;
  readonly operationNames?: Readonly<Record<string, (method: string) => string>>;
  readonly reserves?: readonly string[];
}

export interface PlanOptions {
  readonly dates?: 'string' | 'Date';
  /** Targets whose per-operation names the plan hands out (beside the client's and the types'). */
  readonly targets?: readonly TargetNaming[];
}

/** Names every package export uses for its runtime; a schema cannot take them. */
export const RUNTIME_EXPORTS = [
  'createClient',
  'schemas',
  'Operations',
  'ClientOptions',
  'Client',
  'ApiResult',
  'ApiSuccess',
  'ApiFailure',
  'ApiUndeclaredError',
  'SpecforgeRequestError',
  'SpecforgeHttpError',
  'SpecforgeValidationError',
  'StandardSchemaV1',
  'Validator',
  'ValidationIssue',
  'RetryOptions',
  'ServerVariables',
  'Auth',
  'BasicCredentials',
  'CallOptions',
  'Credential',
  'Paginator',
  'ItemOf',
  'types',
  'paths',
  'components',
  'operations',
  'webhooks',
  'Webhooks',
  '$defs',
  'operationValidators',
  'ServerSentEvent',
  'EventStreamOptions',
  'DatesAsStrings',
  'ResponseMismatch',
  'Middleware',
  'MiddlewareContext',
  'FetchOptions',
  'createBaseClient',
  'BaseClient',
  'clientOf',
  'createEngine',
];

/**
 * An operation's identity: its method and route. Not its pointer: two routes whose path items
 * `$ref` one shared item (APIs.guru surevoip.co.uk: /support/ip-address → /ip-address) parse to
 * operations with the same pointer, and keying by it gave both the second's names.
 */
function operationKey(op: OperationNode): string {
  return `${op.method} ${op.path}`;
}

/** Builds the plan for a model. Names are claimed in a fixed order, so adding a kind renames nothing older. */
export function planNames(analysed: AnalysedModel, options: PlanOptions = {}): Plan {
  const { model } = analysed;
  const exports = new NameTable(RUNTIME_EXPORTS);
  const schemas = planSchemas(model.schemas, analysed.views, exports);
  const operations = planOperations(model.operations, exports);
  const payloads = new Map<WebhookNode, string>();
  for (const webhook of model.webhooks) {
    const kind = webhook.callbackUrl !== undefined ? 'Callback' : 'Webhook';
    payloads.set(webhook, exports.claim(`${pascalCase(webhook.name)}${kind}Payload`, 'Type'));
  }
  // Claimed last (functions, then paginators, then results), so that adding them renamed none of
  // the names packages already had.
  const functions = new Map([...operations].map(([k, names]) => [k, exports.claim(names.method, 'Operation')]));
  const paginators = new Map(
    [...operations].map(([k, names]) => [k, exports.claim(`paginate${upperFirst(names.method)}`, '_')]),
  );
  const standalone = new Map<string, OperationNames>(
    [...operations].map(([k, names]) => [
      k,
      {
        ...names,
        standalone: ident(functions.get(k)!),
        standalonePaginate: ident(paginators.get(k)!),
        result: ident(exports.claim(`${upperFirst(names.method)}Result`, '_')),
      },
    ]),
  );
  const targetNames = planTargetNames(
    options.targets ?? [],
    model.operations,
    (op) => standalone.get(operationKey(op))!.method,
  );
  const named = (name: string | undefined, what: string): Ident => {
    if (name === undefined) throw new Error(`internal: no name planned for ${what}`);
    return ident(name);
  };
  const { read, write, readValidator, writeValidator } = schemas;
  return {
    dates: options.dates ?? 'string',
    schemasById: new Map(model.schemas.map((s) => [s.id, s])),
    hasViews: (id) => write.has(id),
    viewsDiffer: (id) => analysed.views.distinctViews.has(id),
    hasValidatorViews: (id) => writeValidator.has(id),
    schemaType: (id, view) => named((view === 'write' && write.get(id)) || read.get(id), `schema ${id}`),
    schemaValidator: (id, view) =>
      named((view === 'write' && writeValidator.get(id)) || readValidator.get(id), `schema ${id}`),
    webhookPayload: (webhook) => named(payloads.get(webhook), `webhook ${webhook.name}`),
    targetName: (target, family, op) =>
      named(
        targetNames.get(`${target}\u0000${family}\u0000${operationKey(op)}`),
        `target ${target}'s ${family} of ${op.method} ${op.path}`,
      ),
    operation(op) {
      const names = standalone.get(operationKey(op));
      if (!names) throw new Error(`internal: no names planned for ${op.method} ${op.path}`);
      return names;
    },
  };
}

/** Each schema's type and validator names, and its write view's where the views differ. */
function planSchemas(schemas: readonly NamedSchema[], views: AnalysedModel['views'], exports: NameTable) {
  const validators = new NameTable();
  const read = new Map<SchemaId, string>();
  const write = new Map<SchemaId, string>();
  const readValidator = new Map<SchemaId, string>();
  const writeValidator = new Map<SchemaId, string>();
  for (const schema of schemas) {
    const name = exports.claim(pascalCase(schema.rawName), 'Model');
    read.set(schema.id, name);
    readValidator.set(schema.id, validators.claim(`validate${name}`, '_'));
    if (views.typeViews.has(schema.id)) write.set(schema.id, exports.claim(`${name}Write`, 'Model'));
    if (views.accessViews.has(schema.id)) writeValidator.set(schema.id, validators.claim(`validate${name}Write`, '_'));
  }
  return { read, write, readValidator, writeValidator };
}

/** Each operation's client method, its request, response and error types, and its internal bindings. */
function planOperations(
  operations: readonly OperationNode[],
  exports: NameTable,
): Map<string, Omit<OperationNames, 'standalone' | 'standalonePaginate' | 'result'>> {
  const methods = new NameTable([
    ...PROTOTYPE_MEMBERS,
    'paginate',
    'use',
    'queryKeyScope',
    'withOptions',
    'options',
    'then',
  ]);
  const out = new Map<string, Omit<OperationNames, 'standalone' | 'standalonePaginate' | 'result'>>();
  const internal = (method: string, what: string) => ident(`${method}$${what}`);
  for (const op of operations) {
    const fallback = `${op.method} ${op.path.replace(/\{([^}]*)\}/g, ' by $1 ')}`;
    const method = methods.claim(camelCase(op.operationId ?? fallback), '_', { propertyName: true });
    const pascal = upperFirst(method);
    out.set(operationKey(op), {
      method,
      request: ident(exports.claim(`${pascal}Request`, 'Type')),
      response: ident(exports.claim(`${pascal}Response`, 'Type')),
      error: ident(exports.claim(`${pascal}Error`, 'Type')),
      internal: {
        entry: internal(method, 'operation'),
        validators: internal(method, 'validators'),
        dates: internal(method, 'dates'),
        eventDates: internal(method, 'eventDates'),
      },
    });
  }
  return out;
}

/**
 * Each target's per-operation names, claimed family by family in operation order, in a namespace
 * of the target's own (its module), which starts with the names the target reserves.
 */
function planTargetNames(
  targets: readonly TargetNaming[],
  operations: readonly OperationNode[],
  methodOf: (op: OperationNode) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const target of targets) {
    const table = new NameTable(target.reserves ?? []);
    for (const [family, derive] of Object.entries(target.operationNames ?? {})) {
      for (const op of operations)
        out.set(`${target.name}\u0000${family}\u0000${operationKey(op)}`, table.claim(derive(methodOf(op)), '_'));
    }
  }
  return out;
}

function upperFirst(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}
