/**
 * A full garbage collection between pipeline stages. The emitted statements of a big package are
 * garbage once printed, but V8 grows its heap limit with the live data it last saw (the spec, its
 * model and the statements together): at 64x Clockify nothing collected the ~900 MB of dead
 * statements before the build added its own memory, and the run peaked at 2.0 GB where 1.3 GB was
 * ever live. V8 exposes `gc` only behind a flag, which a context created after the flag sees; in a
 * program that calls `generate` on a big spec, `vm` contexts made later see a `gc` global too.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Collects now when V8 allows it; a no-op otherwise. Only worth it after a stage drops much data. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
