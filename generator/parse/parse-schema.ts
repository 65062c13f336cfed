/**
 * Schema Object → `SchemaNode`, folding OpenAPI 3.0 into the 2020-12 shape.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#schema-object
 * @see https://spec.openapis.org/oas/v3.0.3#schema-object
 */
import { appendPointer, formatPointer } from '../load/refs.js';
import { valueAt, type Place } from '../load/load-spec.js';
import { ecmaPattern } from './patterns.js';
import type {
  DynamicRefNode,
  JsonType,
  KeywordSchemaNode,
  NamedSchemaEntry,
  SchemaAnnotations,
  SchemaId,
  SchemaNode,
} from '../ir/ir.js';
import { child, isObject, obj, type Json, type ParseContext } from './parse-context.js';
import { checkEnumAgainstType, dedupe, enumAsTyped, enumMembers, holdsNonFinite, modelAsString } from './parse-enum.js';
import { parseDiscriminator } from './parse-discriminator.js';
import { SpecforgeError, quote } from '../diagnostics.js';
import { patternRisk } from '../ir/pattern-risk.js';
import { guardHeap } from '../heap-guard.js';
import { dropUnreachableFormat, warnCrossedBounds, warnRefusedValues } from './bounds.js';
import { declaredProperty } from './declared-property.js';

const JSON_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
/** Keywords that only document; a `$ref` with only these siblings is still a pure reference. */
const ANNOTATION_KEYS = new Set([
  'description',
  'title',
  'summary',
  'deprecated',
  'example',
  'examples',
  'default',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
  'nullable',
]);

/** Formats of JSON Schema 2020-12, the OpenAPI format registry and common vendor usage. */
const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float',
  'double',
  'decimal',
  'decimal128',
  'byte',
  'binary',
  'base64',
  'base64url',
  'password',
  'url',
  'char',
  'commonmark',
  'html',
  'media-range',
  'sf-string',
  'sf-token',
  'sf-binary',
  'sf-boolean',
  'sf-integer',
  'sf-decimal',
  'unix-time',
  'unixtime',
  'timestamp',
  'guid',
  'ip',
  'phone',
  'hex',
  'time-delta',
]);

/**
 * Inline schemas nested deeper than this (counting the outermost) are refused. TypeScript's parser recurses once per
 * level
 * of a type: a consumer's `tsc` crashed on 400 levels of nested `anyOf` (500 of `properties`). A
 * `$ref` starts a new named type, so it resets the count.
 */
export const MAX_INLINE_DEPTH = 256;

/**
 * Parses the schema at `place`. `value` is the data there; `pointer` is `place`'s pointer formatted, when
 * the caller has it (a subschema's is its parent's extended: see appendPointer).
 */
export function parseSchema(
  value: unknown,
  place: Place,
  ctx: ParseContext,
  pointer = formatPointer(place.pointer),
): SchemaNode {
  if (ctx.depth >= MAX_INLINE_DEPTH) {
    throw new SpecforgeError(
      `schema nested too deeply: more than ${MAX_INLINE_DEPTH} inline levels, deeper than TypeScript can ` +
        `compile; move some levels into components and $ref them`,
      ctx.spec.locate(place),
    );
  }
  guardHeap();
  ctx.depth++;
  try {
    return parseSchemaObject(value, place, ctx, pointer);
  } finally {
    ctx.depth--;
  }
}

function parseSchemaObject(value: unknown, place: Place, ctx: ParseContext, pointer: string): SchemaNode {
  if (typeof value === 'boolean') return { kind: 'boolean', pointer, value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.diagnostics.warn(
      `a schema must be an object or a boolean; treating ${quote(value)} as "any"`,
      ctx.spec.locate(place),
    );
    return { kind: 'boolean', pointer, value: true };
  }
  let s = value as Json;
  // A `$dynamicRef` only one schema resource can answer is a `$ref` (dynamicRefNode).
  let dynamicRef = typeof s['$dynamicRef'] === 'string' ? dynamicRefNode(s['$dynamicRef'], place, ctx) : undefined;
  if (dynamicRef && dynamicRef.candidates.length === 0 && s['$ref'] === undefined) {
    const { $dynamicRef, ...rest } = s;
    s = { ...rest, $ref: $dynamicRef };
    dynamicRef = undefined;
  }
  const recursive =
    typeof s['$recursiveRef'] === 'string' && s['$ref'] === undefined
      ? recursiveRefTarget(s['$recursiveRef'], place, ctx)
      : undefined;
  const is30 = ctx.spec.version === '3.0';
  const orNull = nullableWrapper(s, place, ctx, pointer);
  if (orNull) return orNull;
  const annotations = parseAnnotations(s, place, ctx);
  if (typeof s['$ref'] === 'string' || recursive) {
    const target = recursive ?? ctx.schemaRef(s['$ref'] as string, place);
    const siblings = Object.keys(s).filter(
      (k) => k !== '$ref' && k !== '$recursiveRef' && !k.startsWith('x-') && !ANNOTATION_KEYS.has(k),
    );
    if (siblings.length === 0 || is30) {
      if (siblings.length > 0 && !(recursive === undefined && repeatsTargetType(s, siblings, place, ctx))) {
        ctx.diagnostics.warn(
          `$ref has sibling keywords (${siblings.join(', ')}), which OpenAPI 3.0 ignores`,
          ctx.spec.locate(child(place, '$ref')),
        );
      }
      return { kind: 'ref', pointer, target, ...annotations };
    }
  }

  // Draft 2019-09's `$recursiveRef` is no 2020-12 keyword. Read where it names the schema it is in
  // (recursiveRefTarget); anywhere else the value stays `unknown` and unchecked, never wrongly refused.
  if (typeof s['$recursiveRef'] === 'string' && !recursive) {
    ctx.diagnostics.warn(
      '`$recursiveRef` (draft 2019-09) is supported only as "#" inside a schema with `$recursiveAnchor: true`: ' +
        'the value it describes is typed `unknown` and not validated; 2020-12 writes `$dynamicRef`',
      ctx.spec.locate(child(place, '$recursiveRef')),
    );
  }
  const node: { -readonly [K in keyof KeywordSchemaNode]?: KeywordSchemaNode[K] } = {
    kind: 'keywords',
    pointer,
    ...annotations,
  };
  if (typeof s['$ref'] === 'string') node.ref = ctx.schemaRef(s['$ref'], place);
  else if (recursive) node.ref = recursive;
  if (dynamicRef) node.dynamicRef = dynamicRef;
  // A schema with an `$id`, or a Schema Object the document holds, starts a resource, which
  // checking it enters (the dynamic scope).
  const resource = ctx.spec.resourceRootAt(place);
  if (resource !== undefined) node.resource = resource;

  const types = parseTypes(s, place, ctx);
  if (types) node.types = types;
  valueKeywords(node, s, place, ctx);
  subschemaKeywords(node, s, place, ctx);
  if (combinesParts(node)) ctx.compositions.push({ node: node as KeywordSchemaNode, file: place.file });
  if (node.oneOf && node.oneOf.length > 1 && !node.discriminator)
    ctx.oneOfs.push({ node: node as KeywordSchemaNode, file: place.file });
  warnRequiredNever(node, place, ctx);
  return node as KeywordSchemaNode;
}

/**
 * `nullable` next to a `$ref` or a composition means "or null" (3.0); made explicit as an `anyOf`.
 * 3.0.3 says the composition may still refuse null when `type` is also written, but nobody writes
 * `nullable: true` to mean "not null": with `type` or without, the value may be null (as in
 * openapi-typescript and hey-api), so a nullable response field never fails validation for being
 * null. The rest of the schema is parsed once, as the first alternative, and lends the wrapper its
 * annotations (parsing them twice warned twice). In 3.1, where `nullable` is no keyword, it is read
 * the same way, and the author is told how 3.1 says it. So is 3.1's `type: 'null'` beside a
 * composition, which is how converters write 3.0's `nullable: true` there: read literally, the value
 * must be null and match the composition too, and GitHub's `repository-advisory` (its webhooks
 * spec: `author: { type: [null], allOf: [simple-user] }`, required) refused every advisory.
 */
function nullableWrapper(s: Json, place: Place, ctx: ParseContext, pointer: string): SchemaNode | undefined {
  if (ctx.spec.version !== '3.0' && s['nullable'] === true) {
    ctx.diagnostics.warn(
      '`nullable` is not an OpenAPI 3.1 keyword (3.1 writes `type: [T, \'null\']`); read as "or null", as in 3.0',
      ctx.spec.locate(child(place, 'nullable')),
    );
  }
  const composed = !!(s['allOf'] || s['oneOf'] || s['anyOf'] || s['$ref']);
  const onlyNull = composed && ctx.spec.version !== '3.0' && isOnlyNull(s['type']);
  if (onlyNull) {
    const composition = ['$ref', 'allOf', 'oneOf', 'anyOf'].find((k) => s[k] !== undefined)!;
    ctx.diagnostics.warn(
      `\`type: 'null'\` beside \`${composition}\` admits only a null that \`${composition}\` takes too; ` +
        `read as "or null", as converters of 3.0's \`nullable: true\` mean it ` +
        `(3.1 writes \`anyOf: [{ $ref }, { type: 'null' }]\`)`,
      ctx.spec.locate(child(place, 'type')),
    );
  }
  const nullable = s['nullable'] === true || s['x-nullable'] === true || onlyNull;
  if (!nullable || !composed) return undefined;
  const { nullable: _n, 'x-nullable': _x, ...rest } = s;
  if (onlyNull) delete rest['type'];
  const inner = parseSchema(rest, place, ctx, pointer);
  return {
    kind: 'keywords',
    pointer,
    ...annotationsOf(inner),
    anyOf: [inner, { kind: 'keywords', pointer, types: ['null'] }],
  };
}

/** Whether a schema has two or more parts that constrain its type: what contradictions.ts checks. */
function combinesParts(node: NodeDraft): boolean {
  const own = node.types || node.const || node.enum?.length ? 1 : 0;
  const union = node.oneOf || node.anyOf ? 1 : 0;
  return own + (node.ref !== undefined ? 1 : 0) + (node.allOf?.length ?? 0) + union >= 2;
}

/**
 * A required property whose schema is `false` (written to forbid it), or that `additionalProperties:
 * false` forbids: no object satisfies both, and the validator refuses every one. Warned at the
 * property, or at `required`.
 */
function warnRequiredNever(node: NodeDraft, place: Place, ctx: ParseContext): void {
  if (!node.required?.length) return;
  const required = new Set(node.required);
  for (const { name, schema } of node.properties ?? []) {
    if (schema.kind === 'boolean' && !schema.value && required.has(name))
      ctx.diagnostics.warn(
        `no object satisfies this schema: ${quote(name)} is required and its schema is \`false\``,
        ctx.spec.locate(child(place, 'properties', name)),
      );
  }
  const closed = node.additionalProperties?.kind === 'boolean' && !node.additionalProperties.value;
  const forbidden = closed ? node.required.filter((name) => !declaredProperty(node, name)) : [];
  if (forbidden.length)
    ctx.diagnostics.warn(
      `no object satisfies this schema: ${forbidden.map(quote).join(', ')} ${forbidden.length > 1 ? 'are' : 'is'} ` +
        'required, and `additionalProperties: false` forbids any property not among `properties` (declare it there)',
      ctx.spec.locate(child(place, 'required')),
    );
}

/** `type: 'null'` or `type: ['null']`. */
function isOnlyNull(type: unknown): boolean {
  return type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
}

/** A keyword schema node while it is filled in. */
type NodeDraft = { -readonly [K in keyof KeywordSchemaNode]?: KeywordSchemaNode[K] };

/** The keywords about the value itself: format, access, enum and const, bounds, pattern, required. */
function valueKeywords(node: NodeDraft, s: Json, place: Place, ctx: ParseContext): void {
  if (typeof s['format'] === 'string') {
    node.format = s['format'];
    if (!KNOWN_FORMATS.has(s['format']))
      ctx.diagnostics.warn(
        `unknown format ${quote(s['format'])}; it is documented but not validated`,
        ctx.spec.locate(child(place, 'format')),
      );
  }
  if (s['readOnly'] === true) node.readOnly = true;
  if (s['writeOnly'] === true) node.writeOnly = true;

  if (s['enum'] !== undefined) enumKeyword(node, s, place, ctx);
  constKeyword(node, s, place, ctx);
  numberKeywords(node, s, place, ctx);
  dropUnreachableFormat(node, place, ctx);
  if (typeof s['pattern'] === 'string') patternKeyword(node, s['pattern'], place, ctx);
  if (typeof s['uniqueItems'] === 'boolean') node.uniqueItems = s['uniqueItems'];
  if (Array.isArray(s['required']))
    node.required = [...new Set((s['required'] as unknown[]).filter((r): r is string => typeof r === 'string'))];
  if (isObject(s['dependentRequired'])) {
    node.dependentRequired = Object.entries(s['dependentRequired']).map(([name, req]) => ({
      name,
      required: Array.isArray(req) ? req.filter((r): r is string => typeof r === 'string') : [],
    }));
  }
  warnRefusedValues(node, place, ctx);
}

/** `enum`: its values (deduplicated, checked against `type`), and the members' names where the spec gives them. */
function enumKeyword(node: NodeDraft, s: Json, place: Place, ctx: ParseContext): void {
  const types = node.types;
  if (!Array.isArray(s['enum'])) {
    ctx.diagnostics.warn('`enum` must be an array; ignored', ctx.spec.locate(child(place, 'enum')));
  } else {
    s['enum'].forEach((v, i) => refuseDeepValue(v, child(place, 'enum', String(i)), ctx));
    const typed = enumAsTyped(s['enum'], types, place, ctx);
    let values = dedupe(typed, place, ctx);
    if (types?.includes('null') && !values.includes(null) && (s['nullable'] === true || s['x-nullable'] === true))
      values = [...values, null];
    // OpenAPI 3.0 allows null only with `nullable`; an enum listing null without it (Plaid's
    // rationale codes) means the value may be null, and its type says so (3.1 has `type: 'null'`).
    if (types && !types.includes('null') && values.includes(null) && ctx.spec.version === '3.0') {
      ctx.diagnostics.warn(
        'enum lists null but the schema is not `nullable: true`, which OpenAPI 3.0 needs for null; read as nullable',
        ctx.spec.locate(child(place, 'enum', String((s['enum'] as unknown[]).indexOf(null)))),
      );
      node.types = [...types, 'null'];
    }
    checkEnumAgainstType(values, node.types, place, ctx);
    // Azure's `modelAsString: true`: the values are the ones known today, and the service may send
    // or take others ("no validation will happen"), so they type the value but constrain nothing.
    if (modelAsString(s) && values.every((v) => typeof v === 'string' || v === null))
      node.knownValues = values as (string | null)[];
    else node.enum = values;
    const members = enumMembers(s, place, ctx, typed);
    if (members) node.enumMembers = members;
  }
}

/** `const`; a non-finite number (YAML's `.nan`, `.inf`) matches nothing. */
function constKeyword(node: NodeDraft, s: Json, place: Place, ctx: ParseContext): void {
  if ('const' in s && holdsNonFinite(s['const'])) {
    // No JSON value equals NaN or Infinity: the schema accepts nothing, as its author wrote.
    ctx.diagnostics.warn(
      `const ${String(s['const'])} is not a JSON number (NaN or Infinity: YAML's .nan, .inf); nothing matches it`,
      ctx.spec.locate(child(place, 'const')),
    );
    node.not = { kind: 'boolean', value: true, pointer: appendPointer(node.pointer!, ['const']) };
  } else if ('const' in s) {
    refuseDeepValue(s['const'], child(place, 'const'), ctx);
    node.const = { value: s['const'] };
  }
}

/** The numeric keywords (bounds, sizes, `multipleOf`), and 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum`. */
function numberKeywords(node: NodeDraft, s: Json, place: Place, ctx: ParseContext): void {
  for (const k of [
    'multipleOf',
    'maximum',
    'minimum',
    'maxLength',
    'minLength',
    'maxItems',
    'minItems',
    'maxContains',
    'minContains',
    'maxProperties',
    'minProperties',
  ] as const) {
    const v = s[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      ctx.diagnostics.warn(`\`${k}\` must be a number; ignored`, ctx.spec.locate(child(place, k)));
      continue;
    }
    node[k] = v;
  }
  // 3.0: boolean exclusiveMinimum/Maximum modify minimum/maximum.
  for (const [excl, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const v = s[excl];
    if (typeof v === 'number') node[excl] = v;
    else if (v === true && typeof node[bound] === 'number') {
      node[excl] = node[bound];
      delete node[bound];
    }
  }
  warnCrossedBounds(node, place, ctx);
}

/** `pattern`, as ECMA-262 with the `u` flag (other engines' syntax translated), with warnings for risky ones. */
function patternKeyword(node: NodeDraft, written: string, place: Place, ctx: ParseContext): void {
  const pattern = ecmaPattern(written);
  if ('source' in pattern) {
    node.pattern = pattern.source;
    if (pattern.source !== written) node.patternAsWritten = written;
  } else
    ctx.diagnostics.warn(
      `\`pattern\` is not a valid ECMA-262 regular expression (${pattern.error}); ignored`,
      ctx.spec.locate(child(place, 'pattern')),
    );
  if (node.pattern !== undefined) warnBacktracking(node.pattern, written, child(place, 'pattern'), ctx);
  if (node.pattern !== undefined && REGEX_LITERAL.test(node.pattern)) {
    ctx.diagnostics.warn(
      `\`pattern\` ${quote(node.pattern)} looks like a JavaScript regular expression literal: ` +
        'its slashes are characters the value must contain (write the pattern without them)',
      ctx.spec.locate(child(place, 'pattern')),
    );
  }
}

/** The keywords that hold subschemas: properties, items, the applicators, `dependencies`, the discriminator. */
function subschemaKeywords(node: NodeDraft, s: Json, place: Place, ctx: ParseContext): void {
  const r = new SubschemaReader(s, place, ctx, node.pointer!);
  const properties = r.named('properties');
  if (properties) node.properties = properties;
  if (isObject(s['patternProperties'])) node.patternProperties = patternProperties(r, s['patternProperties']);
  for (const k of [
    'additionalProperties',
    'propertyNames',
    'unevaluatedProperties',
    'contains',
    'unevaluatedItems',
    'not',
    'if',
    'then',
    'else',
  ] as const) {
    if (s[k] !== undefined) node[k] = r.sub(k);
  }
  const dependentSchemas = r.named('dependentSchemas');
  if (dependentSchemas) node.dependentSchemas = dependentSchemas;
  if (isObject(s['dependencies'])) draft07Dependencies(node, r, s['dependencies']);
  // items: 2020-12 `prefixItems` + `items`; draft-4-style array `items` (some 3.0 specs) is a tuple.
  if (Array.isArray(s['items'])) {
    node.prefixItems = r.list('items');
    if (s['additionalItems'] !== undefined) node.items = r.sub('additionalItems');
  } else {
    const prefixItems = r.list('prefixItems');
    if (prefixItems) node.prefixItems = prefixItems;
    if (s['items'] !== undefined) node.items = r.sub('items');
  }
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const l = r.list(k);
    if (l && l.length > 0) node[k] = l;
  }
  if (node.allOf && node.allOf.length > 1) warnClosedAllOfMembers(s, place, ctx);
  const discriminator = parseDiscriminator(s, place, ctx);
  if (discriminator) node.discriminator = discriminator;
}

/** Parses the subschemas a schema object holds, by keyword, warning (and skipping) where a shape is wrong. */
class SubschemaReader {
  constructor(
    private readonly s: Json,
    readonly place: Place,
    readonly ctx: ParseContext,
    private readonly pointer: string,
  ) {}

  /** The subschema at `key` (and `more` keys inside it). */
  sub(key: string, ...more: string[]): SchemaNode {
    let v: unknown = this.s[key];
    for (const m of more) v = (v as Json)[m];
    return parseSchema(v, child(this.place, key, ...more), this.ctx, appendPointer(this.pointer, [key, ...more]));
  }

  /** A map of named subschemas (`properties`). */
  named(key: string): NamedSchemaEntry[] | undefined {
    const v = this.s[key];
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.ctx.diagnostics.warn(`\`${key}\` must be an object; ignored`, this.ctx.spec.locate(child(this.place, key)));
      return undefined;
    }
    if (typeof v['$ref'] === 'string') return this.referencedMap(key, v);
    return Object.keys(v).map((name) => ({ name, schema: this.sub(key, name) }));
  }

  /**
   * `properties: {$ref: attributes.yml#/droplet_ids}`: a whole map by reference. JSON Schema would
   * read a property named `$ref`, but a string is no schema, so the author meant the map, and
   * Redocly and json-schema-ref-parser read it so (DigitalOcean's spec has it). Its entries come
   * first, then any written beside the `$ref`, which win over the named map's.
   */
  private referencedMap(key: string, v: Json): NamedSchemaEntry[] {
    const at = child(this.place, key);
    const { value, place } = this.ctx.deref({ $ref: v['$ref'] }, at);
    const named = isObject(value) ? 'read as the map it names' : 'it names no object, so it adds nothing';
    this.ctx.diagnostics.warn(
      `\`${key}\` is a $ref: ${named} (JSON Schema would read a property named "$ref")`,
      this.ctx.spec.locate(at),
    );
    const target = isObject(value) ? value : {};
    const mine = (name: string) => name !== '$ref' && Object.hasOwn(v, name);
    const entries = Object.keys(target).map((name) => ({
      name,
      schema: mine(name) ? this.sub(key, name) : parseSchema(target[name], child(place, name), this.ctx),
    }));
    const added = Object.keys(v).filter((name) => mine(name) && !Object.hasOwn(target, name));
    return [...entries, ...added.map((name) => ({ name, schema: this.sub(key, name) }))];
  }

  /** A list of subschemas (`allOf`, `prefixItems`). */
  list(key: string): SchemaNode[] | undefined {
    const v = this.s[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      const where = this.ctx.spec.locate(child(this.place, key));
      this.ctx.diagnostics.warn(`\`${key}\` must be an array of schemas; ignored`, where);
      return undefined;
    }
    return v.map((_, i) => this.sub(key, String(i)));
  }
}

/** `patternProperties`: each key an ECMA-262 pattern (translated like `pattern`); an invalid one is skipped. */
function patternProperties(r: SubschemaReader, map: Json): { pattern: string; schema: SchemaNode }[] {
  return Object.keys(map).flatMap((key) => {
    const pattern = ecmaPattern(key);
    if ('source' in pattern) {
      warnBacktracking(pattern.source, key, child(r.place, 'patternProperties', key), r.ctx);
      return [{ pattern: pattern.source, schema: r.sub('patternProperties', key) }];
    }
    r.ctx.diagnostics.warn(
      `patternProperties key ${quote(key)} is not a valid regular expression (${pattern.error}); ignored`,
      r.ctx.spec.locate(child(r.place, 'patternProperties', key)),
    );
    return [];
  });
}

/**
 * Draft-07's `dependencies` (JSON Schema habits in 3.0 specs) is both keywords in one: a list of
 * names is `dependentRequired`, a schema is `dependentSchemas`.
 */
function draft07Dependencies(node: NodeDraft, r: SubschemaReader, dependencies: Json): void {
  const required = [...(node.dependentRequired ?? [])];
  const schemas = [...(node.dependentSchemas ?? [])];
  for (const [name, dependency] of Object.entries(dependencies)) {
    if (Array.isArray(dependency))
      required.push({ name, required: dependency.filter((d): d is string => typeof d === 'string') });
    else schemas.push({ name, schema: r.sub('dependencies', name) });
  }
  if (required.length > 0) node.dependentRequired = required;
  if (schemas.length > 0) node.dependentSchemas = schemas;
}

/**
 * An `allOf` member that closes its object (`additionalProperties: false`) rejects the properties
 * the other members add, since JSON Schema checks each member alone: a spec that means "extend"
 * gets validators failing every extended request (responses are lenient), while the types, an
 * intersection, show nothing wrong. Seen in 6 APIs.guru specs (79 schemas).
 */
function warnClosedAllOfMembers(s: Json, place: Place, ctx: ParseContext): void {
  const members = (s['allOf'] as unknown[]).map((m, i) => obj(ctx.deref(m, child(place, 'allOf', String(i))).value));
  members.forEach((member, i) => {
    if (member['additionalProperties'] !== false || member['patternProperties'] !== undefined) return;
    const own = new Set(Object.keys(obj(member['properties'])));
    const added = [...members.filter((_, j) => j !== i), s].flatMap((m) => Object.keys(obj(m['properties'])));
    const rejected = [...new Set(added.filter((k) => !own.has(k)))];
    if (rejected.length === 0) return;
    const shown =
      rejected
        .slice(0, 5)
        .map((k) => quote(k))
        .join(', ') + (rejected.length > 5 ? ', …' : '');
    ctx.diagnostics.warn(
      `allOf member sets additionalProperties: false, so validators reject the properties the other members ` +
        `add (${shown}); drop it from the member, or close the combined object with unevaluatedProperties: false ` +
        `beside allOf (OpenAPI 3.1)`,
      ctx.spec.locate(child(place, 'allOf', String(i))),
    );
  });
}

function parseAnnotations(s: Json, place: Place, ctx: ParseContext) {
  const a: {
    title?: string;
    description?: string;
    deprecated?: boolean;
    examples?: unknown[];
    default?: { value: unknown };
  } = {};
  if (typeof s['title'] === 'string') a.title = s['title'];
  if (typeof s['description'] === 'string') a.description = s['description'];
  if (s['deprecated'] === true) a.deprecated = true;
  const examples: unknown[] = [];
  if ('example' in s) examples.push(s['example']);
  if (Array.isArray(s['examples'])) examples.push(...s['examples']);
  else if (s['examples'] !== undefined)
    ctx.diagnostics.warn('schema `examples` must be an array; ignored', ctx.spec.locate(child(place, 'examples')));
  // Documentation only: a value too deep to print is left out rather than refused.
  const printable = examples.filter((v) => !nestsTooDeep(v));
  if (printable.length < examples.length)
    ctx.diagnostics.warn(
      `an example nests more than ${MAX_INLINE_DEPTH} levels deep; left out`,
      ctx.spec.locate(place),
    );
  if (printable.length > 0) a.examples = printable;
  if ('default' in s) {
    if (nestsTooDeep(s['default']))
      ctx.diagnostics.warn(
        `\`default\` nests more than ${MAX_INLINE_DEPTH} levels deep; left out`,
        ctx.spec.locate(child(place, 'default')),
      );
    else a.default = { value: s['default'] };
  }
  return a;
}

/** The annotations a parsed schema carries (a ref or keywords node; none for a boolean schema). */
function annotationsOf(node: SchemaNode): SchemaAnnotations {
  if (node.kind === 'boolean') return {};
  const a: { -readonly [K in keyof SchemaAnnotations]: SchemaAnnotations[K] } = {};
  if (node.title !== undefined) a.title = node.title;
  if (node.description !== undefined) a.description = node.description;
  if (node.deprecated !== undefined) a.deprecated = node.deprecated;
  if (node.examples !== undefined) a.examples = node.examples;
  if (node.default !== undefined) a.default = node.default;
  return a;
}

/** Whether a JSON value nests deeper than MAX_INLINE_DEPTH (it looks no deeper, so it cannot overflow). */
function nestsTooDeep(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_INLINE_DEPTH) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (nestsTooDeep(v, depth + 1)) return true;
  return false;
}

/** `const` and `enum` values become code in the validators: one too deep to compile is refused. */
function refuseDeepValue(value: unknown, place: Place, ctx: ParseContext): void {
  if (nestsTooDeep(value)) {
    throw new SpecforgeError(
      `value nested too deeply: more than ${MAX_INLINE_DEPTH} levels, deeper than TypeScript can compile`,
      ctx.spec.locate(place),
    );
  }
}

function parseTypes(s: Json, place: Place, ctx: ParseContext): JsonType[] | undefined {
  const raw = s['type'];
  let types: JsonType[] | undefined;
  if (raw !== undefined) {
    const list = Array.isArray(raw) ? raw : [raw];
    const known = list.filter((t): t is JsonType => typeof t === 'string' && JSON_TYPES.has(t));
    if (known.length !== list.length) {
      const bad = list.filter((t) => !(typeof t === 'string' && JSON_TYPES.has(t)));
      ctx.diagnostics.warn(
        `unknown type ${bad.map((b) => quote(b)).join(', ')}; treated as any type`,
        ctx.spec.locate(child(place, 'type')),
      );
      if (known.length === 0) return undefined;
    }
    types = [...new Set(known)];
  }
  if (s['nullable'] === true || s['x-nullable'] === true) {
    // `nullable` without `type` adds nothing to "any type".
    if (types && !types.includes('null')) types.push('null');
  }
  return types;
}

/**
 * `/^[a-z0-9._]+$/`: a pattern written as a JavaScript literal (PeerTube's usernames), which no
 * value without slashes can match. Anchors inside the slashes tell it from a path pattern.
 */
const REGEX_LITERAL = /^\/\^.*\$\/[dgimsuvy]*$/;

/**
 * Draft 2019-09's `$recursiveRef: "#"` inside a schema resource marked `$recursiveAnchor: true`
 * (OpenAI's `CompoundFilter`, whose `filters` hold comparisons or compound filters again): the
 * schema resource it is in, the nearest enclosing component or `$id` schema. That is what 2019-09
 * resolves it to unless another schema with `$recursiveAnchor` leads to this one, which extends
 * it (the use 2020-12's `$dynamicRef` replaced); that reading is not followed.
 */
function recursiveRefTarget(ref: string, place: Place, ctx: ParseContext): SchemaId | undefined {
  const root = ref === '#' ? ctx.spec.resourceRootOf(place) : undefined;
  if (!root) return undefined;
  const value = valueAt(root.file.data, root.pointer);
  return isObject(value) && value['$recursiveAnchor'] === true ? ctx.schemaAt({ ...root, value }) : undefined;
}

/**
 * A `$dynamicRef`: what it names statically, and, when that is a `$dynamicAnchor` more than one
 * schema resource declares, every resource's schema for it (no candidates: it is a plain `$ref`).
 * Only then can the dynamic scope pick another schema than the static one; with one declaring
 * resource (a generic bound once, or never overridden) the answer is always the static one.
 */
function dynamicRefNode(ref: string, place: Place, ctx: ParseContext): DynamicRefNode {
  const target = ctx.spec.resolveRef(ref, child(place, '$dynamicRef'));
  const fallback = ctx.schemaAt(target);
  const hash = ref.indexOf('#');
  const anchor = hash === -1 ? '' : ref.slice(hash + 1);
  const none = { anchor, fallback, candidates: [] };
  if (anchor === '' || anchor.startsWith('/')) return none;
  if (obj(target.value)['$dynamicAnchor'] !== anchor) return none;
  const declared = ctx.spec.dynamicAnchors(anchor);
  if (declared.length <= 1) return none;
  ctx.dynamicScope = true;
  const candidates = declared.map(({ resource, place: target }) => ({
    resource,
    target: ctx.schemaAt({ ...target, value: valueAt(target.file.data, target.pointer) }),
  }));
  return { anchor, fallback, candidates };
}

/** A pattern a backtracking engine could take super-linear time on: located, so the author can fix it. */
function warnBacktracking(source: string, asWritten: string, place: Place, ctx: ParseContext): void {
  const { warning } = patternRisk(source);
  if (warning !== undefined) ctx.diagnostics.warn(`pattern ${quote(asWritten)} ${warning}`, ctx.spec.locate(place));
}

/**
 * Whether a `$ref`'s only sibling is a `type` its target has too (gRPC-gateway writes
 * `{ type: object, $ref: … }` for every message field): ignored or not, it changes nothing, so no
 * warning says it is ignored.
 */
function repeatsTargetType(s: Json, siblings: readonly string[], place: Place, ctx: ParseContext): boolean {
  if (siblings.length !== 1 || siblings[0] !== 'type') return false;
  const target = ctx.spec.resolveRef(s['$ref'] as string, child(place, '$ref')).value;
  const own = typeof target === 'object' && target !== null ? (target as Json)['type'] : undefined;
  return JSON.stringify(own) === JSON.stringify(s['type']);
}
