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

/** The msw runtime's modules (templates/runtime/msw/), likewise: the data first, then the faker and its users. */
export const MSW_MODULES = ['answers', 'faker', 'fakes', 'claims', 'events', 'handlers'] as const;

/**
 * The runtimes kept as a folder of modules, and the one package each may import besides the
 * platform (a peer dependency of the target that uses it): the modules' imports of it become one.
 */
export const RUNTIME_FOLDERS: Partial<Record<RuntimeName, { modules: readonly string[]; peer?: string }>> = {
  client: { modules: CLIENT_MODULES },
  msw: { modules: MSW_MODULES, peer: 'msw' },
};

/** An import of a sibling runtime module: the concatenated runtime is one module, so these go. */
const SIBLING_IMPORT = /^import (?:type )?\{[^}]*\} from '\.\/[a-z-]+\.js';\n/gm;

/** `import { a, type B } from 'pkg';` or `import type { B } from 'pkg';`, one line. */
const PACKAGE_IMPORT = /^import (type )?\{([^}]*)\} from '([^'.][^']*)';\n/gm;

const sources = new Map<string, string>();

/**
 * An import of the client runtime from another runtime (`./client/results.js`): in a package that
 * is the one client runtime module.
 */
const CLIENT_IMPORT = /from '\.\/client\/[a-z-]+\.js';/g;

/**
 * The source text of a runtime: a folder's modules joined, or a module of its own
 * (`templates/runtime/<name>.ts`), whose imports of the client runtime then name the package's.
 */
export function runtimeSource(name: RuntimeName): string {
  let text = sources.get(name);
  if (text === undefined) {
    const folder = RUNTIME_FOLDERS[name];
    text = folder
      ? joinedModules(name, folder.modules, folder.peer)
      : read(`./${name}.ts`).replace(CLIENT_IMPORT, "from './client-runtime.gen.js';");
    sources.set(name, text);
  }
  return text;
}

/**
 * A folder's modules as one: their imports of each other dropped, their imports of `peer` joined
 * into one, placed after the first module's opening comment (the runtime's own doc).
 */
function joinedModules(folder: string, modules: readonly string[], peer: string | undefined): string {
  const names: string[] = [];
  const bodies = modules.map((module) => {
    const text = read(`./${folder}/${module}.ts`)
      .replace(SIBLING_IMPORT, '')
      .replace(PACKAGE_IMPORT, (line, typeOnly: string | undefined, list: string, from: string) => {
        if (from !== peer) return line;
        for (const raw of list.split(',').map((n) => n.trim()).filter(Boolean)) {
          const spec = typeOnly && !raw.startsWith('type ') ? `type ${raw}` : raw;
          if (!names.includes(spec)) names.push(spec);
        }
        return '';
      });
    // Anything else imported would be missing from the package: only the platform, and the peer, are there.
    if (/^import /m.test(text))
      throw new Error(`templates/runtime/${folder}/${module}.ts: an import the runtime cannot carry`);
    return text;
  });
  const joined = bodies.join('\n');
  if (!names.length) return joined;
  const docEnd = joined.startsWith('/**') ? joined.indexOf('*/\n') + 3 : 0;
  return `${joined.slice(0, docEnd)}import { ${names.join(', ')} } from '${peer}';\n${joined.slice(docEnd)}`;
}

function read(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}
