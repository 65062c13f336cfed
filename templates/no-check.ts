/**
 * `// @ts-nocheck` for the modules whose bodies a user's tsc has nothing to learn from: the
 * generated check functions (straight-line code over `any`) and the verbatim runtimes (hand-written,
 * type-checked in specforge's repository). Their exported types are still read and inferred by the
 * user's tsc; only their diagnostics are skipped. On opencode's package this took tsc from 1.68 s
 * to ~1.1 s, the time of hey-api's types + sdk. specforge's own tests type-check these files in
 * full, with the pragma removed (test/support/tsc.ts).
 */
export function noCheckPragma(what: string): string {
  return `// @ts-nocheck: ${what}, type-checked by specforge's own tests`;
}
