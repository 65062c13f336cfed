/**
 * OpenAPI inheritance: a child schema that extends a discriminated parent through `allOf`
 * (`Cat: allOf [Pet, …]`, `Pet: discriminator { propertyName: petType, mapping: { cat: Cat } }`).
 * JSON Schema has no such notion; the types and the validators read it the same way from here.
 */
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode, TagValue } from './ir.js';
import { admits, propertySchemas } from './tag-values.js';

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
  readonly values: readonly TagValue[];
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
      const holder = parent.discriminator
        ? parent
        : parent.allOf?.find((m): m is KeywordSchemaNode => m.kind === 'keywords' && !!m.discriminator);
      const d = holder?.discriminator;
      // The default (3.2 `defaultMapping`) takes any tag: it gets none of its own.
      if (d?.defaultTarget === id) return undefined;
      const mapped = d?.mapping.filter((m) => m.target === id).map((m) => m.value) ?? [];
      const values = mapped.length || !holder ? mapped : implicitValue(holder, id, schemas);
      if (d && values.length)
        return canHold(schema, d.propertyName, values, schemas) ? { propertyName: d.propertyName, values } : undefined;
      next.push(...(parent.allOf ?? []));
    }
    level = next;
  }
  return undefined;
}

/**
 * A child's tag where the mapping does not name it: its component name (OpenAPI's "Models with
 * Polymorphism Support": `Cat: allOf [Pet]`, Pet's discriminator `petType`, makes a Cat's `petType`
 * `'Cat'`). Only for a parent that is not itself a union: a `oneOf`/`anyOf` lists its alternatives,
 * and a schema that extends such a union (`B: allOf [A]`, A a oneOf of C and D) is one of those, not
 * a variant named B. Never a name the mapping gives to another schema.
 */
function implicitValue(holder: KeywordSchemaNode, id: SchemaId, schemas: Schemas): TagValue[] {
  const named = schemas.get(id);
  if (!named?.isComponent || holder.oneOf || holder.anyOf) return [];
  const name = named.rawName;
  return holder.discriminator!.mapping.some((m) => m.value === name) ? [] : [name];
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

/**
 * Whether every declaration of the property `name` in `schema` (its own, or through `$ref`/`allOf`) accepts `values`.
 */
function canHold(schema: SchemaNode, name: string, values: readonly TagValue[], schemas: Schemas): boolean {
  return propertySchemas(schema, name, schemas, 0).every((p) => values.every((v) => admits(p, v)));
}
