/**
 * `--watch`: regenerates a source when its spec or any file it `$ref`s changes. Changes are
 * debounced; an invalid intermediate save prints its error and the watcher keeps going, so the
 * next good save recovers. The watched set follows the inputs of the last successful run.
 */
import { watch, type FSWatcher } from 'node:fs';

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
      files.map((file) =>
        watch(file, () => {
          clearTimeout(timers.get(job));
          timers.set(
            job,
            setTimeout(() => void runJob(job), debounceMs),
          );
        }),
      ),
    );
  };
  const runJob = async (job: WatchJob): Promise<void> => {
    if (signal.aborted) return;
    const inputs = await job.run();
    if (inputs) lastInputs = new Map(lastInputs).set(job, inputs);
    // After a failure keep watching what the last good run read (the broken file is among them).
    arm(job, inputs ?? lastInputs.get(job) ?? [job.spec]);
  };

  for (const job of jobs) await runJob(job);
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  for (const list of watchers.values()) for (const w of list) w.close();
  for (const t of timers.values()) clearTimeout(t);
}
