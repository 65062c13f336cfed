/**
 * Array keywords: the item counts, `uniqueItems`, `prefixItems`, `items`, and `contains` with its
 * bounds.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, lit, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { rejectIf, type ValidatorCompiler } from '../compile-schema.js';

export function arrayChecks(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
  const out: Code[] = [];
  if (s.minItems !== undefined)
    out.push(rejectIf(code`x.length < ${s.minItems}`, `must have at least ${s.minItems} items`));
  if (s.maxItems !== undefined)
    out.push(rejectIf(code`x.length > ${s.maxItems}`, `must have at most ${s.maxItems} items`));
  if (s.uniqueItems) out.push(rejectIf(code`!unique(x)`, 'must not contain duplicate items'));
  const prefix = s.prefixItems ?? [];
  prefix.forEach((item, i) => {
    out.push(code`if (x.length > ${i}) {\n${c.childCheck(item, view, code`x[${i}]`, lit(i))}\n}`);
  });
  if (prefix.length && c.tracks)
    out.push(code`if (${ev}) ${ev}.i = Math.max(${ev}.i, Math.min(x.length, ${prefix.length}));`);
  if (s.items) {
    const check = c.childCheck(s.items, view, raw('x[i]'), raw('i'));
    out.push(code`for (let i = ${prefix.length}; i < x.length; i++) {\n${check}\n}`);
    if (c.tracks) out.push(code`if (${ev}) ${ev}.ai = true;`);
  }
  if (s.contains) {
    const fn = c.subValue(s.contains, view);
    const min = s.minContains ?? 1;
    const track = c.tracks ? code` if (${ev}) ${ev}.c.add(i);` : raw('');
    // Counted as the spec has it: lenient matches would count against maxContains.
    const matches = code`${fn}(x[i], null, m & ~2${c.evArg(undefined)})`;
    out.push(code`{ let count = 0; for (let i = 0; i < x.length; i++) if (${matches}) { count++;${track} }`);
    out.push(
      rejectIf(
        code`count < ${min}`,
        min === 1 ? 'must contain a matching item (contains)' : `must contain at least ${min} matching items`,
      ),
    );
    if (s.maxContains !== undefined)
      out.push(rejectIf(code`count > ${s.maxContains}`, `must contain at most ${s.maxContains} matching items`));
    out.push(raw('}'));
  }
  return out;
}
