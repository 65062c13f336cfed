/** The verbatim runtime modules, read once from templates/runtime/ (they are part of specforge, not input). */
import { readFileSync } from 'node:fs';
import type { RuntimeName } from '../target.js';

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

/**
 * An import of the client runtime from another runtime (`./client/results.js`): in a package that
 * is the one client runtime module.
 */
const CLIENT_IMPORT = /from '\.\/client\/[a-z-]+\.js';/g;

/**
 * The source text of the client runtime (its modules joined), or of another runtime module
 * (`templates/runtime/<name>.ts`), whose imports of the client runtime then name the package's.
 */
export function runtimeSource(name: RuntimeName): string {
  let text = sources.get(name);
  if (text === undefined) {
    text =
      name === 'client'
        ? CLIENT_MODULES.map(clientModule).join('\n')
        : read(`./${name}.ts`).replace(CLIENT_IMPORT, "from './client-runtime.gen.js';");
    sources.set(name, text);
  }
  return text;
}

function clientModule(module: string): string {
  const text = read(`./client/${module}.ts`).replace(SIBLING_IMPORT, '');
  // Anything else imported would be missing from the package: the runtime needs only the platform.
  if (/^import /m.test(text))
    throw new Error(`templates/runtime/client/${module}.ts: an import the runtime cannot carry`);
  return text;
}

function read(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}
