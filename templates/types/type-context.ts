/** What a type emitter needs besides the node: the plan and the view being emitted. */
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import type { SchemaId, SchemaNode } from '../../generator/ir/ir.js';

export interface TypeContext {
  readonly plan: Plan;
  /** `read` for responses (writeOnly properties omitted), `write` for requests (readOnly omitted). */
  readonly view: SchemaView;
  /** The named schema being declared, if any (to break `allOf` ↔ `oneOf` parent/child cycles). */
  readonly current?: SchemaId;
  /**
   * The other members of the `allOf` being emitted (and its parent's `$ref`): where a member that
   * only says `required: [id]` finds the `id` it means, to tell its view.
   */
  readonly siblings?: readonly SchemaNode[];
}
