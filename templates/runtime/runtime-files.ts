/** The verbatim runtime modules, read once from templates/runtime/ (they are part of specforge, not input). */
import { readFileSync } from 'node:fs';

let clientRuntime: string | undefined;

/** The client runtime's source text. */
export function clientRuntimeSource(): string {
  clientRuntime ??= readFileSync(new URL('./client.ts', import.meta.url), 'utf8');
  return clientRuntime;
}
