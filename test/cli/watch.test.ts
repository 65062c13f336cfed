/**
 * generator/cli/watch.ts: a job reruns when a file it read changes, follows the inputs of its last
 * good run, and keeps going after a failed one. (The CLI's --watch end to end: test/cli/cli.test.ts.)
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { watchJobs, type WatchJob } from '../../generator/cli/watch.js';

/** Resolves once `condition` holds (polling: fs.watch events arrive when they will). */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('reruns on a save, by write or by rename, of the spec or a file the last good run read', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-watch-'));
  const spec = path.join(dir, 'openapi.yaml');
  const part = path.join(dir, 'part.yaml');
  writeFileSync(spec, 'a');
  writeFileSync(part, 'b');
  let runs = 0;
  const job: WatchJob = { label: 'x', spec, run: async () => (runs++, [spec, part]) };
  const stop = new AbortController();
  const watching = watchJobs([job], stop.signal, 10);
  await until(() => runs === 1, 'the first run');

  writeFileSync(part, 'b2');
  await until(() => runs === 2, 'a rerun after writing a $ref target');
  writeFileSync(path.join(dir, 'tmp'), 'a2');
  renameSync(path.join(dir, 'tmp'), spec);
  await until(() => runs === 3, 'a rerun after a save by rename');

  stop.abort();
  await watching;
  writeFileSync(spec, 'a3');
  await new Promise((r) => setTimeout(r, 100));
  expect(runs).toBe(3);
});

it('after a failed run keeps watching what the last good run read, and the next save recovers', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-watch-'));
  const spec = path.join(dir, 'openapi.yaml');
  writeFileSync(spec, 'good');
  const outcomes: string[] = [];
  const job: WatchJob = {
    label: 'x',
    spec,
    // The second run fails (an invalid intermediate save): it reports no inputs.
    run: async () => {
      const failing = outcomes.length === 1;
      outcomes.push(failing ? 'fail' : 'ok');
      return failing ? undefined : [spec];
    },
  };
  const stop = new AbortController();
  const watching = watchJobs([job], stop.signal, 10);
  await until(() => outcomes.length === 1, 'the first run');
  writeFileSync(spec, 'broken');
  await until(() => outcomes.length === 2, 'the failing run');
  writeFileSync(spec, 'fixed');
  await until(() => outcomes.length === 3, 'the run after the fix');
  stop.abort();
  await watching;
  expect(outcomes).toEqual(['ok', 'fail', 'ok']);
});
