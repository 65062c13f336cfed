/**
 * The dates target: `date-transforms.gen.ts`, emitted when the plan turns response date-times into
 * `Date`s (`dates: 'Date'`). The client and the validators import it; `index.ts` does not.
 */
import type { Target, TargetContext } from '../target.js';
import { dateTransforms, type DateTransforms } from './dates-file.js';

/** The transforms, compiled once for the client and the validators; undefined with string dates. */
export function sharedDates(context: TargetContext): DateTransforms | undefined {
  return context.shared('dates', () =>
    context.plan.dates === 'Date' ? dateTransforms(context.model, context.plan) : undefined,
  );
}

export const datesTarget: Target = {
  name: 'dates',
  files: (context) => {
    const dates = sharedDates(context);
    return dates ? [{ path: 'date-transforms.gen.ts', statements: dates.statements }] : [];
  },
};
