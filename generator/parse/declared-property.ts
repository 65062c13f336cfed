/** Whether an object schema declares a property: what `additionalProperties: false` leaves allowed. */
import type { KeywordSchemaNode } from '../ir/ir.js';

/** The keywords that declare properties. */
type Declaring = Pick<Partial<KeywordSchemaNode>, 'properties' | 'patternProperties'>;

/**
 * Whether `properties` or a `patternProperties` pattern takes the name (Letta's `Archive` requires an
 * `organization_id` it does not declare, beside `additionalProperties: false`). A pattern the engine
 * cannot compile is taken to: no warning rests on a guess.
 */
export function declaredProperty(node: Declaring, name: string): boolean {
  if (node.properties?.some((p) => p.name === name)) return true;
  return (node.patternProperties ?? []).some(({ pattern }) => {
    try {
      return new RegExp(pattern, 'u').test(name);
    } catch {
      return true;
    }
  });
}
