/**
 * Which named schemas need separate read (response) and write (request) views, computed once per
 * model as a fixpoint over the reference graph (so recursive schemas terminate):
 *
 * - `accessViews`: schemas that reach a `readOnly` or `writeOnly` property (types and validators
 *   differ: a read-only field is refused in a request);
 * - `typeViews`: those plus schemas that reach a string or number `enum`, whose read view is open
 *   (`'TXT' | … | (string & {})`) so a value the spec does not list yet still type-checks in a
 *   response, while requests stay closed.
 */
import type { ApiModel, SchemaId, SchemaNode } from '../ir/ir.js';
import { dynamicTargets, forEachChild } from '../ir/visit.js';

export interface Views {
  readonly accessViews: ReadonlySet<SchemaId>;
  readonly typeViews: ReadonlySet<SchemaId>;
}

/** `dates: 'Date'` makes `format: date-time` a view difference too (Date in responses, string in requests). */
export function schemaViews(model: ApiModel, options: { readonly dates?: 'string' | 'Date' } = {}): Views {
  const refsOf = new Map<SchemaId, Set<SchemaId>>();
  const access = new Set<SchemaId>();
  const enums = new Set<SchemaId>();
  for (const named of model.schemas) {
    const refs = new Set<SchemaId>();
    const found = { access: false, enum: false, date: false };
    scan(named.schema, refs, true, found);
    if (found.access) access.add(named.id);
    if (found.enum || (options.dates === 'Date' && found.date)) enums.add(named.id);
    refsOf.set(named.id, refs);
  }
  const accessViews = propagate(access, refsOf);
  const typeViews = propagate(new Set([...accessViews, ...enums]), refsOf);
  return { accessViews, typeViews };
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

function scan(
  node: SchemaNode,
  refs: Set<SchemaId>,
  isRoot: boolean,
  found: { access: boolean; enum: boolean; date: boolean },
): void {
  if (node.kind === 'ref') {
    refs.add(node.target);
    return;
  }
  if (node.kind === 'keywords') {
    if (node.ref) refs.add(node.ref);
    for (const id of dynamicTargets(node)) refs.add(id);
    if (!isRoot && (node.readOnly || node.writeOnly)) found.access = true;
    if (node.enum?.some((v) => typeof v === 'string' || typeof v === 'number')) found.enum = true;
    if (node.format === 'date-time') found.date = true;
  }
  forEachChild(node, (child) => scan(child, refs, false, found));
}
