/**
 * The `specforge` command line. Exit codes: 0 ok, 1 invalid input or stale output (`--check`),
 * 2 usage error. Input errors print `path:line:col: error: message`, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, SpecforgeError } from '../diagnostics.js';
import { generate, type GenerateOptions } from '../generate.js';
import { loadConfig, sourceOptions } from './config.js';

const HELP = `specforge — OpenAPI 3.0/3.1 → typed TypeScript client, types and validators

Usage:
  specforge generate [spec] [--out <dir>] [--name <pkg>] [options]
  specforge --help | --version

Without a spec, generates every source of specforge.config.ts.

Options:
  -o, --out <dir>          output package folder (required with a spec)
      --name <pkg>         package name (default: the output folder's name)
      --check              compare with the output instead of writing; exit 1 listing stale files
      --strict             treat spec warnings as errors
      --config <file>      config file (default: specforge.config.ts)
      --allow-external-refs  follow $refs outside the spec's folder
      --allow-remote-refs    fetch http(s) $refs
      --max-bytes <n>      refuse input files larger than n bytes (default 64 MiB)
  -q, --quiet              print errors only
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 ok, 1 invalid input or stale output, 2 usage error.`;

class UsageError extends Error {}

/** specforge's version, from its package.json (found from the sources or from the bundle in dist/). */
function readVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'specforge' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`specforge: ${error.message}\nRun 'specforge --help' for usage.`);
      return 2;
    }
    if (error instanceof SpecforgeError) {
      io.err(error.format());
      return 1;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        name: { type: 'string' },
        check: { type: 'boolean' },
        strict: { type: 'boolean' },
        config: { type: 'string' },
        'allow-external-refs': { type: 'boolean' },
        'allow-remote-refs': { type: 'boolean' },
        'max-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    io.out(readVersion());
    return 0;
  }
  const [command, spec, ...extra] = positionals;
  if (command !== 'generate') throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'missing command');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive integer');
  }
  const common = {
    check: values.check ?? false,
    strict: values.strict ?? false,
    allowExternalRefs: values['allow-external-refs'] ?? false,
    allowRemoteRefs: values['allow-remote-refs'] ?? false,
    ...(maxBytes ? { maxBytes } : {}),
  };

  const jobs: Array<{ label: string; options: GenerateOptions }> = [];
  if (spec !== undefined) {
    if (!values.out) throw new UsageError('--out <dir> is required with a spec');
    jobs.push({ label: path.basename(values.out), options: { ...common, spec, out: values.out, ...(values.name ? { name: values.name } : {}) } });
  } else {
    let loaded;
    try {
      loaded = await loadConfig(values.config, process.cwd());
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (!loaded) throw new UsageError('no spec given and no specforge.config.ts found');
    for (const source of loaded.config.sources) {
      jobs.push({
        label: source.name,
        options: {
          ...common,
          ...sourceOptions(source, loaded.dir),
          strict: values.strict ?? loaded.config.strict ?? false,
          allowExternalRefs: values['allow-external-refs'] ?? source.allowExternalRefs ?? false,
        },
      });
    }
  }

  let failed = false;
  for (const job of jobs) {
    const result = await generate(job.options);
    for (const w of result.warnings) io.err(formatDiagnostic('warning', w.message, w.location));
    const out = path.relative(process.cwd(), path.resolve(job.options.out)) || '.';
    if (job.options.check) {
      if (result.stale.length > 0) {
        failed = true;
        io.err(`${job.label}: ${out} is stale; run specforge generate. Stale files:\n${result.stale.map((f) => `  ${f}`).join('\n')}`);
      } else if (!values.quiet) io.out(`${job.label}: ${out} is up to date`);
      continue;
    }
    if (!values.quiet) {
      const kb = result.files.reduce((n, f) => n + f.bytes, 0) / 1024;
      io.out(`${job.label}: ${result.operations} operations, ${result.schemas} schemas → ${out} (${result.files.length} files, ${kb.toFixed(0)} KB) in ${(result.durationMs / 1000).toFixed(1)} s`);
    }
  }
  return failed ? 1 : 0;
}
