/**
 * `unevaluatedProperties` and `unevaluatedItems`: what no other keyword of the schema (or of its
 * in-place applicators) evaluated, from the annotations `ev0` collected.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { failAtCode, type ValidatorCompiler } from '../compile-schema.js';

export function unevaluated(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView): Code[] {
  const out: Code[] = [];
  if (s.unevaluatedProperties) {
    const u = s.unevaluatedProperties;
    const check =
      u.kind === 'boolean'
        ? u.value
          ? raw('ev0.p.add(k);')
          : code`if (!(m & 2) && ${failAtCode(raw('k'), 'is not allowed (unevaluatedProperties)')}) return false;`
        : code`${c.callChild(c.sub(u, view), raw('x[k]'), raw('k'))} ev0.p.add(k);`;
    out.push(
      code`if (typeof x === "object" && x !== null && !Array.isArray(x) && !ev0.a) { for (const k of Object.keys(x)) { if (ev0.p.has(k)) continue; ${check} } ev0.a = true; }`,
    );
  }
  if (s.unevaluatedItems) {
    const u = s.unevaluatedItems;
    const check =
      u.kind === 'boolean'
        ? u.value
          ? raw('')
          : code`if (${failAtCode(raw('i'), 'is not allowed (unevaluatedItems)')}) return false;`
        : c.callChild(c.sub(u, view), raw('x[i]'), raw('i'));
    out.push(
      code`if (Array.isArray(x) && !ev0.ai) { for (let i = ev0.i; i < x.length; i++) { if (ev0.c.has(i)) continue; ${check} } ev0.ai = true; }`,
    );
  }
  return out;
}
