/**
 * A clean stop before the heap runs out. Memory grows with what a spec describes, not with its
 * size: the largest spec `--max-bytes` admits can make gigabytes of statements (8,000 schemas
 * nested 200 deep: 2.5 GB of heap before printing, where `--max-output-bytes` stops it). With a
 * smaller heap (Node sizes it by the machine's memory) that ended in V8's "heap out of memory"
 * abort: no message saying which input, and an exit code that reads as a crash. The emitters and
 * the parser call `guardHeap` as they go; near the limit it collects once and, if that does not
 * help, throws `HeapExhausted`, which generation reports as the spec's error. Nothing is written
 * before printing ends, so stopping here loses nothing.
 */
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from './collect-garbage.js';

export class HeapExhausted extends Error {
  constructor(readonly limitBytes: number) {
    super(`the heap stayed above ${LOW * 100} % of its ${Math.round(limitBytes / 2 ** 20)} MB limit`);
  }
}

/** Above this share of the limit a check collects garbage; still above LOW after it, generation stops. */
const HIGH = 0.9;
const LOW = 0.85;
/** Calls between looks at the heap: a look costs a microsecond or two, a call far less. */
const EVERY = 0x3fff;

let calls = 0;

/** Called from hot paths (every code fragment, every schema parsed); looks at the heap now and then. */
export function guardHeap(): void {
  if ((++calls & EVERY) !== 0) return;
  const limit = oldGenerationLimit();
  if (getHeapStatistics().used_heap_size < HIGH * limit) return;
  collectGarbage();
  if (getHeapStatistics().used_heap_size > LOW * limit) throw new HeapExhausted(limit);
}

/**
 * What V8 aborts at: `heap_size_limit` counts the young generation's reserve (three 16 MB
 * semi-spaces on 64-bit) on top of the old generation's limit (`--max-old-space-size`), and it is
 * the old generation that runs out.
 */
function oldGenerationLimit(): number {
  const { heap_size_limit: limit } = getHeapStatistics();
  return Math.max(limit - YOUNG_RESERVE, limit / 2);
}

const YOUNG_RESERVE = 48 * 2 ** 20;
