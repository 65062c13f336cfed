/**
 * Whether every client method's result type (the written-out `…Result` union) is the runtime's
 * `ApiResult` of the operation's responses and headers, both ways: `true`, or `boolean` when one
 * differs. Used by test/types/ on the committed packages, and copied into every corpus package
 * with its own `ApiResult` (results-check.ts), so this module imports nothing else.
 */
import type { ApiResult } from '../../generated/clockify/index.js';

/** Mutual assignability: the two types accept and give the same values. */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type ResultsMatch<Ops, C> = {
  [K in keyof Ops & keyof C]: C[K] extends (...args: never[]) => Promise<infer R>
    ? Ops[K] extends { responses: infer Res }
      ? SameType<R, ApiResult<Res, Ops[K] extends { responseHeaders: infer H } ? H : {}>>
      : false
    : false;
}[keyof Ops & keyof C];
