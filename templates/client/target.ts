/**
 * The client target: `client.gen.ts` (`createClient`, the standalone functions), the operation
 * tables it reads (`operations.gen.ts`) and its runtime.
 */
import type { Target } from '../target.js';
import { exportAllStructure } from '../structures.js';
import { clientStatements } from './client-file.js';
import { operationsStatements } from './operations-file.js';
import { sharedValidators } from '../validators/target.js';
import { sharedDates } from '../dates/target.js';

export const clientTarget: Target = {
  name: 'client',
  requires: ['types', 'validators', 'dates'],
  runtime: ['client'],
  files: (context) => {
    const dates = sharedDates(context);
    const analysis = {
      pagination: context.analysed.pagination,
      headers: context.analysed.headers,
      ...(dates ? { dates } : {}),
    };
    const validated = sharedValidators(context).operations;
    return [
      { path: 'operations.gen.ts', statements: operationsStatements(context.model, context.plan, analysis, validated) },
      { path: 'client.gen.ts', statements: clientStatements(context.model, context.plan, analysis) },
    ];
  },
  index: () => [exportAllStructure('./client.gen.js')],
};
