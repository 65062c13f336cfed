/**
 * The JSON types a schema can accept, as a bit set: what a refused union's report needs to skip the
 * alternatives a value's type rules out without running them again (runtime `haltUnion`). The set
 * may be larger than the truth (anything not worked out counts as every type), never smaller: an
 * alternative is skipped only when it certainly refuses the value for its type.
 */
import type { JsonType, SchemaId, SchemaNode } from './ir.js';
import type { Schemas } from './tag-values.js';

/** One bit per JSON type as the runtime's `typeBit` tells them apart: a number is one type, integer or not. */
export const TYPE_BITS: Readonly<Record<JsonType, number>> = {
  object: 1,
  array: 2,
  string: 4,
  number: 8,
  integer: 8,
  boolean: 16,
  null: 32,
};

export const ANY_TYPE = 63;

/**
 * How many `$ref`s and `allOf`s deep the walk goes before it answers "any type": a spec's chain of
 * 20,000 references must not overflow the stack, and real narrowing is found within a few levels.
 */
const MAX_DEPTH = 32;

/** The types `node` admits; `memo` keeps each named schema's answer (and `ANY_TYPE` while it is worked out). */
export function admittedTypes(node: SchemaNode, schemas: Schemas, memo: Map<SchemaId, number>, depth = 0): number {
  if (depth > MAX_DEPTH) return ANY_TYPE;
  switch (node.kind) {
    // `false` refuses every value alike: no type makes it "further" from one than another.
    case 'boolean':
      return ANY_TYPE;
    case 'ref':
      return namedTypes(node.target, schemas, memo, depth + 1);
    case 'keywords': {
      let bits = node.types ? node.types.reduce((all, t) => all | TYPE_BITS[t], 0) : ANY_TYPE;
      if (node.ref) bits &= namedTypes(node.ref, schemas, memo, depth + 1);
      for (const member of node.allOf ?? []) bits &= admittedTypes(member, schemas, memo, depth + 1);
      for (const union of [node.anyOf, node.oneOf]) {
        if (union) bits &= union.reduce((any, a) => any | admittedTypes(a, schemas, memo, depth + 1), 0);
      }
      return bits;
    }
  }
}

function namedTypes(id: SchemaId, schemas: Schemas, memo: Map<SchemaId, number>, depth: number): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const named = schemas.get(id);
  if (!named || depth > MAX_DEPTH) return ANY_TYPE;
  // A cycle back to a schema being worked out reads "any type": larger than the truth, never smaller.
  memo.set(id, ANY_TYPE);
  const bits = admittedTypes(named.schema, schemas, memo, depth);
  memo.set(id, bits);
  return bits;
}
