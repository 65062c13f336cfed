/**
 * The `specforge` command line. Exit codes: 0 ok, 1 invalid input or stale output (`--check`),
 * 2 usage error. Input errors print `path:line:col: error: message`, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Diagnostics, formatDiagnostic, SpecforgeError } from '../diagnostics.js';
import { generate, lintSpec, type GenerateOptions, type GenerateResult } from '../generate.js';
import { loadConfig, sourceOptions } from './config.js';
import { initConfig } from './init.js';
import { palette, processIo, withProgress, type Io } from './output.js';
import { watchJobs } from './watch.js';
import { builtInTargetNames } from '../../templates/targets.js';

/** How many places of one warning message are listed before the rest are counted (all with --verbose). */
const WARNINGS_PER_MESSAGE = 3;

const HELP = `specforge — OpenAPI 3.0/3.1/3.2 (and Swagger 2.0) → typed TypeScript client, types and validators

Usage:
  specforge generate [spec] [--out <dir>] [--name <pkg>] [options]
  specforge lint <spec> [--strict] [--examples]
                                          report the problems generation would warn about;
                                          --examples also checks the spec's examples against its schemas
  specforge init <spec>                   write a specforge.config.ts for a spec
  specforge --help | --version

Without a spec, generate builds every source of specforge.config.ts.

Options:
  -o, --out <dir>          output package folder (required with a spec)
      --name <pkg>         package name (default: the output folder's name)
      --check              compare with the output instead of writing; exit 1 listing stale files
  -w, --watch              regenerate when the spec or a file it $refs changes
      --strict             treat spec warnings as errors
      --config <file>      config file (default: specforge.config.ts)
      --formats <mode>     validator formats: assert (default) or annotate
      --dates <mode>       string (default) or Date: response date-times as Date objects
      --targets <a,b>      what the package holds: types, client, validators, dates, tanstack-query, msw
                           (default: types,client,validators,dates; each brings what it needs)
      --allow-external-refs  follow $refs outside the spec's folder
      --allow-remote-refs    fetch http(s) $refs
      --allow-duplicate-operation-ids
                           an operationId used twice is a warning; the later names take a suffix
      --max-bytes <n>      refuse input files larger than n bytes (default 64 MiB)
      --max-output-bytes <n>  refuse to write a package larger than n bytes (default 512 MiB)
  -q, --quiet              print errors only
      --verbose            print per-stage timings and every place of a repeated warning
  -h, --help               show this help
  -v, --version            show the version

Colour is used on a terminal unless NO_COLOR is set.
Exit codes: 0 ok, 1 invalid input or stale output, 2 usage error, 70 internal error.`;

class UsageError extends Error {}

/** `--targets tanstack-query,msw`: built-in names only (plugins come through the config). */
function targetList(text: string): string[] {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const known = builtInTargetNames();
  const unknown = names.find((n) => !known.includes(n));
  if (names.length === 0) throw new UsageError(`--targets needs a list of targets: ${known.join(', ')}`);
  if (unknown !== undefined)
    throw new UsageError(`--targets: unknown target ${JSON.stringify(unknown)} (known: ${known.join(', ')})`);
  return names;
}

/** specforge's version, from its package.json (found from the sources or from the bundle in dist/). */
function readVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'specforge' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

/** Runs the CLI; returns the exit code. `signal` stops `--watch`. */
export async function main(argv: readonly string[], io: Io = processIo, signal?: AbortSignal): Promise<number> {
  const colours = palette(io);
  try {
    return await run(argv, io, signal);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`specforge: ${error.message}\nRun 'specforge --help' for usage.`);
      return 2;
    }
    if (error instanceof SpecforgeError) {
      io.err(colours.red(error.format()));
      return 1;
    }
    // A bug in specforge, not in the input: one line, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      colours.red(`specforge: internal error: ${message} (please report it; set SPECFORGE_DEBUG=1 for the stack)`),
    );
    if (io.env?.['SPECFORGE_DEBUG'] && error instanceof Error && error.stack) io.err(error.stack);
    return 70;
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        name: { type: 'string' },
        check: { type: 'boolean' },
        watch: { type: 'boolean', short: 'w' },
        strict: { type: 'boolean' },
        examples: { type: 'boolean' },
        config: { type: 'string' },
        formats: { type: 'string' },
        dates: { type: 'string' },
        targets: { type: 'string' },
        'allow-external-refs': { type: 'boolean' },
        'allow-remote-refs': { type: 'boolean' },
        'allow-duplicate-operation-ids': { type: 'boolean' },
        'max-bytes': { type: 'string' },
        'max-output-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function run(argv: readonly string[], io: Io, signal: AbortSignal | undefined): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    io.out(readVersion());
    return 0;
  }
  const [command, spec, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const flags = flagsOf(values);
  const colours = palette(io);
  const printWarnings = warningPrinter(io, colours, values.verbose ?? false);
  if (command === 'init') return init(spec, values, io);
  if (command === 'lint') {
    if (!spec) throw new UsageError('lint needs the spec: specforge lint <spec>');
    const diagnostics = new Diagnostics(flags.strict ?? false);
    await lintSpec({ ...flags, spec, examples: values.examples ?? false }, diagnostics);
    printWarnings(diagnostics.warnings);
    const count = diagnostics.warnings.length;
    if (!values.quiet) io.out(`${spec}: ${count === 0 ? colours.green('no problems') : `${count} warning(s)`}`);
    return 0;
  }
  if (command !== 'generate')
    throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'missing command');
  const jobs = await generateJobs(spec, values, flags);
  const runOne = (job: Job) => runJob(job, values, io, printWarnings);
  if (values.watch) return watch(jobs, runOne, values, io, signal);
  let failed = false;
  for (const job of jobs) if (!(await runOne(job)).ok) failed = true;
  return failed ? 1 : 0;
}

type Values = ReturnType<typeof parse>['values'];
type Flags = ReturnType<typeof flagsOf>;
type PrintWarnings = (warnings: GenerateResult['warnings']) => void;
interface Job {
  readonly label: string;
  readonly options: GenerateOptions;
}

/** The generation flags given on the command line, checked; they override the config, unset ones leave it alone. */
function flagsOf(values: Values) {
  const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes');
  const maxOutputBytes = positiveInteger(values['max-output-bytes'], '--max-output-bytes');
  if (values.formats !== undefined && values.formats !== 'assert' && values.formats !== 'annotate')
    throw new UsageError('--formats must be assert or annotate');
  if (values.dates !== undefined && values.dates !== 'string' && values.dates !== 'Date')
    throw new UsageError('--dates must be string or Date');
  const targets = values.targets === undefined ? undefined : targetList(values.targets);
  return {
    ...(targets ? { targets } : {}),
    ...(values.check !== undefined ? { check: values.check } : {}),
    ...(values.strict !== undefined ? { strict: values.strict } : {}),
    ...(values['allow-external-refs'] !== undefined ? { allowExternalRefs: values['allow-external-refs'] } : {}),
    ...(values['allow-remote-refs'] !== undefined ? { allowRemoteRefs: values['allow-remote-refs'] } : {}),
    ...(values['allow-duplicate-operation-ids'] !== undefined
      ? { allowDuplicateOperationIds: values['allow-duplicate-operation-ids'] }
      : {}),
    ...(values.formats ? { formats: values.formats as 'assert' | 'annotate' } : {}),
    ...(values.dates ? { dates: values.dates as 'string' | 'Date' } : {}),
    ...(maxBytes ? { maxBytes } : {}),
    ...(maxOutputBytes ? { maxOutputBytes } : {}),
  };
}

/** A byte-count flag's value, checked; undefined when the flag is absent. */
function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer`);
  return n;
}

/**
 * Prints warnings. A real spec can repeat one problem in a thousand places (APIs.guru loket.nl:
 * 1,882 warnings, most of them one unknown format): each message is shown at its first places,
 * then counted (all of them with --verbose).
 */
function warningPrinter(io: Io, colours: ReturnType<typeof palette>, verbose: boolean): PrintWarnings {
  return (warnings) => {
    const shown = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const w of warnings) {
      const n = shown.get(w.message) ?? 0;
      if (verbose || n < WARNINGS_PER_MESSAGE) {
        io.err(colours.yellow(formatDiagnostic('warning', w.message, w.location)));
        shown.set(w.message, n + 1);
      } else hidden.set(w.message, (hidden.get(w.message) ?? 0) + 1);
    }
    for (const [message, n] of hidden)
      io.err(colours.yellow(`warning: ${n} more like this (--verbose lists them): ${message}`));
  };
}

/** `specforge init <spec>`: writes a config for the spec. */
async function init(spec: string | undefined, values: Values, io: Io): Promise<number> {
  if (!spec) throw new UsageError('init needs the spec: specforge init <spec>');
  try {
    const written = await initConfig(spec, process.cwd(), values.name);
    if (!values.quiet) io.out(`wrote ${path.relative(process.cwd(), written)}; run specforge generate`);
    return 0;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** What `generate` builds: the spec given, or every source of the config. */
async function generateJobs(spec: string | undefined, values: Values, flags: Flags): Promise<Job[]> {
  if (spec !== undefined) {
    if (!values.out) throw new UsageError('--out <dir> is required with a spec');
    const options = { ...flags, spec, out: values.out, ...(values.name ? { name: values.name } : {}) };
    return [{ label: path.basename(values.out), options }];
  }
  let loaded;
  try {
    loaded = await loadConfig(values.config, process.cwd());
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!loaded) throw new UsageError('no spec given and no specforge.config.ts found');
  const { config, dir } = loaded;
  return config.sources.map((source) => ({
    label: source.name,
    options: { strict: config.strict ?? false, ...sourceOptions(source, dir), ...flags },
  }));
}

/** Generates (or, with --check, compares) one package and reports it. */
async function runJob(
  job: Job,
  values: Values,
  io: Io,
  printWarnings: PrintWarnings,
): Promise<{ ok: boolean; inputs?: readonly string[] }> {
  const colours = palette(io);
  const result = await withProgress(io, `${job.label}: generating`, () => generate(job.options));
  // --quiet prints errors only; under --strict a warning is an error and generate throws it.
  if (!values.quiet) printWarnings(result.warnings);
  const out = path.relative(process.cwd(), path.resolve(job.options.out)) || '.';
  if (values.verbose) {
    const timings = Object.entries(result.timings).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`);
    io.err(colours.dim(`${job.label}: ${timings.join(', ')}`));
  }
  if (job.options.check) {
    if (result.stale.length > 0) {
      const stale = result.stale.map((f) => `  ${f}`).join('\n');
      io.err(`${job.label}: ${out} is stale; run specforge generate. Stale files:\n${stale}`);
      return { ok: false, inputs: result.inputs };
    }
    if (!values.quiet) io.out(`${job.label}: ${out} is up to date`);
    return { ok: true, inputs: result.inputs };
  }
  if (!values.quiet) {
    const kb = result.files.reduce((n, f) => n + f.bytes, 0) / 1024;
    const size = `${result.files.length} files, ${kb.toFixed(0)} KB`;
    const what = `${result.operations} operations, ${result.schemas} schemas`;
    io.out(`${job.label}: ${what} → ${out} (${size}) in ${(result.durationMs / 1000).toFixed(1)} s`);
  }
  return { ok: true, inputs: result.inputs };
}

/** --watch: each job again whenever one of its inputs changes; a broken save prints its error. */
async function watch(
  jobs: readonly Job[],
  runOne: (job: Job) => ReturnType<typeof runJob>,
  values: Values,
  io: Io,
  signal: AbortSignal | undefined,
): Promise<number> {
  if (values.check) throw new UsageError('--watch and --check do not go together');
  const colours = palette(io);
  const stop = signal ?? new AbortController().signal;
  await watchJobs(
    jobs.map((job) => ({
      label: job.label,
      spec: path.resolve(job.options.spec),
      run: async () => {
        try {
          return (await runOne(job)).inputs;
        } catch (error) {
          if (!(error instanceof SpecforgeError)) throw error;
          io.err(colours.red(error.format()));
          return undefined;
        }
      },
    })),
    stop,
  );
  return 0;
}
