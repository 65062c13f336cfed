/**
 * `unevaluatedProperties` and `unevaluatedItems`: what no other keyword of the schema (or of its
 * in-place applicators) evaluated, from the annotations `ev0` collected.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { failAtCode, rejectAtIf, type ValidatorCompiler } from '../compile-schema.js';

export function unevaluated(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView): Code[] {
  const out: Code[] = [];
  if (s.unevaluatedProperties) {
    const u = s.unevaluatedProperties;
    const check =
      u.kind === 'boolean'
        ? u.value
          ? raw('ev0.p.add(k);')
          : rejectAtIf(code`!(m & 2)`, raw('k'), 'is not allowed (unevaluatedProperties)')
        : code`${c.callChild(c.subValue(u, view), raw('x[k]'), raw('k'))} ev0.p.add(k);`;
    const loop = code`for (const k of Object.keys(x)) { if (ev0.p.has(k)) continue; ${check} }`;
    out.push(code`if (isObject(x) && !ev0.a) { ${loop} ev0.a = true; }`);
  }
  if (s.unevaluatedItems) {
    const u = s.unevaluatedItems;
    const check =
      u.kind === 'boolean'
        ? u.value
          ? raw('')
          : code`if (${failAtCode(raw('i'), 'is not allowed (unevaluatedItems)')}) return false;`
        : c.callChild(c.subValue(u, view), raw('x[i]'), raw('i'));
    const loop = code`for (let i = ev0.i; i < x.length; i++) { if (ev0.c.has(i)) continue; ${check} }`;
    out.push(code`if (Array.isArray(x) && !ev0.ai) { ${loop} ev0.ai = true; }`);
  }
  return out;
}
