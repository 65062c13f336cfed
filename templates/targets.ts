/**
 * The registry of built-in targets, and the resolution of a package's target list: names or plugin
 * objects, each target's `requires` turned on with it, built-ins in a fixed order (so the file list
 * and `index.ts` do not depend on how the list was spelled), plugins after them in the given order.
 */
import type { Target } from './target.js';
import { typesTarget } from './types/target.js';
import { clientTarget } from './client/target.js';
import { datesTarget } from './dates/target.js';
import { validatorsTarget } from './validators/target.js';
import { tanstackQueryTarget } from './tanstack-query/target.js';
import { mswTarget } from './msw/target.js';

export const BUILT_IN_TARGETS: readonly Target[] = [
  typesTarget(),
  clientTarget,
  datesTarget,
  validatorsTarget,
  tanstackQueryTarget,
  mswTarget,
];

/** What a package gets when no targets are named: types, the client, its validators and dates. */
export const DEFAULT_TARGETS: readonly string[] = ['types', 'client', 'validators', 'dates'];

/** Built-ins that take options, through their factory (templates/types/target.ts `typesTarget`). */
const CONFIGURABLE = new Set(['types']);

/** A target by name or object, as the config and the CLI give it. */
export type TargetSpec = string | Target;

/** The built-in targets' names, for messages. */
export function builtInTargetNames(): string[] {
  return BUILT_IN_TARGETS.map((t) => t.name);
}

/** The targets of a package, requirements included, in emission order. Throws on an unknown name. */
export function resolveTargets(specs: readonly TargetSpec[] = DEFAULT_TARGETS): Target[] {
  const plugins: Target[] = [];
  const wanted = new Set<string>();
  const byName = new Map(BUILT_IN_TARGETS.map((t) => [t.name, t]));
  // A built-in configured with options (`typesTarget({ enums: 'object' })`) takes the built-in's place.
  const configured = new Map<string, Target>();
  for (const spec of specs) {
    if (typeof spec === 'string') continue;
    if (plugins.some((p) => p.name === spec.name) || configured.has(spec.name))
      throw new Error(`target ${JSON.stringify(spec.name)} is given twice`);
    if (byName.has(spec.name)) {
      if (!CONFIGURABLE.has(spec.name))
        throw new Error(`target ${JSON.stringify(spec.name)}: a built-in target has this name`);
      configured.set(spec.name, spec);
    } else plugins.push(spec);
  }
  for (const p of [...plugins, ...configured.values()]) byName.set(p.name, p);
  const want = (name: string, by?: string): void => {
    if (wanted.has(name)) return;
    const target = byName.get(name);
    if (!target) {
      const from = by ? ` (required by ${JSON.stringify(by)})` : '';
      throw new Error(
        `unknown target ${JSON.stringify(name)}${from}; the built-in targets are ${builtInTargetNames().join(', ')}`,
      );
    }
    wanted.add(name);
    for (const required of target.requires ?? []) want(required, name);
  };
  for (const spec of specs) want(typeof spec === 'string' ? spec : spec.name);
  return [...BUILT_IN_TARGETS.map((t) => configured.get(t.name) ?? t), ...plugins].filter((t) => wanted.has(t.name));
}
