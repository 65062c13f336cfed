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
 * The tag of child `id` (its `schema`), from the first parent of its `allOf` whose discriminator
 * (its own, or one of its inline `allOf` members') maps values to it, and whose property can hold
 * them: a tag the parent's property type cannot take would make the child's type `never`.
 */
export function inheritedTag(schema: SchemaNode, id: SchemaId, schemas: Schemas): InheritedTag | undefined {
  if (schema.kind !== 'keywords') return undefined;
  for (const member of schema.allOf ?? []) {
    const parent = extendedParent(member, schemas);
    if (!parent) continue;
    const d = parent.discriminator ?? parent.allOf?.flatMap((m) => (m.kind === 'keywords' && m.discriminator ? [m.discriminator] : []))[0];
    const values = d?.mapping.filter((m) => m.target === id).map((m) => m.value) ?? [];
    if (d && values.length && canHold(parent, d.propertyName, values, schemas, 0)) return { propertyName: d.propertyName, values };
  }
  return undefined;
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
