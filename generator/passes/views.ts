/**
 * Which named schemas need separate read (response) and write (request) views: those that reach a
 * `readOnly` or `writeOnly` property, directly or through `$ref`s. Computed once per model as a
 * fixpoint over the reference graph, so recursive schemas terminate.
 */
import type { ApiModel, SchemaId, SchemaNode } from '../model/ir.js';
import { forEachChild } from '../model/visit.js';

/** The set of schema IDs whose read and write views differ. */
export function schemasWithViews(model: ApiModel): ReadonlySet<SchemaId> {
  const direct = new Set<SchemaId>();
  const refsOf = new Map<SchemaId, Set<SchemaId>>();
  for (const named of model.schemas) {
    const refs = new Set<SchemaId>();
    if (visitForViews(named.schema, refs, true)) direct.add(named.id);
    refsOf.set(named.id, refs);
  }
  // Propagate backwards: a schema that references one with views has views too.
  const result = new Set(direct);
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

/** Collects refs of `node` and tells whether a property below it is readOnly/writeOnly. */
function visitForViews(node: SchemaNode, refs: Set<SchemaId>, isRoot: boolean): boolean {
  let found = false;
  if (node.kind === 'ref') {
    refs.add(node.target);
    return false;
  }
  if (node.kind === 'keywords') {
    if (node.ref) refs.add(node.ref);
    if (!isRoot && (node.readOnly || node.writeOnly)) found = true;
  }
  forEachChild(node, (childNode) => {
    if (visitForViews(childNode, refs, false)) found = true;
  });
  return found;
}
