/**
 * Discriminator tags that are not strings. A `mapping` key is always a string (YAML/JSON object
 * keys), but the property it names may be an integer (`'1': TypeOne` with `type_id: { const: 1 }`)
 * or a boolean (Pydantic writes `'True'`/`'False'`). Read as strings, such tags made every branch
 * `never` and every valid value fail validation. Once all schemas are parsed, each key becomes the
 * JSON value the mapped schema's property takes: `1`, `2.5`, `true`, or the string itself.
 */
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode, TagValue } from './ir.js';

export type Schemas = ReadonlyMap<SchemaId, NamedSchema>;

/**
 * Whether a union picks its branch by the tag: its discriminator maps every `oneOf`/`anyOf`
 * alternative (each a `$ref`), or names it its `defaultMapping`. Otherwise (an inline alternative,
 * a name no tag can be) it is plain JSON Schema, and its type does not narrow branches by tag
 * either: both must say the same.
 */
export function dispatchesOnTag(node: KeywordSchemaNode): boolean {
  const d = node.discriminator;
  const alternatives = node.oneOf ?? node.anyOf ?? [];
  return (
    !!d &&
    alternatives.length > 0 &&
    alternatives.every(
      (a) => a.kind === 'ref' && (a.target === d.defaultTarget || d.mapping.some((m) => m.target === a.target)),
    )
  );
}

/** Whether a declaration of the tag property accepts `value` (its type, enum and const; else yes). */
export function admits(property: SchemaNode, value: TagValue): boolean {
  if (property.kind === 'boolean') return property.value;
  if (property.kind !== 'keywords') return true;
  if (
    property.types &&
    !property.types.some(
      (t) =>
        t === jsonType(value) ||
        (t === 'number' && typeof value === 'number') ||
        (t === 'integer' && Number.isInteger(value)),
    )
  )
    return false;
  if (property.enum && !property.enum.includes(value)) return false;
  if (property.const && property.const.value !== value) return false;
  return true;
}

/** The ways a mapping key may be read: as written, then as a number, then as a boolean (`True` too). */
export function readings(key: string): TagValue[] {
  const out: TagValue[] = [key];
  // JSON has no Infinity: a key like '1e400' stays a string.
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(key) && Number.isFinite(Number(key))) out.push(Number(key));
  if (/^(true|false)$/i.test(key)) out.push(key.toLowerCase() === 'true');
  return out;
}

function jsonType(value: TagValue): string {
  return typeof value === 'string'
    ? 'string'
    : typeof value === 'boolean'
      ? 'boolean'
      : Number.isInteger(value)
        ? 'integer'
        : 'number';
}

/** Every declaration of property `name` in `schema`: its own, and those it has through `$ref` and `allOf`. */
export function propertySchemas(
  schema: SchemaNode | undefined,
  name: string,
  schemas: Schemas,
  depth: number,
): SchemaNode[] {
  if (depth > 8 || !schema) return [];
  const target: SchemaNode | undefined = schema.kind === 'ref' ? schemas.get(schema.target)?.schema : schema;
  if (target?.kind !== 'keywords') return [];
  const out: SchemaNode[] = [];
  const own = target.properties?.find((p) => p.name === name)?.schema;
  const resolved = own?.kind === 'ref' ? schemas.get(own.target)?.schema : own;
  if (resolved) out.push(resolved);
  const members: SchemaNode[] = [
    ...(target.ref ? [{ kind: 'ref', pointer: '', target: target.ref } as SchemaNode] : []),
    ...(target.allOf ?? []),
  ];
  for (const m of members) out.push(...propertySchemas(m, name, schemas, depth + 1));
  return out;
}
