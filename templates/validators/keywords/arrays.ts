/**
 * Array keywords: the item counts, `uniqueItems`, `prefixItems`, `items`, and `contains` with its
 * bounds.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, lit, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { failCode, type ValidatorCompiler } from '../compile-schema.js';

export function arrayChecks(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
  const out: Code[] = [];
  if (s.minItems !== undefined)
    out.push(
      code`if (x.length < ${s.minItems} && ${failCode(`must have at least ${s.minItems} items`)}) return false;`,
    );
  if (s.maxItems !== undefined)
    out.push(code`if (x.length > ${s.maxItems} && ${failCode(`must have at most ${s.maxItems} items`)}) return false;`);
  if (s.uniqueItems) out.push(code`if (!unique(x) && ${failCode('must not contain duplicate items')}) return false;`);
  const prefix = s.prefixItems ?? [];
  prefix.forEach((item, i) => {
    out.push(code`if (x.length > ${i}) {\n${c.childCheck(item, view, code`x[${i}]`, lit(i))}\n}`);
  });
  if (prefix.length && c.tracking)
    out.push(code`if (${ev}) ${ev}.i = Math.max(${ev}.i, Math.min(x.length, ${prefix.length}));`);
  if (s.items) {
    out.push(
      code`for (let i = ${prefix.length}; i < x.length; i++) {\n${c.childCheck(s.items, view, raw('x[i]'), raw('i'))}\n}`,
    );
    if (c.tracking) out.push(code`if (${ev}) ${ev}.ai = true;`);
  }
  if (s.contains) {
    const fn = c.sub(s.contains, view);
    const min = s.minContains ?? 1;
    const track = c.tracking ? code` if (${ev}) ${ev}.c.add(i);` : raw('');
    // Counted as the spec has it: lenient matches would count against maxContains.
    out.push(
      code`{ let count = 0; for (let i = 0; i < x.length; i++) if (${fn}(x[i], null, m & ~2${c.evArg(undefined)})) { count++;${track} }`,
    );
    out.push(
      code`if (count < ${min} && ${failCode(min === 1 ? 'must contain a matching item (contains)' : `must contain at least ${min} matching items`)}) return false;`,
    );
    if (s.maxContains !== undefined)
      out.push(
        code`if (count > ${s.maxContains} && ${failCode(`must contain at most ${s.maxContains} matching items`)}) return false;`,
      );
    out.push(raw('}'));
  }
  return out;
}
