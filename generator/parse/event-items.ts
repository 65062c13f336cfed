/**
 * How an event stream's OpenAPI 3.2 `itemSchema` is read. The model keeps the schema of each
 * event's data, which the client parses when it is JSON:
 * - the `contentSchema` of the item's `data` property (the specification's way: an event's data is
 *   text, `contentMediaType` says it holds JSON and `contentSchema` what that JSON is);
 * - or the `data` property's own schema when it describes JSON (an object, an array, a number…), as
 *   ASP.NET Core and zod-openapi write it (`data: { $ref: '#/components/schemas/Todo' }`);
 * - text otherwise (`data: { type: string }`), with no schema kept.
 * When the item's `oneOf` (or `anyOf`) gives each event name its own data, as the specification's
 * own example does, the model keeps one schema of the whole event, `{ event, data }`: a union on
 * the name (each branch's `properties.event` a `const` or a one-value `enum`), which types each
 * event and checks its data by its name; `jsonEvents` lists the names whose data is JSON.
 *
 * @see https://spec.openapis.org/oas/v3.2.0#server-sent-event-streams
 */
import { formatPointer } from '../load/refs.js';
import type { Place } from '../load/load-spec.js';
import type { SchemaNode } from '../ir/ir.js';
import { bodyKindOf } from '../ir/media-types.js';
import { child, obj, type Json, type ParseContext } from './parse-context.js';
import { parseSchema } from './parse-schema.js';

/** The model's schema for the events an `itemSchema` describes, or undefined when their data is text. */
export function eventItems(
  raw: unknown,
  place: Place,
  ctx: ParseContext,
): { readonly schema: SchemaNode; readonly jsonEvents?: readonly string[] } | undefined {
  const { value, place: item } = ctx.deref(raw, place);
  const properties = obj(obj(value)['properties']);
  if (properties['data'] === undefined) return eventVariants(obj(value), item, ctx);
  const data = dataSchema(properties['data'], child(item, 'properties', 'data'), ctx);
  return data?.json ? { schema: data.schema } : undefined;
}

/** One event's data: its schema, and whether it is JSON (else text). */
function dataSchema(raw: unknown, place: Place, ctx: ParseContext): { schema: SchemaNode; json: boolean } | undefined {
  const { value, place: at } = ctx.deref(raw, place);
  const d = obj(value);
  if (d['contentSchema'] !== undefined)
    return { schema: parseSchema(d['contentSchema'], child(at, 'contentSchema'), ctx), json: true };
  const mediaType = d['contentMediaType'];
  // JSON of any shape: a schema without keywords (media-types' eventData reads a boolean schema as text).
  if (typeof mediaType === 'string')
    return bodyKindOf(mediaType) === 'json'
      ? { schema: { kind: 'keywords', pointer: formatPointer(at.pointer) }, json: true }
      : undefined;
  return describesJson(d) ? { schema: parseSchema(raw, place, ctx), json: true } : undefined;
}

/** Keywords that only a JSON value (not an event's text) can be described by. */
const JSON_KEYWORDS = [
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'required',
  'oneOf',
  'anyOf',
  'allOf',
];

/** Whether a `data` schema (its `$ref`s followed) describes parsed JSON rather than the event's text. */
function describesJson(schema: Json): boolean {
  const type = schema['type'];
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : [];
  // `[string, null]` still says text: an event's data is never JSON's null.
  if (types.length) return types.some((t) => t !== 'string' && t !== 'null');
  return JSON_KEYWORDS.some((k) => schema[k] !== undefined);
}

/** The whole-event schema of an item whose branches each name their event, or undefined when some branch does not. */
function eventVariants(
  item: Json,
  place: Place,
  ctx: ParseContext,
): { readonly schema: SchemaNode; readonly jsonEvents: readonly string[] } | undefined {
  const key = Array.isArray(item['oneOf']) ? 'oneOf' : Array.isArray(item['anyOf']) ? 'anyOf' : undefined;
  if (!key || (item[key] as unknown[]).length === 0) return undefined;
  const branches: SchemaNode[] = [];
  const names = new Set<string>();
  const jsonEvents: string[] = [];
  for (const [i, raw] of (item[key] as unknown[]).entries()) {
    const { value, place: branch } = ctx.deref(raw, child(place, key, String(i)));
    const properties = obj(obj(value)['properties']);
    const name = eventName(ctx.deref(properties['event'], child(branch, 'properties', 'event')).value);
    if (name === undefined || names.has(name)) return undefined;
    names.add(name);
    const pointer = formatPointer(branch.pointer);
    const data =
      properties['data'] === undefined
        ? undefined
        : dataSchema(properties['data'], child(branch, 'properties', 'data'), ctx);
    if (data) jsonEvents.push(name);
    branches.push({
      kind: 'keywords',
      pointer,
      types: ['object'],
      required: ['event', 'data'],
      properties: [
        { name: 'event', schema: { kind: 'keywords', pointer, const: { value: name } } },
        { name: 'data', schema: data?.schema ?? { kind: 'keywords', pointer, types: ['string'] } },
      ],
    });
  }
  return {
    schema: { kind: 'keywords', pointer: formatPointer(place.pointer), types: ['object'], [key]: branches },
    jsonEvents,
  };
}

/** A branch's event name: `const`, or an `enum` of one string. */
function eventName(schema: unknown): string | undefined {
  const s = obj(schema);
  if (typeof s['const'] === 'string') return s['const'];
  const values = s['enum'];
  return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}
