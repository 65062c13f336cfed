/**
 * The files of a generated package, as statement structures per file (ts-morph's shapes, printed
 * by generator/print without ts-morph): each target's files, preceded by the runtime modules it
 * needs (each once), then `index.ts` (what the targets re-export, by name: index-exports.ts; the
 * planner keeps their names disjoint), `package.json` and the README.
 */
import type { AnalysedModel } from '../../generator/analyse/analyse.js';
import type { Plan } from '../../generator/plan/plan.js';
import type { Statement } from '../structures.js';
import { runtimeSource } from '../runtime/runtime-files.js';
import { noCheckPragma } from '../no-check.js';
import { packageJson } from './package-meta.js';
import { packageReadme } from './package-readme.js';
import type { EmittedFile, PackageOptions, RuntimeName, Target, TargetContext } from '../target.js';
import { resolveTargets } from '../targets.js';
import { namedReExports } from './index-exports.js';

export type { EmittedFile, PackageOptions } from '../target.js';

/** Every file of the package for an analysed model, from its targets (default: types, client, validators, dates). */
export function packageFiles(
  analysed: AnalysedModel,
  plan: Plan,
  options: PackageOptions = {},
  targets: readonly Target[] = resolveTargets(),
): EmittedFile[] {
  const context = targetContext(analysed, plan, options, targets);
  const files: EmittedFile[] = [];
  const runtimes = new Set<RuntimeName>();
  const index: Statement[] = [];
  for (const target of targets) {
    for (const runtime of target.runtime ?? []) {
      if (runtimes.has(runtime)) continue;
      runtimes.add(runtime);
      files.push({
        path: `${runtime}-runtime.gen.ts`,
        statements: [noCheckPragma('specforge runtime'), runtimeSource(runtime)],
        formatted: true,
      });
    }
    files.push(...target.files(context));
    index.push(...(target.index?.(context) ?? []));
  }
  const name = options.name ?? 'generated-api-client';
  const sections = targets.flatMap((t) => (t.readme ? [t.readme(context)] : []));
  return [
    ...files,
    { path: 'index.ts', statements: namedReExports(index, modulesByPath(files)) },
    { path: 'package.json', text: packageJson(analysed.model, name, options.publish, packageEntries(targets)) },
    { path: 'README.md', text: packageReadme(analysed.model, plan, name, analysed.pagination, sections) },
  ];
}

function modulesByPath(files: readonly EmittedFile[]): Map<string, readonly Statement[]> {
  return new Map(files.flatMap((f) => ('statements' in f ? [[f.path, f.statements] as const] : [])));
}

function targetContext(
  analysed: AnalysedModel,
  plan: Plan,
  options: PackageOptions,
  targets: readonly Target[],
): TargetContext {
  const shared = new Map<string, unknown>();
  return {
    analysed,
    model: analysed.model,
    plan,
    options,
    enabled: new Set(targets.map((t) => t.name)),
    shared<T>(key: string, make: () => T): T {
      if (!shared.has(key)) shared.set(key, make());
      return shared.get(key) as T;
    },
  };
}

/** The subpath exports and peer dependencies the targets add to `package.json`. */
function packageEntries(targets: readonly Target[]): {
  subpaths: Record<string, string>;
  peers: Record<string, string>;
} {
  const subpaths: Record<string, string> = {};
  const peers: Record<string, string> = {};
  for (const t of targets) {
    if (t.subpath) subpaths[t.subpath.path] = t.subpath.module;
    Object.assign(peers, t.peerDependencies ?? {});
  }
  return { subpaths, peers };
}
