/**
 * Typing discriminator mapping keys once every schema is parsed (generator/ir/tag-values.ts says
 * why): a parse step, since it reports where each dropped key is written.
 */
import type { Place } from '../load/load-spec.js';
import type { DiscriminatorNode, SchemaId, TagValue } from '../ir/ir.js';
import { admits, propertySchemas, readings, type Schemas } from '../ir/tag-values.js';

/**
 * A discriminator as parsed, before its keys are typed: its node's own `mapping` array (rewritten
 * in place), and where each explicit entry is written (`undefined` for an implicit one, which
 * names a schema by its component name).
 */
export interface PendingDiscriminator {
  readonly node: DiscriminatorNode;
  readonly mapping: { value: TagValue; target: SchemaId }[];
  readonly places: readonly (Place | undefined)[];
}

/**
 * Rewrites each mapping key as the value the target's property admits (the string first). An
 * entry the property cannot hold is dropped: no value could pick its schema by it, and keeping it
 * would type that branch `never` and fail every value of it. Returns the explicit entries dropped
 * (the spec's own contradiction, worth a warning).
 */
export function typeTagValues(
  pending: readonly PendingDiscriminator[],
  schemas: Schemas,
): { readonly key: string; readonly place: Place }[] {
  const dropped: { key: string; place: Place }[] = [];
  for (const { node, mapping, places } of pending) {
    const kept = mapping.flatMap((entry, i) => {
      const declared = propertySchemas(schemas.get(entry.target)?.schema, node.propertyName, schemas, 0);
      const value = readings(String(entry.value)).find((v) => declared.every((p) => admits(p, v)));
      if (value !== undefined) return [{ value, target: entry.target }];
      if (places[i]) dropped.push({ key: String(entry.value), place: places[i]! });
      return [];
    });
    mapping.splice(0, mapping.length, ...kept);
  }
  return dropped;
}
