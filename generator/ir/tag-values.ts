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
 * Whether a union picks its branch by the tag: every `oneOf`/`anyOf` alternative is a `$ref`, and
 * its discriminator maps one or more of them (or names a `defaultMapping`). A tag it maps picks that
 * alternative alone; the others are the union of what is left (`unmappedAlternatives`): Okta's
 * `custom_otp` is a mapping key its own enum lacks, dropped, and a plain oneOf of all 17 then
 * refused every real authenticator, which several alternatives accept. Otherwise (an inline
 * alternative) it is plain JSON Schema, and its type does not narrow branches by tag either: both
 * must say the same.
 */
export function dispatchesOnTag(node: KeywordSchemaNode): boolean {
  const d = node.discriminator;
  const alternatives = node.oneOf ?? node.anyOf ?? [];
  return (
    !!d &&
    alternatives.length > 0 &&
    alternatives.every((a) => a.kind === 'ref') &&
    alternatives.some((a) => a.kind === 'ref' && (a.target === d.defaultTarget || isMapped(node, a.target)))
  );
}

/** The alternatives of a dispatching union that no tag picks and that are not its default. */
export function unmappedAlternatives(node: KeywordSchemaNode): SchemaNode[] {
  const d = node.discriminator;
  return (node.oneOf ?? node.anyOf ?? []).filter(
    (a) => a.kind === 'ref' && a.target !== d?.defaultTarget && !isMapped(node, a.target),
  );
}

function isMapped(node: KeywordSchemaNode, target: SchemaId): boolean {
  return node.discriminator?.mapping.some((m) => m.target === target) ?? false;
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

/**
 * The property that tells a union's alternatives apart without a discriminator: one every
 * constraining alternative pins to its own values (`type: { const: 'file.edited' }` in one,
 * `enum: [session.idle]` in another), no value in two. `values[i]` is alternative i's list, or
 * undefined when it does not pin the property (it may take any value). A value whose tag some
 * alternative lists fails every alternative that does not list it, so those need not run: and
 * lenient mode, which lets an unlisted tag through, must not let a listed one reach them.
 */
export interface UnionTag {
  readonly property: string;
  readonly values: readonly (readonly TagValue[] | undefined)[];
}

export function unionTag(alternatives: readonly SchemaNode[], schemas: Schemas): UnionTag | undefined {
  const pinned = alternatives.map((a) => pinnedProperties(a, schemas));
  const names = [...new Set(pinned.flatMap((p) => [...p.keys()]))];
  for (const property of names) {
    const values = pinned.map((p) => p.get(property));
    const listed = values.filter((v): v is TagValue[] => v !== undefined);
    const all = listed.flat();
    if (listed.length >= 2 && new Set(all).size === all.length) return { property, values };
  }
  return undefined;
}

/** The properties `schema` pins to a list of primitive values (`const`, or `enum` without null). */
function pinnedProperties(schema: SchemaNode, schemas: Schemas): Map<string, TagValue[]> {
  const target = schema.kind === 'ref' ? schemas.get(schema.target)?.schema : schema;
  const out = new Map<string, TagValue[]>();
  if (target?.kind !== 'keywords') return out;
  for (const name of propertyNames(target, schemas, 0)) {
    for (const declared of propertySchemas(target, name, schemas, 0)) {
      const values = pinnedValues(declared);
      if (values) {
        out.set(name, values);
        break;
      }
    }
  }
  return out;
}

/** The names of the properties `schema` declares, its own and through `$ref` and `allOf`. */
function propertyNames(schema: SchemaNode | undefined, schemas: Schemas, depth: number): Set<string> {
  const target = schema?.kind === 'ref' ? schemas.get(schema.target)?.schema : schema;
  const out = new Set<string>();
  if (depth > 8 || target?.kind !== 'keywords') return out;
  for (const { name } of target.properties ?? []) out.add(name);
  const members: SchemaNode[] = [
    ...(target.ref ? [{ kind: 'ref', pointer: '', target: target.ref } as SchemaNode] : []),
    ...(target.allOf ?? []),
  ];
  for (const m of members) for (const name of propertyNames(m, schemas, depth + 1)) out.add(name);
  return out;
}

function pinnedValues(node: SchemaNode): TagValue[] | undefined {
  if (node.kind !== 'keywords') return undefined;
  const isTag = (v: unknown): v is TagValue => ['string', 'number', 'boolean'].includes(typeof v);
  if (node.const) return isTag(node.const.value) ? [node.const.value] : undefined;
  if (node.enum && node.enum.length > 0 && node.enum.every(isTag)) return [...new Set(node.enum)];
  return undefined;
}
