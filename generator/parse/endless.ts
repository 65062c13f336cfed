/**
 * Named schemas only an endless value satisfies: `TreeNode` requires `parent`, a `TreeNode`, so every
 * valid tree node holds another one, without end. No JSON document is one; the validator refuses
 * whatever the server sends, the type (recursive, as TypeScript allows) says otherwise, and a mock
 * server cannot make one. Worth a warning at the required property that loops.
 *
 * Whether a schema has a finite value is the least fixed point of "its parts have one": every
 * named schema starts without, and gains one when its own keywords can be met by values already
 * known finite (a primitive where its `type` allows one, an object whose required properties have
 * finite values, an array that may be empty, one `anyOf`/`oneOf` alternative, every `allOf` member
 * and `$ref`). Keywords that only narrow (bounds, `not`, `if`) are assumed met: the answer errs
 * towards "finite", so a warning is never wrong, and schemas impossible for other reasons are left to
 * the other checks (contradictions.ts, a `false` property). Worklist over the `$ref`s, so a chain
 * of thousands of schemas takes linear time (and see `Finiteness` for a hub of thousands).
 */
import type { NamedSchema, SchemaId, SchemaNode } from '../ir/ir.js';
import { valueAt, type Place } from '../load/load-spec.js';
import { quote } from '../diagnostics.js';

/** A named schema that only an endless value satisfies, and the required property that loops, when it is its own. */
interface EndlessSchema {
  readonly id: SchemaId;
  /** A required property of the schema's own `properties`, whose value has no finite form. */
  readonly property?: { readonly name: string; readonly target?: SchemaId };
}

/** The warnings: each endless schema's, at its looping property when it has one (`placeOf` a named schema). */
export function endlessWarnings(
  schemas: readonly NamedSchema[],
  placeOf: (id: SchemaId) => Place,
): Array<{ readonly message: string; readonly place: Place }> {
  const names = new Map(schemas.map((s) => [s.id, s.rawName] as const));
  const why = '(required properties that lead back to where they start); make one of them optional or nullable';
  return endlessSchemas(schemas).map(({ id, property }) => {
    const at = placeOf(id);
    if (!property) {
      const message = 'no finite value satisfies this schema: each way to meet it leads to a schema only an endless';
      return { message: `${message} nesting satisfies ${why}`, place: at };
    }
    const written = [...at.pointer, 'properties', property.name];
    const place = valueAt(at.file.data, written) === undefined ? at : { file: at.file, pointer: written };
    const target = property.target && names.get(property.target);
    const what = target ? `is ${quote(target)}, which only an endless nesting satisfies` : 'has no finite value';
    return {
      message: `no finite value satisfies this schema: its required ${quote(property.name)} ${what} ${why}`,
      place,
    };
  });
}

function endlessSchemas(schemas: readonly NamedSchema[]): EndlessSchema[] {
  const readers = new Map<SchemaId, SchemaId[]>();
  for (const s of schemas) {
    for (const target of refsOf(s.schema)) {
      const list = readers.get(target) ?? readers.set(target, []).get(target)!;
      list.push(s.id);
    }
  }
  const byId = new Map(schemas.map((s) => [s.id, s] as const));
  const finite = new Set<SchemaId>();
  const known = new Finiteness((id) => finite.has(id) || !byId.has(id));
  // Warned only where the schema itself could be met if what it refers to could: the loop, not the
  // other checks' impossible schemas.
  const optimistic = new Finiteness(() => true);
  try {
    const work = schemas.map((s) => s.id);
    while (work.length) {
      const id = work.pop()!;
      if (finite.has(id) || !known.of(byId.get(id)!.schema)) continue;
      finite.add(id);
      work.push(...(readers.get(id) ?? []));
    }
    return schemas
      .filter((s) => !finite.has(s.id) && optimistic.of(s.schema))
      .map((s) => ({ id: s.id, ...known.loopingProperty(s.schema) }));
  } catch (error) {
    if (error instanceof OverBudget) return []; // no warning: "finite" is the answer that is never wrong
    throw error;
  }
}

class OverBudget extends Error {}

/**
 * Whether schemas have a finite value, given which named schemas do (`known`, which only grows).
 * An answer "finite" never changes, so it is remembered per node, and the required properties and
 * `allOf` members found finite are not asked again: a schema is asked again each time one of its
 * `$ref`s gains a value, and a hub of 20,000 required `$ref`s made that quadratic (94 s). A budget
 * of steps bounds whatever a hostile spec could still make of it.
 */
class Finiteness {
  private readonly finiteNodes = new WeakSet<SchemaNode>();
  /** Per node, how many of its properties (or `allOf` members) are known finite, in order. */
  private readonly propertyCursor = new WeakMap<SchemaNode, number>();
  private readonly memberCursor = new WeakMap<SchemaNode, number>();
  private readonly requiredSets = new WeakMap<SchemaNode, ReadonlySet<string>>();
  private steps = 0;

  constructor(private readonly known: (id: SchemaId) => boolean) {}

  /** Whether `node` has a finite value. */
  of(node: SchemaNode): boolean {
    if (this.finiteNodes.has(node)) return true;
    if (++this.steps > 5_000_000) throw new OverBudget();
    const answer = this.answer(node);
    if (answer) this.finiteNodes.add(node);
    return answer;
  }

  private answer(node: SchemaNode): boolean {
    if (node.kind === 'boolean') return node.value;
    if (node.kind === 'ref') return this.known(node.target);
    if (node.const !== undefined || node.enum !== undefined || node.knownValues !== undefined) return true;
    if (node.ref !== undefined && !this.known(node.ref)) return false;
    if (node.allOf && !this.allFinite(node, node.allOf, this.memberCursor)) return false;
    for (const union of [node.anyOf, node.oneOf]) if (union && !union.some((m) => this.of(m))) return false;
    const types = node.types;
    if (!types || types.some((t) => t !== 'object' && t !== 'array')) return true;
    if (types.includes('array') && this.arrayMayBeFinite(node)) return true;
    return types.includes('object') && this.loopingProperty(node).property === undefined;
  }

  /** Whether every one of `members` is finite, resuming after those found so before. */
  private allFinite(node: SchemaNode, members: readonly SchemaNode[], cursors: WeakMap<SchemaNode, number>): boolean {
    let i = cursors.get(node) ?? 0;
    while (i < members.length && this.of(members[i]!)) i++;
    cursors.set(node, i);
    return i === members.length;
  }

  private arrayMayBeFinite(node: SchemaNode & { kind: 'keywords' }): boolean {
    if (!node.minItems) return true;
    const prefix = node.prefixItems ?? [];
    const first = prefix.slice(0, node.minItems);
    const rest = node.minItems > prefix.length && node.items ? [node.items] : [];
    return [...first, ...rest].every((s) => this.of(s));
  }

  /** The first required property of `node`'s own `properties` whose value has no finite form. */
  loopingProperty(node: SchemaNode): Pick<EndlessSchema, 'property'> {
    if (node.kind !== 'keywords' || !node.required || !node.properties) return {};
    const required = this.requiredSets.get(node) ?? new Set(node.required);
    this.requiredSets.set(node, required);
    const properties = node.properties;
    let i = this.propertyCursor.get(node) ?? 0;
    for (; i < properties.length; i++) {
      const { name, schema } = properties[i]!;
      if (!required.has(name) || this.of(schema)) continue;
      this.propertyCursor.set(node, i);
      const target = schema.kind === 'ref' ? schema.target : onlyMember(schema);
      return { property: target === undefined ? { name } : { name, target } };
    }
    this.propertyCursor.set(node, i);
    return {};
  }
}

/** The `$ref` of `allOf: [{ $ref }]`, how 3.0 specs give a property both a reference and a description. */
function onlyMember(node: SchemaNode): SchemaId | undefined {
  const member = node.kind === 'keywords' && node.allOf?.length === 1 ? node.allOf[0] : undefined;
  return member?.kind === 'ref' ? member.target : undefined;
}

/** The named schemas `node` reads the answer of (its `$ref`s, inline subschemas included). */
function refsOf(node: SchemaNode): SchemaId[] {
  if (node.kind === 'ref') return [node.target];
  if (node.kind !== 'keywords') return [];
  const inner = [
    ...(node.allOf ?? []),
    ...(node.anyOf ?? []),
    ...(node.oneOf ?? []),
    ...(node.prefixItems ?? []),
    ...(node.items ? [node.items] : []),
    ...(node.properties ?? []).map((p) => p.schema),
  ];
  return [...(node.ref !== undefined ? [node.ref] : []), ...inner.flatMap(refsOf)];
}
