/** The files a list of targets emits for an inline spec, as text by path (no formatting, no disk). */
import { analyse } from '../../generator/analyse/analyse.js';
import { planNames } from '../../generator/plan/plan.js';
import { printStatements } from '../../generator/print/print-statements.js';
import { packageFiles } from '../../templates/package/package-files.js';
import type { PackageOptions } from '../../templates/target.js';
import { resolveTargets, type TargetSpec } from '../../templates/targets.js';
import { modelOf } from './model.js';

export async function emittedFiles(
  yaml: string,
  targetList: readonly TargetSpec[],
  { dates = 'string', ...options }: PackageOptions & { dates?: 'string' | 'Date' } = {},
): Promise<Map<string, string>> {
  const { model } = await modelOf(yaml);
  const targets = resolveTargets(targetList);
  const analysed = analyse(model);
  const plan = planNames(analysed, { dates, targets });
  const files = packageFiles(analysed, plan, { name: 'pkg', ...options }, targets);
  return new Map(files.map((f) => [f.path, 'statements' in f ? printStatements(f.statements) : f.text]));
}
