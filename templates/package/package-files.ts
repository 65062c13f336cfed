/**
 * The files of a generated package, as ts-morph statements per file. Each emitter contributes its
 * own file; `index.ts` re-exports them all (the planner keeps their export names disjoint).
 */
import type { ApiModel } from '../../generator/model/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { exportAllStructure, type Statement } from '../structures.js';
import { schemaDeclarations } from '../types/schema-declarations.js';
import { operationDeclarations } from '../types/operation-types.js';
import { clientStatements } from '../client/client-file.js';
import { clientRuntimeSource } from '../runtime/runtime-files.js';
import { findPagination } from '../../generator/passes/pagination.js';

/** One output file before printing. */
export interface EmittedFile {
  /** Path inside the package, `/`-separated. */
  readonly path: string;
  readonly statements: readonly Statement[];
}

/** Every file of the package for a model. */
export function packageFiles(model: ApiModel, plan: Plan): EmittedFile[] {
  const pagination = findPagination(model);
  return [
    { path: 'types.gen.ts', statements: [...schemaDeclarations(model.schemas, plan), ...operationDeclarations(model.operations, plan)] },
    { path: 'client-runtime.gen.ts', statements: [clientRuntimeSource()] },
    { path: 'client.gen.ts', statements: clientStatements(model, plan, pagination, false) },
    { path: 'index.ts', statements: [exportAllStructure('./types.gen.js'), exportAllStructure('./client.gen.js')] },
  ];
}
