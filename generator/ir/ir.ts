/**
 * The typed intermediate model: one shape for OpenAPI 3.0 and 3.1 that every emitter reads.
 *
 * - No raw `$ref`s: references are `{ kind: 'ref', target }` to a `SchemaId`.
 * - 3.0 differences are folded in by the parser: `nullable` → `'null'` in `types`, boolean
 *   `exclusiveMinimum` → numeric, `example` → `examples`.
 * - Every JSON Schema 2020-12 keyword is kept (the validators compile them all).
 * - Every node keeps `pointer`, the JSON pointer of its origin, for diagnostics and stable order.
 * All fields are readonly: stages after the parser never mutate the model.
 */

/** Canonical identity of a schema that can be referenced: `<file>#<pointer>` (file is '' for the root). */
export type SchemaId = string;

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** Any schema. `kind` discriminates; emitters are exhaustive maps over it. */
export type SchemaNode = RefSchemaNode | BooleanSchemaNode | KeywordSchemaNode;
export type SchemaKind = SchemaNode['kind'];
export type SchemaNodeByKind = { [K in SchemaKind]: Extract<SchemaNode, { kind: K }> };

/** Annotations shared by schema nodes (documentation only; never affect validation). */
export interface SchemaAnnotations {
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  /** `example` (3.0) and `examples` (3.1), in order. Undefined when the spec gives none. */
  readonly examples?: readonly unknown[];
  /** `default`, boxed so that a default of `null` is distinguishable from no default. */
  readonly default?: { readonly value: unknown };
}

/** A pure `$ref` (no sibling keywords other than annotations). */
export interface RefSchemaNode extends SchemaAnnotations {
  readonly kind: 'ref';
  readonly pointer: string;
  readonly target: SchemaId;
}

/** `true` (accepts anything) or `false` (accepts nothing). */
export interface BooleanSchemaNode {
  readonly kind: 'boolean';
  readonly pointer: string;
  readonly value: boolean;
}

/**
 * A named subschema (`properties`, `patternProperties`, `dependentSchemas`); a list, not an object, so names like
 * `__proto__` stay data.
 */
export interface NamedSchemaEntry {
  readonly name: string;
  readonly schema: SchemaNode;
}

/** One named enum value. */
export interface EnumMember {
  readonly name: string;
  readonly value: string | number | boolean | null;
  readonly description?: string;
}

/** A schema object with keywords. */
export interface KeywordSchemaNode extends SchemaAnnotations {
  readonly kind: 'keywords';
  readonly pointer: string;
  /** Allowed JSON types; undefined means any type. `nullable: true` (3.0) adds `'null'`. */
  readonly types?: readonly JsonType[];
  /** A `$ref` with sibling keywords (3.1 applies both, like `allOf`). */
  readonly ref?: SchemaId;
  /** A `$dynamicRef` that more than one schema resource may answer (one that only one can is a `ref`). */
  readonly dynamicRef?: DynamicRefNode;
  /**
   * The schema resource this schema starts (it has an `$id`, or is a Schema Object the document holds): it joins the
   * dynamic scope.
   */
  readonly resource?: string;
  readonly format?: string;
  /** A format no string within the schema's lengths has (`uuid` 24 long): documented, not validated. */
  readonly formatUnchecked?: string;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  /**
   * Named enum members from `x-enum-varnames` / `x-enumNames` (and `x-enum-descriptions`), when
   * every value has a distinct name: emitted as a constant object next to the type.
   */
  readonly enumMembers?: readonly EnumMember[];

  readonly enum?: readonly unknown[];
  /**
   * The values of an extensible enum (Azure's `x-ms-enum` with `modelAsString: true`), instead of
   * `enum`: they type the value (`'A' | 'B' | (string & {})`) but any string is valid.
   */
  readonly knownValues?: readonly (string | null)[];
  /** `const`, boxed so `const: null` is distinguishable from no `const`. */
  readonly const?: { readonly value: unknown };
  readonly multipleOf?: number;
  readonly maximum?: number;
  readonly exclusiveMaximum?: number;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maxLength?: number;
  readonly minLength?: number;
  /** ECMA-262 with the `u` flag: the spec's `pattern`, or its rewrite for `u` (patterns.ts). */
  readonly pattern?: string;
  /** The spec's `pattern` as written, when `pattern` is a rewrite: what issues quote. */
  readonly patternAsWritten?: string;
  readonly maxItems?: number;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly maxContains?: number;
  readonly minContains?: number;
  readonly maxProperties?: number;
  readonly minProperties?: number;
  readonly required?: readonly string[];
  readonly dependentRequired?: readonly { readonly name: string; readonly required: readonly string[] }[];

  readonly properties?: readonly NamedSchemaEntry[];
  readonly patternProperties?: readonly { readonly pattern: string; readonly schema: SchemaNode }[];
  readonly additionalProperties?: SchemaNode;
  readonly propertyNames?: SchemaNode;
  readonly dependentSchemas?: readonly NamedSchemaEntry[];
  readonly unevaluatedProperties?: SchemaNode;
  /** `items` (2020-12 meaning: the items after `prefixItems`). */
  readonly items?: SchemaNode;
  readonly prefixItems?: readonly SchemaNode[];
  readonly contains?: SchemaNode;
  readonly unevaluatedItems?: SchemaNode;
  readonly allOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly not?: SchemaNode;
  readonly if?: SchemaNode;
  readonly then?: SchemaNode;
  readonly else?: SchemaNode;
  readonly discriminator?: DiscriminatorNode;
}

/** OpenAPI `discriminator`, with `mapping` resolved to schema IDs (implicit mappings included). */
export interface DiscriminatorNode {
  readonly propertyName: string;
  /**
   * Each tag value and the schema it picks; a value is a string unless the property is a number or boolean (`'1'` →
   * `1`).
   */
  readonly mapping: readonly { readonly value: TagValue; readonly target: SchemaId }[];
  /** OpenAPI 3.2's `defaultMapping`: the schema for a value whose tag is absent or mapped to nothing. */
  readonly defaultTarget?: SchemaId;
}

/** A discriminator tag as the JSON value the property holds. */
export type TagValue = string | number | boolean;

/** A schema that gets a name of its own: every component schema and every other `$ref` target. */
export interface NamedSchema {
  readonly id: SchemaId;
  /** The name in the spec (component key) or one derived from the pointer. Never an identifier yet. */
  readonly rawName: string;
  /**
   * True for a schema exported by its name (a `schemas` validator, an enum's constant): a component
   * of any file, or what a split spec's file holds at its top (parse-document.ts `exportedByName`).
   */
  readonly isComponent: boolean;
  readonly schema: SchemaNode;
  /**
   * The base URI of the schema resource the schema is in, set only when some `$dynamicRef` binds by
   * dynamic scope: checking the schema enters that resource.
   */
  readonly resource?: string;
}

/**
 * `$dynamicRef: '#name'` bound at run time (JSON Schema 2020-12 §8.2.3.2): the schema of the
 * outermost resource in the dynamic scope that declares `$dynamicAnchor: name`, else `fallback`
 * (what it names statically).
 */
export interface DynamicRefNode {
  readonly anchor: string;
  readonly fallback: SchemaId;
  /** Each resource declaring the anchor, and the schema it names there, in a deterministic order. */
  readonly candidates: readonly { readonly resource: string; readonly target: SchemaId }[];
}

/**
 * `querystring` (OpenAPI 3.2): one parameter that is the whole query string, written as its `content` media type says.
 */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie' | 'querystring';

/** @see https://spec.openapis.org/oas/v3.1.0#parameter-object */
export interface ParameterNode {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly schema: SchemaNode;
  /** Serialisation; defaults applied by the parser (form/simple, explode for form). */
  readonly style: string;
  readonly explode: boolean;
  readonly allowReserved: boolean;
  /** Set when the parameter uses `content` instead of `schema`. */
  readonly mediaType?: string;
  readonly pointer: string;
}

/** One media type of a request or response body. */
export interface MediaTypeNode {
  readonly mediaType: string;
  /** Undefined when the spec gives no schema (any body). */
  readonly schema?: SchemaNode;
  readonly examples: readonly unknown[];
  /** How properties of a form body are written (`encoding`), in spec order; empty when not given. */
  readonly encoding: readonly EncodingNode[];
  /**
   * An event stream whose 3.2 `itemSchema` gives each event name its own data (event-items.ts):
   * `schema` is then the whole event's (`{ event, data }`), and these are the names whose data is JSON.
   */
  readonly jsonEvents?: readonly string[];
}

/**
 * How one property of an `application/x-www-form-urlencoded` or multipart body is serialised.
 * Defaults applied by the parser as for a query parameter (form, explode for form).
 * @see https://spec.openapis.org/oas/v3.1.0#encoding-object
 */
export interface EncodingNode {
  readonly property: string;
  readonly contentType?: string;
  readonly style: string;
  readonly explode: boolean;
  readonly allowReserved: boolean;
}

export interface RequestBodyNode {
  readonly required: boolean;
  readonly description?: string;
  readonly content: readonly MediaTypeNode[];
}

export interface HeaderNode {
  readonly name: string;
  readonly required: boolean;
  readonly description?: string;
  readonly schema: SchemaNode;
}

/** A response by status: `200`, `4XX` or `default`. */
export interface ResponseNode {
  readonly status: string;
  readonly description?: string;
  readonly content: readonly MediaTypeNode[];
  readonly headers: readonly HeaderNode[];
}

/** Alternatives (OR) of scheme sets (AND): `[]` means no auth; `[{}]`-style empty sets allow anonymous. */
export type SecurityRequirementNode = readonly (readonly {
  readonly scheme: string;
  readonly scopes: readonly string[];
}[])[];

/** The methods a path item names as fields, as the spec writes them; `query` is OpenAPI 3.2's (HTTP QUERY). */
export const FIXED_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type FixedMethod = (typeof FIXED_METHODS)[number];

/**
 * A fixed-field method (lower case), or a method of OpenAPI 3.2's `additionalOperations`, exactly as
 * written there (`LINK`, `PURGE`): those are case-sensitive and sent as they are.
 */
export type HttpMethod = FixedMethod | (string & {});

/** An RFC 9110 `token`'s characters, as a regular expression class: HTTP methods, media types' parts. */
export const TOKEN_CHAR = "[!#$%&'*+.^_`|~0-9A-Za-z-]";

/** The method as it goes on the wire: fixed fields upper-cased, additional operations' tokens untouched. */
export function wireMethod(method: HttpMethod): string {
  return (FIXED_METHODS as readonly string[]).includes(method) ? method.toUpperCase() : method;
}

/** @see https://spec.openapis.org/oas/v3.1.0#operation-object */
export interface OperationNode {
  /** The `operationId`, or undefined (the planner then names it from method and path). */
  readonly operationId?: string;
  readonly method: HttpMethod;
  readonly path: string;
  /**
   * Where the operation is defined. Not an identity: routes whose path items `$ref` one shared
   * item share it (method and path are what tell operations apart).
   */
  readonly pointer: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly tags: readonly string[];
  /** Path-item and operation parameters merged (the operation's win), in spec order. */
  readonly parameters: readonly ParameterNode[];
  readonly requestBody?: RequestBodyNode;
  readonly responses: readonly ResponseNode[];
  /** Effective security: the operation's own or the document's. */
  readonly security: SecurityRequirementNode;
  readonly servers?: readonly ServerNode[];
}

/**
 * A webhook (OpenAPI 3.1 `webhooks`): a request the API sends to its subscribers. The operation's
 * `path` is the webhook's name; its request body is the payload a subscriber receives.
 * @see https://spec.openapis.org/oas/v3.1.0#oasWebhooks
 */
export interface WebhookNode {
  /**
   * The key in `webhooks`, with the method when the webhook declares more than one (`newPet post`).
   * A callback is named by its operation and its key in `callbacks` (`createSubscription.onEvent`).
   */
  readonly name: string;
  readonly operation: OperationNode;
  /**
   * Set for an operation's callback (OpenAPI 3.0+ `callbacks`), a request the API sends to a URL
   * the call gave it: the runtime expression that names that URL (`{$request.body#/callbackUrl}`).
   */
  readonly callbackUrl?: string;
}

export interface ServerNode {
  readonly url: string;
  readonly description?: string;
  readonly variables: readonly {
    readonly name: string;
    readonly default: string;
    readonly enum?: readonly string[];
    readonly description?: string;
  }[];
}

/** @see https://spec.openapis.org/oas/v3.1.0#security-scheme-object */
export interface SecuritySchemeNode {
  readonly name: string;
  readonly type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** apiKey: where the key goes and its parameter name. */
  readonly in?: 'header' | 'query' | 'cookie';
  readonly parameterName?: string;
  /** http: `basic`, `bearer`, … (lower-cased). */
  readonly scheme?: string;
  readonly description?: string;
}

/** The whole API. Lists are in a deterministic order (spec order for paths, id order for schemas). */
export interface ApiModel {
  readonly openapiVersion: '3.0' | '3.1' | '3.2';
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers: readonly ServerNode[];
  readonly securitySchemes: readonly SecuritySchemeNode[];
  readonly operations: readonly OperationNode[];
  /** Webhooks, in spec order; not client methods (the API calls them, not the client). */
  readonly webhooks: readonly WebhookNode[];
  readonly schemas: readonly NamedSchema[];
}
