/** Whether an object schema declares a property: what `additionalProperties: false` leaves allowed. */
import type { KeywordSchemaNode } from '../ir/ir.js';
import { compiled } from './bounds.js';

/** The keywords that declare properties. */
type Declaring = Pick<Partial<KeywordSchemaNode>, 'properties' | 'patternProperties'>;

/**
 * Whether `properties` or a `patternProperties` pattern takes the name (Letta's `Archive` requires an
 * `organization_id` it does not declare, beside `additionalProperties: false`). Patterns are matched
 * as the validators match them (a risky one in linear time: `^(a+)+$` against a long name stalled
 * the engine); one that cannot be is taken to match: no warning rests on a guess.
 */
export function declaredProperty(node: Declaring, name: string): boolean {
  if (node.properties?.some((p) => p.name === name)) return true;
  return (node.patternProperties ?? []).some(({ pattern }) => {
    try {
      return compiled(pattern).test(name);
    } catch {
      return true;
    }
  });
}
