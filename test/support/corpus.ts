/** The shared corpus of real-world specs (../shared/corpus), listed for tests and benches. */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The team's shared folder (`../shared` next to the checkout; `SPECFORGE_SHARED` overrides it, and
 * `SPECFORGE_SHARED=none` means there is none). Undefined when this checkout has no shared folder:
 * suites that need it are then skipped, loudly, on a developer's machine; in CI (`CI` set, as
 * `.ci/run` does) its absence fails the run instead, so that CI never passes by skipping them.
 */
const SHARED_OVERRIDE = process.env['SPECFORGE_SHARED'];
export const SHARED_DIR =
  SHARED_OVERRIDE === 'none'
    ? undefined
    : [SHARED_OVERRIDE, path.resolve(REPO_ROOT, '../shared'), '/work/shared'].find(
        (dir): dir is string => dir !== undefined && existsSync(path.join(dir, 'corpus')),
      );
if (SHARED_DIR === undefined && process.env['CI']) {
  throw new Error(
    'CI: the shared folder (../shared, or SPECFORGE_SHARED) is missing; the corpus, conformance and evidence ' +
      'suites need it, and CI must not pass by skipping them',
  );
}
export const CORPUS_DIR = path.join(SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared'), 'corpus');

export interface CorpusSpec {
  readonly version: '3.0.x' | '3.1.x';
  readonly name: string;
  readonly file: string;
}

/** Valid top-level specs (`external-shared*` are parts of multi-file specs, not entries). */
export function corpusSpecs(): CorpusSpec[] {
  return (['3.0.x', '3.1.x'] as const).flatMap((version) => {
    const dir = path.join(CORPUS_DIR, version);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith('external-shared'))
      .sort()
      .map((f) => ({ version, name: f.replace(/\.[^.]+$/, ''), file: path.join(dir, f) }));
  });
}

/** Specs that must be refused. */
export function invalidCorpusSpecs(): CorpusSpec[] {
  return (['3.0.x', '3.1.x'] as const).flatMap((version) => {
    const dir = path.join(CORPUS_DIR, version, 'invalid');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .sort()
      .map((f) => ({ version, name: f.replace(/\.[^.]+$/, ''), file: path.join(dir, f) }));
  });
}
