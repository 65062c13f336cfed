/**
 * OpenAPI inheritance: a child schema that extends a discriminated parent through `allOf`
 * (`Cat: allOf [Pet, …]`, `Pet: discriminator { propertyName: petType, mapping: { cat: Cat } }`).
 * JSON Schema has no such notion; the types and the validators read it the same way from here.
 */
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode } from './ir.js';

type Schemas = ReadonlyMap<SchemaId, NamedSchema>;

/** Whether `parent` lists `child` among its `oneOf`/`anyOf` alternatives: the parent ↔ child cycle. */
export function listsChild(parent: KeywordSchemaNode, child: SchemaId): boolean {
  return [...(parent.oneOf ?? []), ...(parent.anyOf ?? [])].some((alt) => alt.kind === 'ref' && alt.target === child);
}

/** The parent a child's `allOf` member extends, when that member is a `$ref` to an object schema. */
export function extendedParent(member: SchemaNode, schemas: Schemas): KeywordSchemaNode | undefined {
  const parent = member.kind === 'ref' ? schemas.get(member.target)?.schema : undefined;
  return parent?.kind === 'keywords' ? parent : undefined;
}

/** The discriminator tag a child inherits: the parent's property and the values mapped to the child. */
export interface InheritedTag {
  readonly propertyName: string;
  readonly values: readonly string[];
}

/**
 * The tag of child `id` (its `schema`): the values the nearest ancestor's discriminator (its own,
 * or one of its inline `allOf` members') maps to it, when every declaration of the property along
 * the way can hold them (a tag one cannot take would make the child's type `never`).
 *
 * Only a leaf gets a tag. A schema that others extend is also each of them, and they carry tags of
 * their own (`Qux: allOf [Bar]` tagged `BarQux` where Bar is `FooBar`): tagging Bar would make Qux
 * `never` and fail every Qux that Bar's validator sees.
 */
export function inheritedTag(schema: SchemaNode, id: SchemaId, schemas: Schemas): InheritedTag | undefined {
  if (schema.kind !== 'keywords' || !schema.allOf || extendedIds(schemas).has(id)) return undefined;
  const seen = new Set<SchemaId>();
  let level: readonly SchemaNode[] = schema.allOf;
  for (let depth = 0; depth < 8 && level.length; depth++) {
    const next: SchemaNode[] = [];
    for (const member of level) {
      if (member.kind !== 'ref' || seen.has(member.target)) continue;
      seen.add(member.target);
      const parent = extendedParent(member, schemas);
      if (!parent) continue;
      const d = parent.discriminator ?? parent.allOf?.flatMap((m) => (m.kind === 'keywords' && m.discriminator ? [m.discriminator] : []))[0];
      const values = d?.mapping.filter((m) => m.target === id).map((m) => m.value) ?? [];
      if (d && values.length) return canHold(schema, d.propertyName, values, schemas, 0) ? { propertyName: d.propertyName, values } : undefined;
      next.push(...(parent.allOf ?? []));
    }
    level = next;
  }
  return undefined;
}

const extended = new WeakMap<Schemas, ReadonlySet<SchemaId>>();

/** The schemas some named schema's `allOf` extends by `$ref` (computed once per model). */
function extendedIds(schemas: Schemas): ReadonlySet<SchemaId> {
  let ids = extended.get(schemas);
  if (!ids) {
    const found = new Set<SchemaId>();
    for (const { schema } of schemas.values()) {
      if (schema.kind === 'keywords') for (const m of schema.allOf ?? []) if (m.kind === 'ref') found.add(m.target);
    }
    extended.set(schemas, (ids = found));
  }
  return ids;
}

/** Whether the property `name` of `schema` (its own, or found through `$ref`/`allOf`) accepts the string `values`. */
function canHold(schema: SchemaNode, name: string, values: readonly string[], schemas: Schemas, depth: number): boolean {
  if (depth > 8) return true;
  const target = schema.kind === 'ref' ? schemas.get(schema.target)?.schema : schema;
  if (target?.kind !== 'keywords') return true;
  const own = target.properties?.find((p) => p.name === name)?.schema;
  const property = own?.kind === 'ref' ? schemas.get(own.target)?.schema : own;
  if (property?.kind === 'boolean') return property.value;
  if (property?.kind === 'keywords') {
    if (property.types && !property.types.includes('string')) return false;
    if (property.enum && !values.every((v) => property.enum!.includes(v))) return false;
    if (property.const && !values.every((v) => v === property.const!.value)) return false;
  }
  const members = [...(target.ref ? [{ kind: 'ref', pointer: '', target: target.ref } as SchemaNode] : []), ...(target.allOf ?? [])];
  return members.every((m) => canHold(m, name, values, schemas, depth + 1));
}
