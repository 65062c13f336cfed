/**
 * `--watch`: regenerates a source when its spec or any file it `$ref`s changes. Changes are
 * debounced; an invalid intermediate save prints its error and the watcher keeps going, so the
 * next good save recovers. The watched set follows the inputs of the last successful run.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';

export interface WatchJob {
  readonly label: string;
  /** The spec, watched until a run has succeeded and reported its inputs. */
  readonly spec: string;
  /** Runs one generation; resolves to the input files to watch next (undefined after a failure). */
  run(): Promise<readonly string[] | undefined>;
}

/** Watches until `signal` aborts. */
export async function watchJobs(jobs: readonly WatchJob[], signal: AbortSignal, debounceMs = 100): Promise<void> {
  const watchers = new Map<WatchJob, FSWatcher[]>();
  const timers = new Map<WatchJob, NodeJS.Timeout>();
  let lastInputs = new Map<WatchJob, readonly string[]>();

  const arm = (job: WatchJob, files: readonly string[]): void => {
    for (const w of watchers.get(job) ?? []) w.close();
    watchers.set(
      job,
      files.map((file) => watch(file, () => schedule(job))),
    );
  };
  const schedule = (job: WatchJob): void => {
    clearTimeout(timers.get(job));
    timers.set(
      job,
      setTimeout(() => void runJob(job), debounceMs),
    );
  };
  const runJob = async (job: WatchJob): Promise<void> => {
    if (signal.aborted) return;
    const before = stamps(lastInputs.get(job) ?? [job.spec]);
    const inputs = await job.run();
    if (inputs) lastInputs = new Map(lastInputs).set(job, inputs);
    // After a failure keep watching what the last good run read (the broken file is among them).
    const files = inputs ?? lastInputs.get(job) ?? [job.spec];
    arm(job, files);
    // A save made while the job ran may have gone to a watcher `arm` has just closed (on a busy
    // machine a save right after the output was lost so): the files are looked at once more.
    const after = stamps(files);
    if ([...before].some(([file, stamp]) => after.has(file) && after.get(file) !== stamp)) schedule(job);
  };

  for (const job of jobs) await runJob(job);
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  for (const list of watchers.values()) for (const w of list) w.close();
  for (const t of timers.values()) clearTimeout(t);
}

/** Each file's identity and last change (inode, size, mtime): a save, even by rename, changes it. */
function stamps(files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files) {
    try {
      const s = statSync(file);
      out.set(file, `${s.ino}:${s.size}:${s.mtimeMs}`);
    } catch {
      out.set(file, 'missing');
    }
  }
  return out;
}
