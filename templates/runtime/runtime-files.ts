/** The verbatim runtime modules, read once from templates/runtime/ (they are part of specforge, not input). */
import { readFileSync } from 'node:fs';

/**
 * The client runtime's modules (templates/runtime/client/), in the order the package's single
 * `client-runtime.gen.ts` holds them: the data and options first, then the engine, then what it uses.
 * A generated package keeps one runtime module, so its code imports one path; the source is split
 * by concern, so each part stays small enough to read.
 */
export const CLIENT_MODULES = [
  'spec',
  'options',
  'results',
  'engine',
  'transport',
  'serialize',
  'auth',
  'headers',
  'responses',
  'streams',
  'paging',
  'middleware',
  'redact',
] as const;

/** An import of a sibling runtime module: the concatenated runtime is one module, so these go. */
const SIBLING_IMPORT = /^import (?:type )?\{[^}]*\} from '\.\/[a-z-]+\.js';\n/gm;

const sources = new Map<string, string>();

/** The source text of the client runtime (its modules joined), or of `templates/runtime/validators.ts`. */
export function runtimeSource(name: 'client' | 'validators'): string {
  let text = sources.get(name);
  if (text === undefined) {
    text = name === 'client' ? CLIENT_MODULES.map(clientModule).join('\n') : read('./validators.ts');
    sources.set(name, text);
  }
  return text;
}

function clientModule(module: string): string {
  const text = read(`./client/${module}.ts`).replace(SIBLING_IMPORT, '');
  // Anything else imported would be missing from the package: the runtime needs only the platform.
  if (/^import /m.test(text)) throw new Error(`templates/runtime/client/${module}.ts: an import the runtime cannot carry`);
  return text;
}

function read(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}
