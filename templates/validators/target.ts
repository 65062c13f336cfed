/** The validators target: `validators.gen.ts`, Standard Schema validators, and its runtime. */
import type { Target, TargetContext } from '../target.js';
import { validatorStatements, type ValidatorsModule } from './validators-file.js';
import { sharedDates } from '../dates/target.js';

/** The validators' module, compiled once: the client imports its per-operation constants. */
export function sharedValidators(context: TargetContext): ValidatorsModule {
  return context.shared('validators', () => {
    const { model, plan, options } = context;
    const formats = { formats: options.formats ?? 'assert', everyParameter: options.everyParameter ?? false };
    return validatorStatements(model, plan, formats, sharedDates(context), context.analysed.inheritedTags);
  });
}

export const validatorsTarget: Target = {
  name: 'validators',
  requires: ['types'],
  runtime: ['validators'],
  files: (context) => [{ path: 'validators.gen.ts', statements: sharedValidators(context).statements }],
  index: (context) => [sharedValidators(context).indexExport],
};
