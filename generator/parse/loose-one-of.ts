/**
 * A `oneOf` two of whose alternatives take the same value: JSON Schema then refuses it ("exactly
 * one"), so strict validators refuse what the type `A | B` takes, often every value the server
 * sends (PagerDuty's open objects, all of whose properties are optional). Found when two
 * alternatives take the empty object `{}`: a certain overlap, stated as such, and the mark of
 * alternatives that nothing required tells apart. Lenient mode (responses) takes such values.
 * A `oneOf` with a discriminator is left alone: its validator dispatches on the tag.
 */
import type { NamedSchema, SchemaId, SchemaNode } from '../ir/ir.js';
import type { Place } from '../load/load-spec.js';
import { pointerTokens } from '../load/refs.js';
import type { PendingComposition } from './contradictions.js';
import { quote } from '../diagnostics.js';

export function looseOneOfs(
  pending: readonly PendingComposition[],
  schemas: ReadonlyMap<SchemaId, NamedSchema>,
): Array<{ readonly place: Place; readonly message: string }> {
  const out: Array<{ place: Place; message: string }> = [];
  for (const { node, file } of pending) {
    if (node.kind !== 'keywords' || !node.oneOf || node.discriminator) continue;
    const both = node.oneOf.flatMap((alternative, i) => (takesEmptyObject(alternative, schemas) ? [i] : []));
    if (both.length < 2) continue;
    const named = both.slice(0, 2).map((i) => describe(node.oneOf![i]!, i, schemas));
    out.push({
      place: { file, pointer: pointerTokens(node.pointer) },
      message:
        `oneOf alternatives ${named.join(' and ')} both take \`{}\`: strict validators refuse a value both ` +
        'take, though the type takes it; write anyOf, or have each require what marks it',
    });
  }
  return out;
}

/** Whether `{}` satisfies the schema, on its own keywords (a composition or `$ref` beside them: not said). */
function takesEmptyObject(node: SchemaNode, schemas: ReadonlyMap<SchemaId, NamedSchema>, depth = 0): boolean {
  if (node.kind === 'boolean') return node.value;
  if (node.kind === 'ref') {
    const target = schemas.get(node.target)?.schema;
    return target !== undefined && depth < 16 && takesEmptyObject(target, schemas, depth + 1);
  }
  if (node.types && !node.types.includes('object')) return false;
  if (node.required?.length || node.minProperties || node.enum || node.const || node.knownValues) return false;
  return !(node.ref || node.dynamicRef || node.allOf || node.anyOf || node.oneOf || node.not || node.if);
}

/** `[1]` "Incident", or `[0]` for an inline alternative. */
function describe(node: SchemaNode, i: number, schemas: ReadonlyMap<SchemaId, NamedSchema>): string {
  const name = node.kind === 'ref' ? schemas.get(node.target)?.rawName : undefined;
  return name === undefined ? `[${i}]` : `[${i}] ${quote(name)}`;
}
