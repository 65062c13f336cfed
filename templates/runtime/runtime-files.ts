/** The verbatim runtime modules, read once from templates/runtime/ (they are part of specforge, not input). */
import { readFileSync } from 'node:fs';

const sources = new Map<string, string>();

/** The source text of `templates/runtime/<name>.ts`. */
export function runtimeSource(name: 'client' | 'validators'): string {
  let text = sources.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
    sources.set(name, text);
  }
  return text;
}
