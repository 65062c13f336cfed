/** The types target: `types.gen.ts`, a type per schema view, per operation and per webhook payload. */
import type { Target } from '../target.js';
import { exportAllStructure } from '../structures.js';
import { schemaDeclarations } from './schema-declarations.js';
import { operationDeclarations, webhookDeclarations } from './operation-types.js';
import type { EnumStyle } from './enum-constants.js';

/** The types target's options. */
export interface TypesOptions {
  /**
   * `union` (default): enums are union types, with a constant of their members where the spec
   * names them (`x-enum-varnames`, `x-enumNames`, `x-ms-enum`). `object`: every component enum also
   * gets an `as const` object of its values (`Status.InProgress === 'in_progress'`), keyed by the
   * spec's names, else by names made from the values.
   */
  readonly enums?: EnumStyle;
}

/** The types target with options: `targets: [typesTarget({ enums: 'object' }), 'client']`. */
export function typesTarget(options: TypesOptions = {}): Target {
  const enums = options.enums ?? 'union';
  if (enums !== 'union' && enums !== 'object')
    throw new Error(`types target: enums must be 'union' or 'object', not ${JSON.stringify(enums)}`);
  return {
    name: 'types',
    files: ({ model, plan, analysed }) => [
      {
        path: 'types.gen.ts',
        statements: [
          ...schemaDeclarations(model.schemas, plan, enums, analysed.inheritedTags),
          ...operationDeclarations(model.operations, plan, analysed.headers),
          ...webhookDeclarations(model.webhooks, plan),
        ],
      },
    ],
    index: () => [exportAllStructure('./types.gen.js')],
  };
}
