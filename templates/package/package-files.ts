/**
 * The files of a generated package, as statement structures per file (ts-morph's shapes, printed
 * by generator/print without ts-morph). Each emitter contributes its own file; `index.ts`
 * re-exports them all (the planner keeps their export names disjoint), but for the validators'
 * per-operation constants, which only the client's entries use.
 */
import type { ApiModel } from '../../generator/model/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { exportAllStructure, type Statement } from '../structures.js';
import { schemaDeclarations } from '../types/schema-declarations.js';
import { operationDeclarations, webhookDeclarations } from '../types/operation-types.js';
import { clientStatements } from '../client/client-file.js';
import { runtimeSource } from '../runtime/runtime-files.js';
import { noCheckPragma } from '../no-check.js';
import { validatorStatements } from '../validators/validators-file.js';
import { packageJson } from './package-meta.js';
import { packageReadme } from './package-readme.js';
import { findPagination } from '../../generator/passes/pagination.js';
import { findResponseHeaders } from '../../generator/passes/response-headers.js';
import { dateTransforms } from '../dates/dates-file.js';

/** One output file before printing. */
export type EmittedFile =
  | {
      /** Path inside the package, `/`-separated. */
      readonly path: string;
      /** A TypeScript module: printed and formatted. */
      readonly statements: readonly Statement[];
      /** The statements are source that is formatted already (the verbatim runtimes): not reformatted. */
      readonly formatted?: true;
    }
  | {
      readonly path: string;
      /** Any other file (JSON, Markdown), written as is. */
      readonly text: string;
    };

/** Every file of the package for a model. */
export function packageFiles(model: ApiModel, plan: Plan, options: PackageOptions = {}): EmittedFile[] {
  const pagination = findPagination(model);
  const headers = findResponseHeaders(model);
  const dates = plan.dates === 'Date' ? dateTransforms(model, plan) : undefined;
  const validators = validatorStatements(model, plan, { formats: options.formats ?? 'assert', everyParameter: options.everyParameter ?? false }, dates);
  return [
    { path: 'types.gen.ts', statements: [...schemaDeclarations(model.schemas, plan), ...operationDeclarations(model.operations, plan, headers), ...webhookDeclarations(model.webhooks, plan)] },
    { path: 'client-runtime.gen.ts', statements: [noCheckPragma('specforge runtime'), runtimeSource('client')], formatted: true },
    { path: 'client.gen.ts', statements: clientStatements(model, plan, { pagination, headers, ...(dates ? { dates } : {}) }, validators.operations) },
    ...(dates ? [{ path: 'date-transforms.gen.ts', statements: dates.statements }] : []),
    { path: 'validators-runtime.gen.ts', statements: [noCheckPragma('specforge runtime'), runtimeSource('validators')], formatted: true },
    { path: 'validators.gen.ts', statements: validators.statements },
    { path: 'index.ts', statements: [exportAllStructure('./types.gen.js'), exportAllStructure('./client.gen.js'), validators.indexExport] },
    { path: 'package.json', text: packageJson(model, options.name ?? 'generated-api-client', options.publish) },
    { path: 'README.md', text: packageReadme(model, plan, options.name ?? 'generated-api-client', pagination) },
  ];
}

/** Choices that change the emitted package. */
export interface PackageOptions {
  /** npm package name (sanitised). */
  readonly name?: string;
  /** `assert` (default) checks date-time, date, time, email, uuid, uri, ipv4, ipv6, int32, int64; `annotate` checks none. */
  readonly formats?: 'assert' | 'annotate';
  /** Validators for every parameter, not only those whose schema says more than their type (lint). */
  readonly everyParameter?: boolean;
  /** `package.json`'s `version` (default: the spec's `info.version`) and `private` (default false). */
  readonly publish?: { readonly version?: string; readonly private?: boolean };
}
