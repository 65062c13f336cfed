/** Generic traversal of schema children, so analyses and emitters do not each re-list the applicator keywords. */
import type { SchemaId, SchemaNode } from './ir.js';

/** Calls `visit` for every direct subschema of `node` (not through `$ref`s). */
export function forEachChild(node: SchemaNode, visit: (child: SchemaNode) => void): void {
  if (node.kind !== 'keywords') return;
  for (const p of node.properties ?? []) visit(p.schema);
  for (const p of node.patternProperties ?? []) visit(p.schema);
  for (const p of node.dependentSchemas ?? []) visit(p.schema);
  for (const s of node.prefixItems ?? []) visit(s);
  for (const list of [node.allOf, node.anyOf, node.oneOf]) for (const s of list ?? []) visit(s);
  for (const s of [
    node.additionalProperties,
    node.propertyNames,
    node.unevaluatedProperties,
    node.items,
    node.contains,
    node.unevaluatedItems,
    node.not,
    node.if,
    node.then,
    node.else,
  ]) {
    if (s) visit(s);
  }
}

/** Every named schema a `$dynamicRef` may stand for: its static target and each binding (none without one). */
export function dynamicTargets(node: SchemaNode): SchemaId[] {
  if (node.kind !== 'keywords' || !node.dynamicRef) return [];
  return [...new Set([node.dynamicRef.fallback, ...node.dynamicRef.candidates.map((c) => c.target)])];
}
