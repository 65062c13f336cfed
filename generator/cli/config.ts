/** The project config file (`specforge.config.ts`): the sources `specforge generate` builds. */
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

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
  /** `'Date'` turns response `date-time` strings into `Date` objects (types, client, validator output). Default: `'string'`. */
  readonly dates?: 'string' | 'Date';
  /** Validator formats: `'assert'` checks date-time, date, time, email, uuid, uri, ipv4, ipv6, int32 and int64; `'annotate'` checks none. Default: `'assert'`. */
  readonly formats?: 'assert' | 'annotate';
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
export async function loadConfig(file: string | undefined, cwd: string): Promise<{ config: SpecforgeConfig; dir: string } | undefined> {
  const target = path.resolve(cwd, file ?? CONFIG_FILE);
  try {
    await access(target);
  } catch {
    if (file) throw new Error(`config file ${file} not found`);
    return undefined;
  }
  // The modification time in the URL defeats the module cache, so an edited config is re-read.
  const mtime = (await stat(target)).mtimeMs;
  const url = `${pathToFileURL(target).href}?mtime=${mtime}`;
  // A TypeScript config needs a loader even when specforge itself runs from its JS bundle.
  const mod = (/\.[cm]?ts$/.test(target) ? await tsImport(url, import.meta.url) : await import(url)) as { default?: SpecforgeConfig | { default?: SpecforgeConfig } };
  // Outside an ESM package the config loads as CommonJS, which nests the default export once more.
  const config = (mod.default && 'default' in mod.default ? mod.default.default : mod.default) as SpecforgeConfig | undefined;
  if (!config || !Array.isArray(config.sources)) throw new Error(`${path.relative(cwd, target)} must export default defineConfig({ sources: [...] })`);
  return { config, dir: path.dirname(target) };
}

/** The `generate` options of one configured source (paths resolved against the config's folder). */
export function sourceOptions(
  source: SourceConfig,
  configDir: string,
): { spec: string; out: string; name: string; allowExternalRefs?: boolean; dates?: 'string' | 'Date'; formats?: 'assert' | 'annotate'; version?: string; private?: boolean } {
  return {
    ...(source.version !== undefined ? { version: source.version } : {}),
    ...(source.private !== undefined ? { private: source.private } : {}),
    ...(source.dates ? { dates: source.dates } : {}),
    ...(source.formats ? { formats: source.formats } : {}),
    spec: path.resolve(configDir, source.spec),
    out: path.resolve(configDir, source.out),
    name: source.packageName ?? source.name,
    ...(source.allowExternalRefs !== undefined ? { allowExternalRefs: source.allowExternalRefs } : {}),
  };
}
