/** Whether any schema uses `unevaluatedProperties`/`unevaluatedItems` (then annotation tracking is compiled in). */
import type { ApiModel, OperationNode, SchemaNode } from '../../generator/ir/ir.js';
import { forEachChild } from '../../generator/ir/visit.js';

export function usesUnevaluated(model: ApiModel): boolean {
  const visit = (node: SchemaNode): boolean => {
    if (node.kind === 'keywords' && (node.unevaluatedProperties !== undefined || node.unevaluatedItems !== undefined))
      return true;
    let found = false;
    forEachChild(node, (c) => {
      if (!found && visit(c)) found = true;
    });
    return found;
  };
  const inOperation = (op: OperationNode): boolean =>
    op.responses.some((r) => r.content.some((c) => c.schema !== undefined && visit(c.schema))) ||
    !!op.requestBody?.content.some((c) => c.schema !== undefined && visit(c.schema));
  return (
    model.schemas.some((s) => visit(s.schema)) ||
    model.operations.some(inOperation) ||
    model.webhooks.some((w) => inOperation(w.operation))
  );
}
