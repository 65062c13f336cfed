/**
 * Where annotation tracking is compiled in: whether any schema uses `unevaluatedProperties`/
 * `unevaluatedItems` (then every check takes a record `ev`), and which named schemas must fill it.
 */
import type { ApiModel, OperationNode, SchemaId, SchemaNode } from '../../generator/ir/ir.js';
import { dynamicTargets, forEachChild } from '../../generator/ir/visit.js';

export function usesUnevaluated(model: ApiModel): boolean {
  return trackedSchemas(model) !== undefined;
}

/**
 * The named schemas a schema with `unevaluated*` checks in place, directly or through others (`$ref`,
 * `allOf`, the unions, `if`/`then`/`else`, `not`, `dependentSchemas`, `$dynamicRef`, a discriminator's
 * targets): the checks whose record of what they evaluated someone reads. Every other check compiles
 * as it would in a spec without the keyword (inlined property tests, no records made): one
 * `unevaluatedProperties` used to put the whole module in tracking mode, and an unrelated object of
 * unions checked 0.6× as fast. Undefined when no schema has the keyword (no tracking at all). One
 * walk of the model, and a stack of its own: a chain of thousands of `$ref`s does not reach the
 * engine's.
 */
export function trackedSchemas(model: ApiModel): ReadonlySet<SchemaId> | undefined {
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema] as const));
  const tracked = new Set<SchemaId>();
  const seen = new Set<SchemaNode>();
  let used = false;
  const stack: SchemaNode[] = [];
  forEachSchemaNode(model, (root) => {
    if (!hasUnevaluated(root)) return;
    used = true;
    stack.push(root);
    while (stack.length) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      for (const id of inPlaceTargets(node)) {
        const target = byId.get(id);
        if (tracked.has(id)) continue;
        tracked.add(id);
        if (target) stack.push(target);
      }
      stack.push(...inPlaceMembers(node));
    }
  });
  return used ? tracked : undefined;
}

/** Whether the schema itself has `unevaluatedProperties` or `unevaluatedItems`. */
export function hasUnevaluated(node: SchemaNode): boolean {
  return node.kind === 'keywords' && (node.unevaluatedProperties !== undefined || node.unevaluatedItems !== undefined);
}

/** The named schemas `node` checks the same value against. */
function inPlaceTargets(node: SchemaNode): SchemaId[] {
  if (node.kind === 'ref') return [node.target];
  if (node.kind !== 'keywords') return [];
  const d = node.discriminator;
  return [
    ...(node.ref !== undefined ? [node.ref] : []),
    ...dynamicTargets(node),
    ...(d ? d.mapping.map((m) => m.target) : []),
    ...(d?.defaultTarget !== undefined ? [d.defaultTarget] : []),
  ];
}

/** The inline subschemas `node` checks the same value against. */
function inPlaceMembers(node: SchemaNode): SchemaNode[] {
  if (node.kind !== 'keywords') return [];
  const one = [node.not, node.if, node.then, node.else].filter((s): s is SchemaNode => s !== undefined);
  const lists = [node.allOf, node.anyOf, node.oneOf].flatMap((l) => l ?? []);
  return [...lists, ...one, ...(node.dependentSchemas ?? []).map((d) => d.schema)];
}

/** Every schema node of the model, named or inline, parameters and bodies included (not through `$ref`s). */
function forEachSchemaNode(model: ApiModel, visit: (node: SchemaNode) => void): void {
  const walk = (node: SchemaNode): void => {
    visit(node);
    forEachChild(node, walk);
  };
  const inOperation = (op: OperationNode): void => {
    for (const p of op.parameters) if (p.schema) walk(p.schema);
    for (const c of op.requestBody?.content ?? []) if (c.schema) walk(c.schema);
    for (const r of op.responses) for (const c of r.content) if (c.schema) walk(c.schema);
  };
  for (const s of model.schemas) walk(s.schema);
  for (const op of model.operations) inOperation(op);
  for (const w of model.webhooks) inOperation(w.operation);
}
