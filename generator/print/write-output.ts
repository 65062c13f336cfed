/**
 * Writing a package atomically, and comparing one with what is on disk (`--check`).
 *
 * The new package is written to a sibling temp folder and swapped in with renames, so a failure at
 * any point (including a killed process) leaves the previous output as it was. Temp folders of dead
 * earlier runs are removed on the next run.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Output files by `/`-separated path inside the package. */
export type OutputFiles = ReadonlyMap<string, string>;

const TEMP_PREFIX = '.specforge-tmp-';

/** Replaces `outDir` with exactly `files`. */
export async function writeOutput(
  outDir: string,
  files: OutputFiles,
  hooks: { beforeSwap?: () => void | Promise<void> } = {},
): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  await mkdir(parent, { recursive: true });
  await removeStaleTemps(parent, base);
  const stamp = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = path.join(parent, `${TEMP_PREFIX}${base}-${stamp}`);
  const old = path.join(parent, `${TEMP_PREFIX}${base}-${stamp}-old`);
  let movedOld = false;
  try {
    for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = path.join(temp, ...rel.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    await hooks.beforeSwap?.();
    try {
      await rename(path.resolve(outDir), old);
      movedOld = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(temp, path.resolve(outDir));
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (movedOld) await rename(old, path.resolve(outDir)).catch(() => undefined);
    throw error;
  }
  if (movedOld) await rm(old, { recursive: true, force: true });
}

/** Removes temp folders left by runs that were killed (their process is gone). */
async function removeStaleTemps(parent: string, base: string): Promise<void> {
  const prefix = `${TEMP_PREFIX}${base}-`;
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    if (pid === process.pid) continue;
    await rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Files that differ between `outDir` and `files`: changed, missing or extra. Empty when up to date. */
export async function staleFiles(outDir: string, files: OutputFiles): Promise<string[]> {
  const onDisk = await listFiles(path.resolve(outDir));
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const current = onDisk.has(rel) ? await readFile(path.join(outDir, ...rel.split('/')), 'utf8') : undefined;
    if (current !== content) stale.push(current === undefined ? `${rel} (missing)` : rel);
  }
  for (const rel of onDisk) if (!files.has(rel)) stale.push(`${rel} (not generated)`);
  return stale.sort();
}

async function listFiles(dir: string, prefix = ''): Promise<Set<string>> {
  const out = new Set<string>();
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const f of await listFiles(path.join(dir, e.name), rel)) out.add(f);
    else out.add(rel);
  }
  return out;
}
