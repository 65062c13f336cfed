/** What a type emitter needs besides the node: the plan and the view being emitted. */
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import type { SchemaId } from '../../generator/model/ir.js';

export interface TypeContext {
  readonly plan: Plan;
  /** `read` for responses (writeOnly properties omitted), `write` for requests (readOnly omitted). */
  readonly view: SchemaView;
  /** The named schema being declared, if any (to break `allOf` ↔ `oneOf` parent/child cycles). */
  readonly current?: SchemaId;
}
