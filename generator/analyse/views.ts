/**
 * Which named schemas need separate read (response) and write (request) views, computed once per
 * model as a fixpoint over the reference graph (so recursive schemas terminate):
 *
 * - `accessViews`: schemas that reach a `readOnly` or `writeOnly` property (types and validators
 *   differ: a read-only field is refused in a request);
 * - `typeViews`: those plus schemas that reach a string or number `enum`, whose read view is open
 *   (`'TXT' | … | (string & {})`) so a value the spec does not list yet still type-checks in a
 *   response, while requests stay closed. Each gets a `…Write` type.
 * - `distinctViews`: the `typeViews` whose two types really differ. A one-value enum is a tag,
 *   closed in both views, so a schema that reaches only such enums has a `…Write` name (planned
 *   as before, so no name changes) that is an alias of its read type, not a second copy of it.
 */
import type { ApiModel, SchemaId, SchemaNode } from '../ir/ir.js';
import { dynamicTargets, forEachChild } from '../ir/visit.js';

export interface Views {
  readonly accessViews: ReadonlySet<SchemaId>;
  readonly typeViews: ReadonlySet<SchemaId>;
  readonly distinctViews: ReadonlySet<SchemaId>;
}

/** `dates: 'Date'` makes `format: date-time` a view difference too (Date in responses, string in requests). */
export function schemaViews(model: ApiModel, options: { readonly dates?: 'string' | 'Date' } = {}): Views {
  const refsOf = new Map<SchemaId, Set<SchemaId>>();
  const access = new Set<SchemaId>();
  const enums = new Set<SchemaId>();
  const differ = new Set<SchemaId>();
  for (const named of model.schemas) {
    const refs = new Set<SchemaId>();
    const found: Found = { access: false, enum: false, opens: false, date: false };
    scan(named.schema, refs, true, found);
    if (found.access) access.add(named.id);
    const dates = options.dates === 'Date' && found.date;
    if (found.enum || dates) enums.add(named.id);
    if (found.opens || dates) differ.add(named.id);
    refsOf.set(named.id, refs);
  }
  const accessViews = propagate(access, refsOf);
  const typeViews = propagate(new Set([...accessViews, ...enums]), refsOf);
  // Only schemas with a write view (typeViews) have one that may differ.
  const distinctViews = new Set(
    [...propagate(new Set([...accessViews, ...differ]), refsOf)].filter((id) => typeViews.has(id)),
  );
  return { accessViews, typeViews, distinctViews };
}

/**
 * What a schema holds, not counting what it references: a readOnly/writeOnly property; an enum; a
 * view difference besides those (an enum the read view opens, `propertyNames`, which the write view
 * may list as keys); a date-time.
 */
interface Found {
  access: boolean;
  enum: boolean;
  opens: boolean;
  date: boolean;
}

/** A schema that references one in `seed` (transitively) joins it. */
function propagate(seed: Set<SchemaId>, refsOf: Map<SchemaId, Set<SchemaId>>): Set<SchemaId> {
  const result = new Set(seed);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, refs] of refsOf) {
      if (result.has(id)) continue;
      for (const r of refs) {
        if (result.has(r)) {
          result.add(id);
          changed = true;
          break;
        }
      }
    }
  }
  return result;
}

function scan(node: SchemaNode, refs: Set<SchemaId>, isRoot: boolean, found: Found): void {
  if (node.kind === 'ref') {
    refs.add(node.target);
    return;
  }
  if (node.kind === 'keywords') {
    if (node.ref) refs.add(node.ref);
    for (const id of dynamicTargets(node)) refs.add(id);
    if (!isRoot && (node.readOnly || node.writeOnly)) found.access = true;
    const listed = node.enum?.some((v) => typeof v === 'string' || typeof v === 'number') ?? false;
    if (listed) found.enum = true;
    // As templates/types/schema-type.ts opens a read view's enum: more than one value besides null
    // (or more loosely: a difference assumed where there may be none only costs a second copy).
    if (listed && node.enum!.filter((v) => v !== null).length > 1) found.opens = true;
    if (node.propertyNames) found.opens = true;
    if (node.format === 'date-time') found.date = true;
  }
  forEachChild(node, (child) => scan(child, refs, false, found));
}
