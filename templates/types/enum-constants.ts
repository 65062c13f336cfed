/**
 * `export const Status = { Active: 'ACTIVE', … } as const;` next to `export type Status`, for
 * enums whose members the spec names (`x-enum-varnames` / `x-enumNames`): code can then write
 * `Status.Active`. A type and a value may share a name, so the constant takes the type's; the
 * planner's export names are unique across types and values, so it cannot clash.
 */
import { code, docText, join, jsDoc, key, lit, raw, type Code } from '../../generator/safe/code.js';
import type { NamedSchema } from '../../generator/ir/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { constStructure, type Statement } from '../structures.js';

/** The constant for a named schema's enum members, or undefined when the spec names none. */
export function enumConstant(named: NamedSchema, plan: Plan): Statement | undefined {
  const s = named.schema;
  if (s.kind !== 'keywords' || !s.enumMembers?.length) return undefined;
  const name = plan.schemaType(named.id, 'read');
  const members: Code[] = s.enumMembers.map((m) => {
    const doc = m.description ? jsDoc([docText(m.description)]) : raw('');
    return code`${doc}${key(m.name)}: ${lit(m.value)},`;
  });
  return constStructure(name, code`{\n${join(members, '\n')}\n} as const`, {
    docs: [docText(`The members of \`${name.text}\`, by the names the spec gives them.`)],
  });
}
