/**
 * OpenAPI 3.2's event stream whose `itemSchema` gives each event name its own data, as the
 * specification's own example does: `oneOf` (or `anyOf`) branches, each with `properties.event` a
 * `const` name and `properties.data` a `contentSchema` (JSON) or text. It is read as one schema of
 * the whole event, `{ event, data }`: a union on the event's name, which types each event and
 * checks its data by its name. `jsonEvents` lists the names whose data is JSON, which the client
 * parses; any other event's data stays text.
 *
 * @see https://spec.openapis.org/oas/v3.2.0#server-sent-event-streams
 */
import { formatPointer } from '../load/refs.js';
import type { Place } from '../load/load-spec.js';
import type { SchemaNode } from './ir.js';
import { bodyKindOf } from './media-types.js';
import { child, obj, type Json, type ParseContext } from './parse-context.js';
import { parseSchema } from './parse-schema.js';

/** The whole-event schema and the JSON events, or undefined when some branch does not name its event. */
export function eventVariants(item: Json, place: Place, ctx: ParseContext): { readonly schema: SchemaNode; readonly jsonEvents: readonly string[] } | undefined {
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
    const { value: d, place: dataPlace } = ctx.deref(properties['data'] ?? {}, child(branch, 'properties', 'data'));
    const content = obj(d)['contentSchema'];
    const mediaType = obj(d)['contentMediaType'];
    const json = content !== undefined || (typeof mediaType === 'string' && bodyKindOf(mediaType) === 'json');
    const pointer = formatPointer(branch.pointer);
    const data: SchemaNode =
      content !== undefined
        ? parseSchema(content, child(dataPlace, 'contentSchema'), ctx)
        : json
          ? { kind: 'boolean', pointer, value: true }
          : { kind: 'keywords', pointer, types: ['string'] };
    if (json) jsonEvents.push(name);
    branches.push({
      kind: 'keywords',
      pointer,
      types: ['object'],
      required: ['event', 'data'],
      properties: [
        { name: 'event', schema: { kind: 'keywords', pointer, const: { value: name } } },
        { name: 'data', schema: data },
      ],
    });
  }
  return { schema: { kind: 'keywords', pointer: formatPointer(place.pointer), types: ['object'], [key]: branches }, jsonEvents };
}

/** A branch's event name: `const`, or an `enum` of one string. */
function eventName(schema: unknown): string | undefined {
  const s = obj(schema);
  if (typeof s['const'] === 'string') return s['const'];
  const values = s['enum'];
  return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}
