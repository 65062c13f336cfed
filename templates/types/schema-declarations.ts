/**
 * One `export type` per named schema, a second one for the write view where views differ (an alias
 * of the first where the schema has a write name but the same type), and a constant of the members
 * for enums the spec names (enum-constants.ts).
 */
import { code, join, key, litType, type Code } from '../../generator/safe/code.js';
import type { InheritedTag } from '../../generator/ir/inheritance.js';
import type { NamedSchema, SchemaId } from '../../generator/ir/ir.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { typeAliasStructure, type Statement } from '../structures.js';
import { schemaDocLines } from './docs.js';
import { schemaType } from './schema-type.js';
import { enumConstant, type EnumStyle } from './enum-constants.js';
import { docText } from '../../generator/safe/code.js';

/**
 * A leaf child of a discriminated parent narrows the parent's property to its own tag (`Cat` has
 * `petType: 'cat'`), so a `Cat | Dog` union narrows on it. An intersection rather than `Omit`:
 * `Omit` of a parent with an index signature or a union loses every other property. Optional: the
 * parent's `required` makes it required (`string & 'cat'`), as it does in the validator.
 */
function tagged(type: Code, tag: InheritedTag | undefined): Code {
  return tag
    ? code`(${type}) & { ${key(tag.propertyName)}?: ${join(
        tag.values.map((v) => litType(v)),
        ' | ',
      )} }`
    : type;
}

/**
 * `type PetWrite = Pet`: the write view of a schema whose views turned out the same (it reaches
 * enums, but only one-value tags, closed in both). The name stays, as packages had it.
 */
function sameWriteView(named: NamedSchema, plan: Plan): Statement {
  const read = plan.schemaType(named.id, 'read');
  return typeAliasStructure(plan.schemaType(named.id, 'write'), read, [
    docText(`Write view (requests): the same type as \`${read.text}\`.`),
  ]);
}

/** Type declarations for every named schema, in the model's (ID) order. */
export function schemaDeclarations(
  schemas: readonly NamedSchema[],
  plan: Plan,
  enums: EnumStyle = 'union',
  /** The analysis's inherited discriminator tags (generator/analyse/analyse.ts). */
  tags: ReadonlyMap<SchemaId, InheritedTag> = new Map(),
): Statement[] {
  const out: Statement[] = [];
  for (const named of schemas) {
    const views: SchemaView[] = plan.viewsDiffer(named.id) ? ['read', 'write'] : ['read'];
    const tag = tags.get(named.id);
    for (const view of views) {
      const docs = schemaDocLines(named.schema);
      if (views.length === 2) {
        docs.push(
          docText(
            view === 'read'
              ? 'Read view (responses): `writeOnly` properties left out; enums of several values open to values ' +
                  'added later.'
              : 'Write view (requests): `readOnly` properties left out; enums closed.',
          ),
        );
      }
      const type = tagged(schemaType(named.schema, { plan, view, current: named.id }), tag);
      out.push(typeAliasStructure(plan.schemaType(named.id, view), type, docs));
    }
    if (plan.hasViews(named.id) && views.length === 1) out.push(sameWriteView(named, plan));
    const constant = named.isComponent ? enumConstant(named, plan, enums) : undefined;
    if (constant) out.push(constant);
  }
  return out;
}
