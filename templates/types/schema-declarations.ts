/**
 * One `export type` per named schema, a second one for the write view where views differ, and a
 * constant of the members for enums the spec names (enum-constants.ts).
 */
import { ident } from '../../generator/safe/code.js';
import type { NamedSchema } from '../../generator/model/ir.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { typeAliasStructure, type Statement } from '../structures.js';
import { schemaDocLines } from './docs.js';
import { schemaType } from './schema-type.js';
import { enumConstant } from './enum-constants.js';
import { docText } from '../../generator/safe/code.js';

/** Type declarations for every named schema, in the model's (ID) order. */
export function schemaDeclarations(schemas: readonly NamedSchema[], plan: Plan): Statement[] {
  const out: Statement[] = [];
  for (const named of schemas) {
    const views: SchemaView[] = plan.hasViews(named.id) ? ['read', 'write'] : ['read'];
    for (const view of views) {
      const docs = schemaDocLines(named.schema);
      if (views.length === 2) {
        docs.push(docText(view === 'read' ? 'Read view (responses): `writeOnly` properties left out; enums open to values added later.' : 'Write view (requests): `readOnly` properties left out; enums closed.'));
      }
      const type = schemaType(named.schema, { plan, view, current: named.id });
      out.push(typeAliasStructure(ident(plan.schemaType(named.id, view)), type, docs));
    }
    const constant = named.isComponent ? enumConstant(named, plan) : undefined;
    if (constant) out.push(constant);
  }
  return out;
}
