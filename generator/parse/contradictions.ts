/**
 * Schemas no value satisfies because their parts allow no JSON type in common: a `type` beside a
 * `$ref` or an `allOf` member of another type (`type: string, allOf: [{ $ref: User }]`), or two
 * `allOf` members that disagree. Validators built from such a schema refuse every value the server
 * sends, and its type says something else: worth a warning at the schema. Found once every named
 * schema is parsed, as `$ref` targets must be known; each contradiction is reported where it
 * starts, not again at every schema that includes it. And an `allOf` whose parts close their
 * properties against what another part requires.
 */
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode, JsonType } from '../ir/ir.js';
import type { Place } from '../load/load-spec.js';
import { quote } from '../diagnostics.js';
import { pointerTokens } from '../load/refs.js';
import { declaredProperty } from './declared-property.js';

/**
 * A schema that combines parts (its own type, const or enum; a `$ref`; `allOf`; a union), found by
 * the parser: the node and its file, whose pointer the node keeps. Not its `Place`: a deep spec has
 * many, each holding its whole path, and all would stay alive until every schema is parsed.
 */
export interface PendingComposition {
  readonly node: SchemaNode;
  readonly file: Place['file'];
}

/** JSON types as bits; numbers split into integers and the others, so that `integer` and `number` meet. */
const NULL = 1;
const BOOLEAN = 2;
const STRING = 4;
const OBJECT = 8;
const ARRAY = 16;
const INTEGER = 32;
const FRACTION = 64;
const ANY = 127;

const TYPE_BITS: Record<JsonType, number> = {
  null: NULL,
  boolean: BOOLEAN,
  string: STRING,
  object: OBJECT,
  array: ARRAY,
  integer: INTEGER,
  number: INTEGER | FRACTION,
};

/** The warnings: the place of each schema whose parts share no type, and why. */
export function contradictions(
  pending: readonly PendingComposition[],
  schemas: ReadonlyMap<SchemaId, NamedSchema>,
): Array<{ readonly place: Place; readonly message: string }> {
  const types = new TypeBits(schemas);
  const out: Array<{ place: Place; message: string }> = [];
  for (const { node, file } of pending) {
    const parts = types.parts(node);
    // Reported where the parts meet: a part that admits nothing already was (or is a `false` schema).
    if (parts.length < 2 || parts.some((p) => p.bits === 0)) continue;
    if (parts.reduce((bits, p) => bits & p.bits, ANY) !== 0) continue;
    const shown = parts.map((p) => `${p.what} (${typeNames(p.bits)})`).join(', ');
    const place = { file, pointer: pointerTokens(node.pointer) };
    out.push({ place, message: `no value satisfies this schema: its parts share no JSON type: ${shown}` });
  }
  for (const { node, file } of pending) {
    const message = closedAgainstRequired(node, schemas);
    if (message) out.push({ place: { file, pointer: pointerTokens(node.pointer) }, message });
  }
  return out;
}

/**
 * An `allOf` part closed by `additionalProperties: false` beside a part that requires a property
 * the closed one does not declare: JSON Schema checks each part alone, so no object satisfies both.
 * GrowthBook's feature rules are `allOf: [base, rule]`, each closed, the rule requiring `type`.
 * A part may close by a union, every alternative closed: GitBook's inline button's `data` is
 * `allOf: [{ required: [label, kind] }, { oneOf: [closed { ref }, closed { action }] }]`.
 */
function closedAgainstRequired(node: SchemaNode, schemas: ReadonlyMap<SchemaId, NamedSchema>): string | undefined {
  if (node.kind !== 'keywords' || !node.allOf?.length) return undefined;
  const own = { what: 'the schema', node: node as KeywordSchemaNode };
  const members = node.allOf.map((member, i) => ({ what: memberName(member, i), node: keywordsOf(member, schemas) }));
  const parts = [own, ...members].filter((p): p is { what: string; node: KeywordSchemaNode } => !!p.node);
  for (const closer of parts.flatMap((part) => closers(part, schemas))) {
    for (const other of parts) {
      if (other === closer.part && !closer.union) continue;
      const name = other.node.required?.find((n) => closer.closed.every((c) => !declaredProperty(c, n)));
      if (name === undefined) continue;
      return (
        `no object satisfies this schema: ${other.what} requires ${quote(name)}, which ${closer.what} forbids ` +
        "(`additionalProperties: false` sees only its own part's properties; 3.1 writes `unevaluatedProperties: false`)"
      );
    }
  }
  return undefined;
}

interface Closer {
  readonly part: { readonly what: string; readonly node: KeywordSchemaNode };
  /** The schemas, each closed, one of which an object must satisfy: the part, or its union's alternatives. */
  readonly closed: readonly KeywordSchemaNode[];
  readonly union: boolean;
  readonly what: string;
}

/** What closes a part's properties: the part itself, and a `oneOf` or `anyOf` of closed alternatives. */
function closers(
  part: { readonly what: string; readonly node: KeywordSchemaNode },
  schemas: ReadonlyMap<SchemaId, NamedSchema>,
): Closer[] {
  const out: Closer[] = [];
  if (isClosed(part.node)) out.push({ part, closed: [part.node], union: false, what: part.what });
  const union = part.node.oneOf ?? part.node.anyOf;
  const alternatives = union?.map((a) => keywordsOf(a, schemas));
  if (alternatives?.length && alternatives.every((a): a is KeywordSchemaNode => !!a && isClosed(a))) {
    const keyword = part.node.oneOf ? '`oneOf`' : '`anyOf`';
    const what =
      part.what === 'the schema'
        ? `every alternative of its ${keyword}`
        : `every alternative of ${part.what}'s ${keyword}`;
    out.push({ part, closed: alternatives, union: true, what });
  }
  return out;
}

function isClosed(node: KeywordSchemaNode): boolean {
  return node.additionalProperties?.kind === 'boolean' && !node.additionalProperties.value;
}

/** A part's own keywords: the schema, or the one a `$ref` names (a few `$ref`s deep). */
function keywordsOf(node: SchemaNode, schemas: ReadonlyMap<SchemaId, NamedSchema>): KeywordSchemaNode | undefined {
  let at: SchemaNode | undefined = node;
  for (let hops = 0; at?.kind === 'ref' && hops < 8; hops++) at = schemas.get(at.target)?.schema;
  return at?.kind === 'keywords' ? at : undefined;
}

/**
 * How deep a schema's types are followed, through `$ref`s and inline schemas alike; past it they
 * count as any type (no warning). A spec may chain thousands of schemas, each naming the next, each
 * nesting the next name deep inside (the rest of the generator takes them): the stack must not.
 */
const MAX_DEPTH = 512;

/** What JSON types a schema admits, `$ref` targets followed (a cycle admits any). */
class TypeBits {
  private readonly named = new Map<SchemaId, number>();
  private depth = 0;
  constructor(private readonly schemas: ReadonlyMap<SchemaId, NamedSchema>) {}

  /** The parts of a keywords schema that constrain the type, each with the types it admits. */
  parts(node: SchemaNode): Array<{ readonly what: string; readonly bits: number }> {
    if (node.kind !== 'keywords') return [];
    const out: Array<{ what: string; bits: number }> = [];
    const own = ownBits(node);
    if (own !== undefined) out.push({ what: node.types ? `\`type\`` : node.const ? '`const`' : '`enum`', bits: own });
    if (node.ref !== undefined) out.push({ what: `\`$ref\` ${nameOf(node.ref)}`, bits: this.ofRef(node.ref) });
    node.allOf?.forEach((member, i) => out.push({ what: memberName(member, i), bits: this.of(member) }));
    const union = node.oneOf ?? node.anyOf;
    if (union) out.push({ what: node.oneOf ? '`oneOf`' : '`anyOf`', bits: this.union(union) });
    return out;
  }

  /** Each schema's types are worked out once: a deep nest of compositions asks for its inner ones at every level. */
  private readonly inline = new WeakMap<SchemaNode, number>();

  of(node: SchemaNode): number {
    if (node.kind === 'boolean') return node.value ? ANY : 0;
    if (this.depth >= MAX_DEPTH) return ANY;
    this.depth++;
    try {
      return node.kind === 'ref' ? this.ofRef(node.target) : this.ofKeywords(node);
    } finally {
      this.depth--;
    }
  }

  private ofKeywords(node: SchemaNode): number {
    const known = this.inline.get(node);
    if (known !== undefined) return known;
    const bits = this.parts(node).reduce((b, p) => b & p.bits, ANY);
    this.inline.set(node, bits);
    return bits;
  }

  private union(alternatives: readonly SchemaNode[]): number {
    return alternatives.reduce((bits, a) => bits | this.of(a), 0);
  }

  private ofRef(id: SchemaId): number {
    const known = this.named.get(id);
    if (known !== undefined) return known;
    const target = this.schemas.get(id);
    if (!target) return ANY;
    this.named.set(id, ANY); // a schema met again inside itself admits what it admits: assume anything
    const bits = this.of(target.schema);
    this.named.set(id, bits);
    return bits;
  }
}

/** The types a schema's own `type`, `const` and `enum` admit; undefined when it has none of them. */
function ownBits(node: SchemaNode & { kind: 'keywords' }): number | undefined {
  let bits: number | undefined;
  if (node.types) bits = node.types.reduce((b, t) => b | TYPE_BITS[t], 0);
  if (node.const) bits = (bits ?? ANY) & valueBits(node.const.value);
  if (node.enum?.length) bits = (bits ?? ANY) & node.enum.reduce<number>((b, v) => b | valueBits(v), 0);
  return bits;
}

function valueBits(value: unknown): number {
  if (value === null) return NULL;
  if (Array.isArray(value)) return ARRAY;
  switch (typeof value) {
    case 'boolean':
      return BOOLEAN;
    case 'string':
      return STRING;
    case 'number':
      return Number.isInteger(value) ? INTEGER : FRACTION;
    case 'object':
      return OBJECT;
    default:
      return ANY;
  }
}

function typeNames(bits: number): string {
  if (bits === ANY) return 'any type';
  const names: string[] = [];
  if (bits & NULL) names.push('null');
  if (bits & BOOLEAN) names.push('boolean');
  if (bits & STRING) names.push('string');
  if (bits & OBJECT) names.push('object');
  if (bits & ARRAY) names.push('array');
  if ((bits & (INTEGER | FRACTION)) === (INTEGER | FRACTION)) names.push('number');
  else if (bits & INTEGER) names.push('integer');
  else if (bits & FRACTION) names.push('a number with a fraction');
  return names.join(' or ');
}

function memberName(member: SchemaNode, i: number): string {
  const ref = member.kind === 'ref' ? member.target : member.kind === 'keywords' ? member.ref : undefined;
  return ref !== undefined ? `\`allOf[${i}]\` ${nameOf(ref)}` : `\`allOf[${i}]\``;
}

/** A schema's name for a message: the last token of its pointer, quoted as spec text is. */
function nameOf(id: SchemaId): string {
  return quote(pointerTokens(id.slice(id.indexOf('#'))).at(-1) ?? id);
}
