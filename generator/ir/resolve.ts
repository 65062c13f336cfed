/** Following `$ref`s from a schema to the keyword schema it stands for, for analyses that look inside. */
import type { ApiModel, KeywordSchemaNode, SchemaNode } from './ir.js';

/** A schema's keyword node behind its `$ref`s: undefined for boolean schemas, unknown targets and ref cycles. */
export type SchemaResolver = (node: SchemaNode | undefined) => KeywordSchemaNode | undefined;

export function schemaResolver(model: ApiModel): SchemaResolver {
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema]));
  const resolve = (node: SchemaNode | undefined, depth: number): KeywordSchemaNode | undefined => {
    if (!node || depth > 20) return undefined;
    if (node.kind === 'ref') return resolve(byId.get(node.target), depth + 1);
    return node.kind === 'keywords' ? node : undefined;
  };
  return (node) => resolve(node, 0);
}
