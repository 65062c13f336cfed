/**
 * `export const Status = { Active: 'ACTIVE', … } as const;` next to `export type Status`, for
 * enums whose members the spec names (`x-enum-varnames` / `x-enumNames`): code can then write
 * `Status.Active`. With the types target's `enums: 'object'`, every component enum gets one, its
 * keys made from the values where the spec names none (`in_progress` → `InProgress`). A type and a
 * value may share a name, so the constant takes the type's; the planner's export names are unique
 * across types and values, so it cannot clash.
 */
import { code, docText, join, jsDoc, key, lit, raw, type Code } from '../../generator/safe/code.js';
import type { NamedSchema } from '../../generator/ir/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { enumValueKeys } from '../../generator/plan/names.js';
import { constStructure, type Statement } from '../structures.js';

/**
 * How enums are emitted: `union` (a type; a constant only for members the spec names) or `object` (always a constant
 * too).
 */
export type EnumStyle = 'union' | 'object';

/** The constant for a named schema's enum members, or undefined when there is none to write. */
export function enumConstant(named: NamedSchema, plan: Plan, style: EnumStyle = 'union'): Statement | undefined {
  const s = named.schema;
  if (s.kind !== 'keywords') return undefined;
  if (!s.enumMembers?.length) return style === 'object' ? valuesConstant(named, plan) : undefined;
  const name = plan.schemaType(named.id, 'read');
  const members: Code[] = s.enumMembers.map((m) => {
    const doc = m.description ? jsDoc([docText(m.description)]) : raw('');
    return code`${doc}${key(m.name)}: ${lit(m.value)},`;
  });
  return constStructure(name, code`{\n${join(members, '\n')}\n} as const`, {
    docs: [docText(`The members of \`${name.text}\`, by the names the spec gives them.`)],
  });
}

/** `enums: 'object'` for an enum the spec does not name: keys made from the values. */
function valuesConstant(named: NamedSchema, plan: Plan): Statement | undefined {
  const s = named.schema;
  const values = s.kind === 'keywords' ? (s.enum ?? s.knownValues) : undefined;
  const primitive = (v: unknown): v is string | number | boolean | null =>
    v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (!values?.length || !values.every(primitive)) return undefined;
  const name = plan.schemaType(named.id, 'read');
  const keys = enumValueKeys(values);
  const members = values.map((value, i) => code`${key(keys[i]!)}: ${lit(value)},`);
  return constStructure(name, code`{\n${join(members, '\n')}\n} as const`, {
    docs: [docText(`The values of \`${name.text}\`, by names made from them.`)],
  });
}
