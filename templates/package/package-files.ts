/**
 * The files of a generated package, as ts-morph statements per file. Each emitter contributes its
 * own file; `index.ts` re-exports them all (the planner keeps their export names disjoint).
 */
import type { ApiModel } from '../../generator/model/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { exportAllStructure, type Statement } from '../structures.js';
import { schemaDeclarations } from '../types/schema-declarations.js';
import { operationDeclarations } from '../types/operation-types.js';

/** One output file before printing. */
export interface EmittedFile {
  /** Path inside the package, `/`-separated. */
  readonly path: string;
  readonly statements: readonly Statement[];
}

/** Every file of the package for a model. */
export function packageFiles(model: ApiModel, plan: Plan): EmittedFile[] {
  return [
    { path: 'types.gen.ts', statements: [...schemaDeclarations(model.schemas, plan), ...operationDeclarations(model.operations, plan)] },
    { path: 'index.ts', statements: [exportAllStructure('./types.gen.js')] },
  ];
}
