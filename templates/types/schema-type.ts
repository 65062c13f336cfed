/**
 * SchemaNode → TypeScript type expression. An exhaustive map over `SchemaKind`: a new IR kind is a
 * compile error here until it is handled.
 */
import { code, join, jsDoc, key, litType, raw, valueType, when, type Code } from '../../generator/safe/code.js';
import type { KeywordSchemaNode, SchemaKind, SchemaNode, SchemaNodeByKind, JsonType } from '../../generator/ir/ir.js';
import type { TypeContext } from './type-context.js';
import { extendedParent, listsChild } from '../../generator/ir/inheritance.js';
import { dispatchesOnTag } from '../../generator/ir/tag-values.js';
import { dynamicTargets } from '../../generator/ir/visit.js';
import { schemaDocLines } from './docs.js';

type TypeEmitters = { [K in SchemaKind]: (node: SchemaNodeByKind[K], ctx: TypeContext) => Code };

const emitters: TypeEmitters = {
  ref: (node, ctx) => ctx.plan.schemaType(node.target, ctx.view),
  boolean: (node) => (node.value ? raw('unknown') : raw('never')),
  keywords: keywordsType,
};

/** The type of any schema node. */
export function schemaType(node: SchemaNode, ctx: TypeContext): Code {
  return (emitters[node.kind] as (n: SchemaNode, c: TypeContext) => Code)(node, ctx);
}

const PRIMITIVE: Record<Exclude<JsonType, 'array' | 'object'>, Code> = {
  string: raw('string'),
  number: raw('number'),
  integer: raw('number'),
  boolean: raw('boolean'),
  null: raw('null'),
};

function isPrimitive(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function keywordsType(node: KeywordSchemaNode, ctx: TypeContext): Code {
  // `not: {}` admits nothing (a generic's unbound default, `$dynamicAnchor: T, not: {}`).
  if (node.not && admitsAnything(node.not)) return raw('never');
  const parts: Code[] = [];
  const base = baseType(node, ctx, isComposed(node));
  if (base) parts.push(base);
  if (node.ref) parts.push(ctx.plan.schemaType(node.ref, ctx.view));
  // A `$dynamicRef` may be any schema the dynamic scope can pick: their union.
  if (node.dynamicRef)
    parts.push(
      paren(
        join(
          dynamicTargets(node).map((id) => ctx.plan.schemaType(id, ctx.view)),
          ' | ',
        ),
      ),
    );
  for (const member of node.allOf ?? []) {
    const target = node.ref ? ctx.plan.schemasById.get(node.ref)?.schema : undefined;
    const siblings = [...(target ? [target] : []), ...node.allOf!.filter((m) => m !== member)];
    parts.push(paren(allOfMemberType(member, { ...ctx, siblings })));
  }
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives) parts.push(paren(unionOf(alternatives, node, ctx)));
  if (node.oneOf && node.anyOf) parts.push(paren(unionOf(node.anyOf, node, ctx)));
  if (parts.length === 0) return raw('unknown');
  return parts.length === 1 ? parts[0]! : join(parts, ' & ');
}

/** `true` or `{}`: a schema every value satisfies. */
function admitsAnything(node: SchemaNode): boolean {
  return node.kind === 'boolean' ? node.value : Object.keys(node).every((k) => k === 'kind' || k === 'pointer');
}

function isComposed(node: KeywordSchemaNode): boolean {
  return !!(node.ref || node.dynamicRef || node.allOf || node.anyOf || node.oneOf);
}

/**
 * The type from `const`, `enum` or `type` (undefined when only composition keywords constrain it).
 * A bare `type: object` next to composition adds nothing the members do not say: it is left out
 * rather than intersected as `Record<string, unknown>`, which would open the type to any key.
 */
function baseType(node: KeywordSchemaNode, ctx: TypeContext, composed = false): Code | undefined {
  if (node.const) return isPrimitive(node.const.value) ? litType(node.const.value) : valueType(node.const.value);
  if (node.enum && node.enum.length > 0) {
    // An object or array value is typed as itself (`{ a: 1 }`), not left `unknown`.
    const members = node.enum.map((v) => (isPrimitive(v) ? litType(v) : valueType(v)));
    // Read view: a value the spec does not list yet still reaches the caller, typed as open. A
    // one-value enum is a tag, not a list that grows: closed, so a union tagged by such enums
    // narrows on the tag (`if (c.kind === 'text')`), as it does on a `const`.
    if (ctx.view === 'read' && node.enum.filter((v) => v !== null).length > 1) {
      if (node.enum.some((v) => typeof v === 'string')) members.push(raw('(string & {})'));
      if (node.enum.some((v) => typeof v === 'number')) members.push(raw('(number & {})'));
    }
    return join(members, ' | ');
  }
  // An extensible enum: its known values, open in both views.
  if (node.knownValues && node.knownValues.length > 0) {
    const nullable = node.types?.includes('null') && !node.knownValues.includes(null);
    return join([...node.knownValues.map(litType), raw('(string & {})'), ...(nullable ? [raw('null')] : [])], ' | ');
  }
  const types = node.types ?? inferTypes(node);
  if (!types) return undefined;
  const object = types.includes('object') ? objectType(node, ctx) : undefined;
  if (composed && types.length === 1 && object === undefined) return undefined;
  const members = types.map((t): Code => {
    if (t === 'array') return arrayType(node, ctx);
    if (t === 'object') return object ?? raw('Record<string, unknown>');
    if (t === 'string' && node.format === 'binary') return raw('Blob');
    if (t === 'string' && node.format === 'date-time' && ctx.plan.dates === 'Date' && ctx.view === 'read')
      return raw('Date');
    return PRIMITIVE[t];
  });
  const unique = [...new Map(members.map((m) => [m.text, m])).values()];
  return unique.length === 1 ? unique[0] : paren(join(unique, ' | '));
}

/** Without `type`, object or array keywords still say what the value is. */
function inferTypes(node: KeywordSchemaNode): JsonType[] | undefined {
  if (node.properties || node.additionalProperties || node.patternProperties || node.required) return ['object'];
  if (node.items || node.prefixItems) return ['array'];
  if (node.allOf || node.anyOf || node.oneOf || node.ref || node.dynamicRef) return undefined;
  if (node.minLength !== undefined || node.maxLength !== undefined || node.pattern !== undefined) return ['string'];
  return undefined;
}

function arrayType(node: KeywordSchemaNode, outer: TypeContext): Code {
  const ctx = nested(outer);
  const rest = node.items ? schemaType(node.items, ctx) : raw('unknown');
  if (!node.prefixItems) return code`Array<${rest}>`;
  const min = node.minItems ?? 0;
  // An optional element's type is parenthesised: `A | B?` would make `?` part of `B` (a TS error).
  const elements = node.prefixItems.map((item, i) =>
    i >= min ? code`(${schemaType(item, ctx)})?` : schemaType(item, ctx),
  );
  const closed = node.items?.kind === 'boolean' && !node.items.value;
  if (!closed) elements.push(code`...Array<${rest}>`);
  return code`[${join(elements, ', ')}]`;
}

/** An object's type; undefined for an object that says nothing (no properties, no limits on keys). */
function objectType(node: KeywordSchemaNode, ctx: TypeContext): Code | undefined {
  const required = new Set(node.required ?? []);
  const members: Code[] = [];
  // The declared members' types, which a typed index signature has to admit as well.
  const memberTypes: Code[] = [];
  const inner = nested(ctx);
  for (const { name, schema } of node.properties ?? []) {
    if (!isVisible(schema, ctx)) continue;
    const optional = !required.has(name);
    const type = schemaType(schema, inner);
    memberTypes.push(type, ...(optional ? [raw('undefined')] : []));
    members.push(code`${jsDoc(schemaDocLines(schema))}${key(name)}${when(optional, raw('?'))}: ${type};`);
  }
  // `required` naming a property declared elsewhere (`allOf: [$ref Base], required: [id]`): a
  // member with the declared type makes it required in the intersection (`unknown` would leave
  // the optional side's `| undefined`); a name declared nowhere is required with any value.
  for (const name of node.required ?? []) {
    if (node.properties?.some((p) => p.name === name)) continue;
    const declared = [node, ...(ctx.siblings ?? [])].reduce<SchemaNode | undefined>(
      (found, n) => found ?? declarationOf(n, name, ctx, 0),
      undefined,
    );
    if (declared && !isVisible(declared, ctx)) continue;
    const type = declared ? schemaType(declared, inner) : raw('unknown');
    memberTypes.push(type);
    members.push(code`${key(name)}: ${type};`);
  }
  const extra = node.additionalProperties;
  const open = extra === undefined ? false : !(extra.kind === 'boolean' && !extra.value);
  const hasPattern = (node.patternProperties?.length ?? 0) > 0;
  // In a request, whose enums are closed, `propertyNames: { enum: [...] }` lists every key there
  // may be: each is a member (a response's keys stay open, as its enums do).
  const keyNames =
    ctx.view === 'write' && !hasPattern && (open || extra === undefined) ? listedKeys(node.propertyNames) : undefined;
  if (keyNames) {
    const valueType = extra && extra.kind !== 'boolean' ? schemaType(extra, inner) : raw('unknown');
    const declared = new Set([...(node.properties ?? []).map((p) => p.name), ...(node.required ?? [])]);
    for (const name of keyNames) if (!declared.has(name)) members.push(code`${key(name)}?: ${valueType};`);
    return members.length > 0 ? code`{\n${join(members, '\n')}\n}` : raw('Record<string, never>');
  }
  if (members.length === 0 && !hasPattern && extra && open) return code`{ [key: string]: ${schemaType(extra, inner)} }`;
  if (open || hasPattern) {
    const values = otherValues(node.patternProperties, extra);
    members.push(code`[key: string]: ${indexSignatureType(values, memberTypes, inner)};`);
  }
  if (members.length === 0) return extra && !open ? raw('Record<string, never>') : undefined;
  return code`{\n${join(members, '\n')}\n}`;
}

/** The keys a `propertyNames` schema lists (`enum` or `const` of strings), if it lists them. */
function listedKeys(names: SchemaNode | undefined): readonly string[] | undefined {
  if (names?.kind !== 'keywords') return undefined;
  if (names.enum?.length && names.enum.every((v): v is string => typeof v === 'string'))
    return names.enum as readonly string[];
  return typeof names.const?.value === 'string' ? [names.const.value] : undefined;
}

/** Above this length a union in an index signature reads worse than `unknown` and costs tsc more. */
const MAX_INDEX_UNION = 160;

/**
 * The schemas of the values an object's undeclared keys may hold: each pattern property's, then
 * the additional properties' (none when they are `false`). Undefined when a key may hold anything:
 * no `additionalProperties` beside pattern properties, or a `true` among them.
 */
function otherValues(
  patterns: KeywordSchemaNode['patternProperties'],
  extra: SchemaNode | undefined,
): SchemaNode[] | undefined {
  if (patterns?.length && extra === undefined) return undefined;
  const values = [...(patterns ?? []).map((p) => p.schema), ...(extra ? [extra] : [])];
  const admitted = values.filter((v) => !(v.kind === 'boolean' && !v.value));
  return admitted.some((v) => v.kind === 'boolean') ? undefined : admitted;
}

/**
 * The value type of an object's index signature beside declared members: the other keys' types
 * (pattern and additional properties), widened by the members' own (TS2411 wants every member to
 * fit it). So `{ name: string; [key: string]: boolean }` in the schema reads `boolean | string`
 * for any key, not `unknown`. A key that may hold anything, or a union grown long, make it `unknown`.
 */
function indexSignatureType(
  values: readonly SchemaNode[] | undefined,
  memberTypes: readonly Code[],
  ctx: TypeContext,
): Code {
  if (!values) return raw('unknown');
  const valueTypes = values.map((v) => schemaType(v, ctx));
  // `undefined` (of optional members) reads best last.
  const union = [...new Map([...valueTypes, ...memberTypes].map((t) => [t.text, t])).values()].sort(
    (a, b) => Number(a.text === 'undefined') - Number(b.text === 'undefined'),
  );
  if (union.length === 0) return raw('never');
  if (union.some((t) => t.text === 'unknown')) return raw('unknown');
  const type = join(
    union.map((t) => (isCompound(t.text) ? paren(t) : t)),
    ' | ',
  );
  return type.text.length > MAX_INDEX_UNION ? raw('unknown') : type;
}

/** Whether a type's text has `|`, `&` or `=>` outside brackets (so it needs parentheses inside a union). */
function isCompound(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      // Skip a string literal type: its text is data.
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '=' && text[i + 1] === '>') {
      if (depth === 0) return true;
      i++; // the arrow's `>` closes no bracket
    } else if (c === '(' || c === '<' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === '>' || c === ']' || c === '}') depth--;
    else if (depth === 0 && (c === '|' || c === '&')) return true;
  }
  return false;
}

/** The context of a property or item: the enclosing `allOf`'s members say nothing about it. */
function nested(ctx: TypeContext): TypeContext {
  if (!ctx.siblings) return ctx;
  const { siblings: _siblings, ...rest } = ctx;
  return rest;
}

/** Where a composed schema (its `$ref`, `allOf` members, theirs…) declares a property; bounded depth. */
function declarationOf(
  node: SchemaNode | undefined,
  name: string,
  ctx: TypeContext,
  depth: number,
): SchemaNode | undefined {
  if (!node || depth > 16) return undefined;
  if (node.kind === 'ref') return declarationOf(ctx.plan.schemasById.get(node.target)?.schema, name, ctx, depth + 1);
  if (node.kind !== 'keywords') return undefined;
  const own = node.properties?.find((p) => p.name === name);
  if (own) return own.schema;
  const members = [...(node.ref ? [ctx.plan.schemasById.get(node.ref)?.schema] : []), ...(node.allOf ?? [])];
  for (const member of members) {
    const found = declarationOf(member, name, ctx, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Whether a property appears in the current view. */
function isVisible(schema: SchemaNode, ctx: TypeContext): boolean {
  const flags = viewFlags(schema, ctx);
  return ctx.view === 'read' ? !flags.writeOnly : !flags.readOnly;
}

function viewFlags(schema: SchemaNode, ctx: TypeContext): { readOnly?: boolean; writeOnly?: boolean } {
  if (schema.kind === 'keywords') return { readOnly: schema.readOnly, writeOnly: schema.writeOnly };
  if (schema.kind === 'ref') {
    const target = ctx.plan.schemasById.get(schema.target)?.schema;
    if (target?.kind === 'keywords') return { readOnly: target.readOnly, writeOnly: target.writeOnly };
  }
  return {};
}

/** `oneOf`/`anyOf` alternatives; with a discriminator that picks the branch, each is tagged, so it narrows. */
function unionOf(alternatives: readonly SchemaNode[], node: KeywordSchemaNode, ctx: TypeContext): Code {
  const d = dispatchesOnTag(node) ? node.discriminator : undefined;
  const members = alternatives.map((alt) => {
    const type = schemaType(alt, ctx);
    // The default (3.2 `defaultMapping`) takes any tag, or none.
    if (!d || alt.kind !== 'ref' || alt.target === d.defaultTarget) return paren(type);
    const values = d.mapping.filter((m) => m.target === alt.target).map((m) => litType(m.value));
    if (values.length === 0) return paren(type);
    return code`({ ${key(d.propertyName)}: ${join(values, ' | ')} } & ${type})`;
  });
  return join(members, ' | ');
}

/**
 * A discriminated parent (`Pet: oneOf [Cat, Dog]`) that a child extends (`Cat: allOf [Pet, …]`)
 * would make `Cat` and `Pet` circular; the child takes only the parent's own keywords.
 */
function allOfMemberType(member: SchemaNode, ctx: TypeContext): Code {
  const parent = ctx.current ? extendedParent(member, ctx.plan.schemasById) : undefined;
  if (!parent || !listsChild(parent, ctx.current!)) return schemaType(member, ctx);
  return baseType(parent, ctx) ?? raw('unknown');
}

function paren(type: Code): Code {
  return code`(${type})`;
}
