/**
 * The pipeline: load → model → analyse → plan → targets → print → write. Each stage is a function with typed
 * input and output; I/O happens only in `load` and in the final write.
 */
import path from 'node:path';
import { Diagnostics, SpecforgeError, type Warning } from './diagnostics.js';
import { loadSpec, type LoadOptions } from './load/load-spec.js';
import { checkStructure, warnJsonOddities } from './load/check-structure.js';
import { parseDocument } from './parse/parse-document.js';
import { planNames } from './plan/plan.js';
import { printFiles } from './print/print-file.js';
import { staleFiles, writeOutput } from './print/write-output.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, ownedOutputFolder } from './print/output-folder.js';
import { typeOnlyModules, withBuiltFiles } from './print/build-package.js';
import { DEFAULT_MAX_OUTPUT_BYTES, OutputBudget, OutputTooLarge } from './print/output-budget.js';
import { collectGarbage } from './collect-garbage.js';
import { HeapExhausted } from './heap-guard.js';
import { packageFiles, type EmittedFile } from '../templates/package/package-files.js';
import { resolveTargets, type TargetSpec } from '../templates/targets.js';
import { analyse } from './analyse/analyse.js';
import { checkExamples } from './lint/check-examples.js';

export interface GenerateOptions extends LoadOptions {
  /** The OpenAPI document (YAML or JSON). */
  readonly spec: string;
  /** The package folder to write (replaced as a whole). */
  readonly out: string;
  /** Package name (defaults to the output folder's name). */
  readonly name?: string;
  /** Compare with `out` instead of writing; the result lists stale files. */
  readonly check?: boolean;
  /** Treat warnings as errors. */
  readonly strict?: boolean;
  /** Format assertion in validators: `assert` (default) or `annotate`. */
  readonly formats?: 'assert' | 'annotate';
  /** `Date`: response `date-time` strings become `Date` objects (types and client). Default `string`. */
  readonly dates?: 'string' | 'Date';
  /** The package's `version`. Default: the spec's `info.version` (as semver), else `0.0.0`. */
  readonly version?: string;
  /** Mark the package `private` (npm refuses to publish it). Default false. */
  readonly private?: boolean;
  /** Build `dist/` (JavaScript and declarations) beside the modules. Default true; false for a bundler-only use. */
  readonly build?: boolean;
  /**
   * What the package holds: built-in target names (`types`, `client`, `validators`, `dates`,
   * `tanstack-query`, `msw`) or plugin target objects. Default: types, client, validators, dates.
   * A target's requirements come with it.
   */
  readonly targets?: readonly TargetSpec[];
  /**
   * Refuse to write a package larger than this, sources and `dist/` together (default 512 MiB):
   * a spec of deep or numerous inline schemas can print hundreds of times its own size.
   */
  readonly maxOutputBytes?: number;
}

export interface GenerateResult {
  readonly operations: number;
  readonly schemas: number;
  /** Written (or, with `check`, compared) files with their sizes. */
  readonly files: readonly { readonly path: string; readonly bytes: number }[];
  readonly warnings: readonly Warning[];
  /** With `check`: files that are out of date (empty when up to date). */
  readonly stale: readonly string[];
  readonly durationMs: number;
  /** Every input file read (the spec and the files its `$ref`s reach): what `--watch` watches. */
  readonly inputs: readonly string[];
  /** Milliseconds per stage, for `--verbose`. */
  readonly timings: Readonly<Record<'load' | 'model' | 'emit' | 'print' | 'write', number>>;
}

/** Generates one package. Throws `SpecforgeError` (with file, line, column) on invalid input. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const diagnostics = new Diagnostics(options.strict);
  const files = await renderPackage(options, diagnostics);
  const t = performance.now();
  let stale: string[] = [];
  if (options.check) stale = await staleFiles(options.out, files.output);
  else
    await writeOutput(await ownedOutputFolder(options.out, { cwd: process.cwd(), inputs: files.inputs }), files.output);
  return {
    inputs: files.inputs,
    timings: { ...files.timings, write: performance.now() - t },
    operations: files.operations,
    schemas: files.schemas,
    files: [...files.output].map(([p, content]) => ({ path: p, bytes: Buffer.byteLength(content) })),
    warnings: diagnostics.warnings,
    stale,
    durationMs: performance.now() - started,
  };
}

/** Above this much heap a collection before the build pays (at 64x Clockify: 2.0 GB peak to 1.3 GB). */
const BIG_HEAP = 256 * 2 ** 20;

/** The package's files as text, and the run's counts and stage timings. */
interface RenderedPackage {
  output: Map<string, string>;
  operations: number;
  schemas: number;
  inputs: string[];
  timings: { load: number; model: number; emit: number; print: number };
}

/** Everything but the write: the package's files as text. */
export async function renderPackage(options: GenerateOptions, diagnostics: Diagnostics): Promise<RenderedPackage> {
  try {
    return await renderStages(options, diagnostics);
  } catch (error) {
    throw error instanceof HeapExhausted ? heapExhausted(error, options.spec) : error;
  }
}

async function renderStages(options: GenerateOptions, diagnostics: Diagnostics): Promise<RenderedPackage> {
  const clock = stageClock();
  // The spec, its model and the plan are unreachable once emitPackage returns: at 64x Clockify they
  // are hundreds of megabytes the print and the build would otherwise hold as well.
  const { files, source, ...emitted } = await emitPackage(options, diagnostics, clock);
  const budget = new OutputBudget(options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES);
  let output: Map<string, string>;
  try {
    const typeOnly = typeOnlyModules(files);
    const printed = await printFiles(files.splice(0), source, budget);
    // The statements are dead now; the build's memory comes on top of whatever the heap still holds.
    if (options.build !== false && process.memoryUsage().heapUsed > BIG_HEAP) collectGarbage();
    if (options.build !== false) budget.reserveBuild(printed);
    output = options.build === false ? printed : await withBuiltFiles(printed, budget, typeOnly);
  } catch (error) {
    throw error instanceof OutputTooLarge ? tooLarge(error, options.spec) : error;
  }
  // The marker that lets a later run replace this folder (generator/print/output-folder.ts).
  output.set(OUTPUT_MARKER, OUTPUT_MARKER_TEXT);
  return { output, ...emitted, timings: { ...emitted.timings, print: clock() } };
}

/** The spec's error for a run that would exhaust the heap: how much there was, and how to give more. */
function heapExhausted(error: HeapExhausted, spec: string): SpecforgeError {
  return new SpecforgeError(
    `generating this spec needs more memory than this process may use (${error.message}); nothing was ` +
      'written. Its schemas make a package too large to build here: give Node more heap ' +
      '(NODE_OPTIONS=--max-old-space-size=8192) to try anyway',
    { file: spec, line: 1, column: 1 },
  );
}

/** The spec's error for a package past its ceiling: what was printed when it passed, and what to raise. */
function tooLarge(error: OutputTooLarge, spec: string): SpecforgeError {
  const limit = error.limit % 2 ** 20 ? `${error.limit} bytes` : `${error.limit / 2 ** 20} MiB`;
  return new SpecforgeError(
    `the generated package passed ${limit} (--max-output-bytes) at ${error.file}; nothing was written. ` +
      'Deep or numerous inline schemas print far more than their own size: raise the limit to generate it anyway',
    { file: spec, line: 1, column: 1 },
  );
}

/** Load, model, analyse, plan and the targets' files: the package as statements. */
async function emitPackage(
  options: GenerateOptions,
  diagnostics: Diagnostics,
  clock: () => number,
): Promise<{
  files: EmittedFile[];
  source: string;
  operations: number;
  schemas: number;
  inputs: string[];
  timings: { load: number; model: number; emit: number };
}> {
  const spec = await loadSpec(options.spec, options);
  checkStructure(spec, diagnostics, options);
  warnJsonOddities(spec.files.values(), diagnostics);
  const load = clock();
  let model;
  try {
    model = parseDocument(spec, diagnostics);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new SpecforgeError('schema is nested too deeply to process', spec.locate({ file: spec.root, pointer: [] }));
    }
    throw error;
  }
  const targets = resolveTargets(options.targets);
  const analysed = analyse(model, options.dates ? { dates: options.dates } : {});
  const plan = planNames(analysed, { ...(options.dates ? { dates: options.dates } : {}), targets });
  const modelMs = clock();
  const source = path.relative(path.resolve(options.out), path.resolve(options.spec)).split(path.sep).join('/');
  const name = options.name ?? path.basename(path.resolve(options.out));
  const publish = {
    ...(options.version !== undefined ? { version: options.version } : {}),
    ...(options.private ? { private: true } : {}),
  };
  const files = packageFiles(
    analysed,
    plan,
    { name, publish, ...(options.formats ? { formats: options.formats } : {}) },
    targets,
  );
  return {
    files,
    source,
    operations: model.operations.length,
    schemas: model.schemas.length,
    inputs: [...spec.files.keys()],
    timings: { load, model: modelMs, emit: clock() },
  };
}

/** Returns a function giving the milliseconds since its previous call. */
function stageClock(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}

/**
 * The checks of generation without emitting: `specforge lint`. Warnings land in `diagnostics`.
 * With `examples`, the spec's examples are also checked by the validators generation would write.
 */
export async function lintSpec(
  options: LoadOptions & { readonly spec: string; readonly examples?: boolean },
  diagnostics: Diagnostics,
): Promise<void> {
  const spec = await loadSpec(options.spec, options);
  checkStructure(spec, diagnostics, options);
  warnJsonOddities(spec.files.values(), diagnostics);
  try {
    const model = parseDocument(spec, diagnostics);
    if (options.examples) await checkExamples(spec, model, planNames(analyse(model)), diagnostics);
  } catch (error) {
    throw error instanceof HeapExhausted ? heapExhausted(error, options.spec) : error;
  }
}
