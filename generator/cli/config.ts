/** The project config file (`specforge.config.ts`): the sources `specforge generate` builds. */
import { existsSync } from 'node:fs';
import { access, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtInTargetNames, type TargetSpec } from '../../templates/targets.js';

/**
 * One API to generate. Each property's JSDoc is also the README's config table
 * (scripts/readme-config.ts writes it; a test keeps them equal): a sentence, then `Default: …`.
 */
export interface SourceConfig {
  /** Short name, used in messages and as the default package name. */
  readonly name: string;
  /** Path of the OpenAPI document, relative to the config file. */
  readonly spec: string;
  /** Output package folder, relative to the config file; replaced as a whole on each run. */
  readonly out: string;
  /** npm name written to the package's `package.json`. Default: `name`. */
  readonly packageName?: string;
  /** The package's `version`. Default: the spec's `info.version` (as semver). */
  readonly version?: string;
  /** Mark the package `private`, so npm refuses to publish it. Default: `false`. */
  readonly private?: boolean;
  /** Follow `$ref`s outside the spec's folder. Default: `false`. */
  readonly allowExternalRefs?: boolean;
  /** An operationId used twice is a warning, the later operation's names suffixed. Default: `false`. */
  readonly allowDuplicateOperationIds?: boolean;
  /**
   * `'Date'` turns response `date-time` strings into `Date` objects (types, client, validator output). Default:
   * `'string'`.
   */
  readonly dates?: 'string' | 'Date';
  /**
   * Validator formats: `'assert'` checks date-time, date, time, email, uuid, uri, ipv4, ipv6, int32 and int64;
   * `'annotate'` checks none. Default: `'assert'`.
   */
  readonly formats?: 'assert' | 'annotate';
  /**
   * What the package holds: built-in target names (`'types'`, `'client'`, `'validators'`, `'dates'`,
   * `'tanstack-query'`, `'msw'`) or plugin target objects; each brings the targets it needs. Default: `['types',
   * 'client', 'validators', 'dates']`.
   */
  readonly targets?: readonly TargetSpec[];
}

export interface SpecforgeConfig {
  /** The APIs to generate, in order. */
  readonly sources: readonly SourceConfig[];
  /** Treat spec warnings as errors. Default: `false`. */
  readonly strict?: boolean;
}

/** Identity function that gives a config file its types. */
export function defineConfig(config: SpecforgeConfig): SpecforgeConfig {
  return config;
}

export const CONFIG_FILE = 'specforge.config.ts';

/** Loads the config from `file` (or `specforge.config.ts` in `cwd`); undefined when there is none. */
export async function loadConfig(
  file: string | undefined,
  cwd: string,
): Promise<{ config: SpecforgeConfig; dir: string } | undefined> {
  const target = path.resolve(cwd, file ?? CONFIG_FILE);
  try {
    await access(target);
  } catch {
    if (file) throw new Error(`config file ${file} not found`);
    return undefined;
  }
  const mod = (await importConfig(target)) as { default?: unknown };
  const shown = path.relative(cwd, target) || target;
  return { config: validConfig(mod.default, shown), dir: path.dirname(target) };
}

/**
 * The config module's exports. esbuild turns it (TypeScript or JavaScript) into one ES module, and
 * `'specforge'` in it names this very specforge: a config works whether specforge is installed in
 * the project, globally, or run through npx, and no TypeScript loader is needed at run time. The
 * module is written beside the config for a moment, so its other imports resolve from there.
 */
async function importConfig(target: string): Promise<unknown> {
  const { build } = await import('esbuild');
  const api = pathToFileURL(apiEntry()).href;
  const result = await build({
    entryPoints: [target],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'specforge',
        setup: (b) => b.onResolve({ filter: /^specforge$/ }, () => ({ path: api, external: true })),
      },
    ],
  }).catch((error: { errors?: { text: string; location?: { line: number } }[] }) => {
    const first = error.errors?.[0];
    throw new Error(
      `cannot load ${target}${first?.location ? `:${first.location.line}` : ''}: ${first?.text ?? String(error)}`,
    );
  });
  const temp = path.join(
    path.dirname(target),
    `.specforge-config-${process.pid}-${randomBytes(4).toString('hex')}.mjs`,
  );
  await writeFile(temp, result.outputFiles[0]!.text);
  try {
    return await import(pathToFileURL(temp).href);
  } finally {
    await rm(temp, { force: true });
  }
}

/** specforge's own API module: the bundle's `dist/index.js`, or `generator/index.ts` when run from sources. */
function apiEntry(): string {
  for (const rel of ['./index.js', '../index.js', '../index.ts']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error("specforge's API module is missing (run npm run build)");
}

const SOURCE_KEYS = new Set([
  'name',
  'spec',
  'out',
  'packageName',
  'version',
  'private',
  'allowExternalRefs',
  'allowDuplicateOperationIds',
  'dates',
  'formats',
  'targets',
]);

/**
 * The config, checked as the CLI checks its flags: an unknown key (a typo such as `date`) or a bad
 * value (`dates: 'Dates'`) is refused with its place, never ignored.
 */
export function validConfig(value: unknown, file: string): SpecforgeConfig {
  const fail = (where: string, why: string): never => {
    throw new Error(`${file}: ${where}: ${why}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return fail('default export', 'must be defineConfig({ sources: [...] })');
  for (const k of Object.keys(value))
    if (k !== 'sources' && k !== 'strict') fail(k, 'unknown option (expected sources, strict)');
  if (value['strict'] !== undefined && typeof value['strict'] !== 'boolean') fail('strict', 'must be true or false');
  if (!Array.isArray(value['sources']) || value['sources'].length === 0)
    return fail('sources', 'must be a non-empty array');
  value['sources'].forEach((source: unknown, i) => {
    const at = `sources[${i}]`;
    if (!isObject(source)) return fail(at, 'must be an object with name, spec and out');
    for (const k of Object.keys(source))
      if (!SOURCE_KEYS.has(k)) fail(`${at}.${k}`, `unknown option (expected one of ${[...SOURCE_KEYS].join(', ')})`);
    for (const k of ['name', 'spec', 'out'])
      if (typeof source[k] !== 'string' || source[k] === '') fail(`${at}.${k}`, 'must be a non-empty string');
    for (const k of ['packageName', 'version'])
      if (source[k] !== undefined && typeof source[k] !== 'string') fail(`${at}.${k}`, 'must be a string');
    for (const k of ['private', 'allowExternalRefs', 'allowDuplicateOperationIds'])
      if (source[k] !== undefined && typeof source[k] !== 'boolean') fail(`${at}.${k}`, 'must be true or false');
    if (source['dates'] !== undefined && source['dates'] !== 'string' && source['dates'] !== 'Date')
      fail(`${at}.dates`, "must be 'string' or 'Date'");
    if (source['formats'] !== undefined && source['formats'] !== 'assert' && source['formats'] !== 'annotate')
      fail(`${at}.formats`, "must be 'assert' or 'annotate'");
    if (source['targets'] !== undefined) checkTargets(source['targets'], `${at}.targets`, fail);
    return undefined;
  });
  return value as unknown as SpecforgeConfig;
}

/** A target list: built-in names, or plugin objects with a `name` and a `files` function. */
function checkTargets(value: unknown, at: string, fail: (where: string, why: string) => never): void {
  if (!Array.isArray(value) || value.length === 0)
    fail(at, 'must be a non-empty array of target names or target objects');
  const builtIn = builtInTargetNames();
  (value as unknown[]).forEach((t, i) => {
    if (typeof t === 'string') {
      if (!builtIn.includes(t))
        fail(`${at}[${i}]`, `unknown target ${JSON.stringify(t)} (built-in: ${builtIn.join(', ')})`);
      return;
    }
    const target = t as { name?: unknown; files?: unknown } | null;
    if (
      typeof target !== 'object' ||
      target === null ||
      typeof target.name !== 'string' ||
      typeof target.files !== 'function'
    ) {
      fail(`${at}[${i}]`, 'must be a built-in target name or an object with a name and a files(context) function');
    }
  });
}

/** The `generate` options of one configured source (paths resolved against the config's folder). */
export function sourceOptions(
  source: SourceConfig,
  configDir: string,
): {
  spec: string;
  out: string;
  name: string;
  allowExternalRefs?: boolean;
  allowDuplicateOperationIds?: boolean;
  dates?: 'string' | 'Date';
  formats?: 'assert' | 'annotate';
  version?: string;
  private?: boolean;
  targets?: readonly TargetSpec[];
} {
  return {
    ...(source.targets ? { targets: source.targets } : {}),
    ...(source.version !== undefined ? { version: source.version } : {}),
    ...(source.private !== undefined ? { private: source.private } : {}),
    ...(source.dates ? { dates: source.dates } : {}),
    ...(source.formats ? { formats: source.formats } : {}),
    spec: path.resolve(configDir, source.spec),
    out: path.resolve(configDir, source.out),
    name: source.packageName ?? source.name,
    ...(source.allowExternalRefs !== undefined ? { allowExternalRefs: source.allowExternalRefs } : {}),
    ...(source.allowDuplicateOperationIds !== undefined
      ? { allowDuplicateOperationIds: source.allowDuplicateOperationIds }
      : {}),
  };
}
