/** The types target: `types.gen.ts`, a type per schema view, per operation and per webhook payload. */
import type { Target } from '../target.js';
import { exportAllStructure } from '../structures.js';
import { schemaDeclarations } from './schema-declarations.js';
import { operationDeclarations, webhookDeclarations } from './operation-types.js';

export const typesTarget: Target = {
  name: 'types',
  files: ({ model, plan, analysed }) => [
    {
      path: 'types.gen.ts',
      statements: [
        ...schemaDeclarations(model.schemas, plan),
        ...operationDeclarations(model.operations, plan, analysed.headers),
        ...webhookDeclarations(model.webhooks, plan),
      ],
    },
  ],
  index: () => [exportAllStructure('./types.gen.js')],
};
