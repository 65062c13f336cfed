/**
 * A `oneOf` two of whose alternatives take the same value: JSON Schema then refuses it ("exactly
 * one"), so strict validators refuse what the type `A | B` takes, often every value the server
 * sends (PagerDuty's open objects, all of whose properties are optional). Found where the overlap
 * is certain: two alternatives take the empty object `{}` (the mark of alternatives that nothing
 * required tells apart) or, where they ask for a property, one that neither declares; or every
 * string, every number or integer, every boolean (`oneOf: [integer, number]` refuses 1;
 * Supabase's user handle, a string of an unvalidated format or any string, refuses every string),
 * the empty array, or null (two nullable alternatives). Lenient mode (responses) takes such values.
 * A `oneOf` with a discriminator is left alone: its validator dispatches on the tag.
 */
import type { JsonType, KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode } from '../ir/ir.js';
import type { Place } from '../load/load-spec.js';
import { pointerTokens } from '../load/refs.js';
import type { PendingComposition } from './contradictions.js';
import { quote } from '../diagnostics.js';
import { ASSERTED_FORMATS } from '../ir/formats.js';

type Schemas = ReadonlyMap<SchemaId, NamedSchema>;

/** A value both alternatives take, found by the schemas' own keywords, and what a warning calls it. */
interface Witness {
  readonly said: string;
  readonly advice: string;
  takes(node: KeywordSchemaNode): boolean;
}

/** What keeps a schema from taking every string or number, or the empty array. */
const STRING_LIMITS = ['minLength', 'maxLength', 'pattern'] as const;
const NUMBER_LIMITS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
const ARRAY_LIMITS = ['minItems', 'contains'] as const;

const declares = (node: KeywordSchemaNode, ...types: JsonType[]) => types.some((t) => node.types?.includes(t) === true);
/** Whether one of the keywords is said: a lower length bound of 0 is none. */
const limited = (node: KeywordSchemaNode, keys: readonly (keyof KeywordSchemaNode)[]) =>
  keys.some((k) => (k === 'minLength' || k === 'minItems' ? (node[k] ?? 0) > 0 : node[k] !== undefined));
/** An `additionalProperties` or `unevaluatedProperties` that takes any value (absent, or `true`). */
const open = (node: SchemaNode | undefined) => node === undefined || (node.kind === 'boolean' && node.value);
const checkedFormat = (node: KeywordSchemaNode) => node.format !== undefined && ASSERTED_FORMATS.has(node.format);

/**
 * In the order they are looked for; one warning per `oneOf`. Beyond `{}`, an alternative must say
 * its type: `{ required: [a] }` takes every string too, but beside a parent's `type: object` it is
 * the idiom that tells objects apart, not an overlap.
 */
const WITNESSES: readonly Witness[] = [
  {
    said: '`{}`',
    advice: 'have each require what marks it',
    takes: (node) => (!node.types || declares(node, 'object')) && !node.required?.length && !node.minProperties,
  },
  // GitBook's page-change attributes: open objects, none required, each with `minProperties: 1`.
  {
    said: 'an object with one property neither declares',
    advice: 'have each require what marks it',
    takes: (node) =>
      (!node.types || declares(node, 'object')) &&
      !node.required?.length &&
      (node.minProperties ?? 0) <= 1 &&
      (node.maxProperties ?? 1) >= 1 &&
      open(node.additionalProperties) &&
      open(node.unevaluatedProperties) &&
      !node.propertyNames &&
      !node.patternProperties?.length &&
      !node.dependentSchemas?.length,
  },
  {
    said: 'every string',
    advice: 'give each a format, pattern or enum of its own',
    takes: (node) => declares(node, 'string') && !limited(node, STRING_LIMITS) && !checkedFormat(node),
  },
  {
    said: 'every number',
    advice: 'write `integer` for the one that is',
    takes: (node) => declares(node, 'number') && !limited(node, NUMBER_LIMITS) && !checkedFormat(node),
  },
  {
    said: 'every integer',
    advice: 'write `integer` for one and bound the other',
    takes: (node) => declares(node, 'integer', 'number') && !limited(node, NUMBER_LIMITS) && !checkedFormat(node),
  },
  { said: 'every boolean', advice: 'tell them apart by a const', takes: (node) => declares(node, 'boolean') },
  {
    said: '`[]`',
    advice: 'give each a `minItems: 1`, or write one array of either item',
    takes: (node) => declares(node, 'array') && !limited(node, ARRAY_LIMITS),
  },
  // Langfuse's MapValue: `oneOf` of a string, an integer, a number and a boolean, each `nullable`.
  {
    said: '`null`',
    advice: 'let only one of them (or the oneOf itself) be nullable',
    takes: (n) => declares(n, 'null'),
  },
];

export function looseOneOfs(
  pending: readonly PendingComposition[],
  schemas: Schemas,
): Array<{ readonly place: Place; readonly message: string }> {
  const out: Array<{ place: Place; message: string }> = [];
  for (const { node, file } of pending) {
    if (node.kind !== 'keywords' || !node.oneOf || node.discriminator) continue;
    const alternatives = node.oneOf;
    for (const witness of WITNESSES) {
      const both = alternatives.flatMap((alternative, i) => (takes(alternative, witness, schemas) ? [i] : []));
      if (both.length < 2) continue;
      const named = both.slice(0, 2).map((i) => describe(alternatives[i]!, i, schemas));
      out.push({
        place: { file, pointer: pointerTokens(node.pointer) },
        message:
          `oneOf alternatives ${named.join(' and ')} both take ${witness.said}: strict validators refuse a value ` +
          `both take, though the type takes it; write anyOf, or ${witness.advice}`,
      });
      break;
    }
  }
  return out;
}

/** Whether the witness satisfies the schema, on its own keywords (a composition or `$ref` beside them: not said). */
function takes(node: SchemaNode, witness: Witness, schemas: Schemas, depth = 0): boolean {
  if (node.kind === 'boolean') return node.value;
  if (node.kind === 'ref') {
    const target = schemas.get(node.target)?.schema;
    return target !== undefined && depth < 16 && takes(target, witness, schemas, depth + 1);
  }
  if (node.enum || node.const || node.knownValues) return false;
  if (node.ref || node.dynamicRef || node.allOf || node.anyOf || node.oneOf || node.not || node.if) return false;
  return witness.takes(node);
}

/** `[1]` "Incident", or `[0]` for an inline alternative. */
function describe(node: SchemaNode, i: number, schemas: Schemas): string {
  const name = node.kind === 'ref' ? schemas.get(node.target)?.rawName : undefined;
  return name === undefined ? `[${i}]` : `[${i}] ${quote(name)}`;
}
