/**
 * What an editor pays on each keystroke in a file that uses the package: a TypeScript language
 * service holds the program, the file is edited, and its diagnostics are asked for again.
 *
 * The service keeps every unchanged file parsed and bound across edits (the package's declarations
 * and the standard library are read once, when the project opens), but each edit makes a new type
 * checker, which resolves again every type the edited file reaches. So this measures the type-level
 * work of the package's signatures at the call sites, which `tsc` over the whole program hides
 * under the parsing of the declarations.
 *
 * The services are built side by side and edited in turns, so a slow spell of the machine (or a
 * garbage collection) hits each alike; the edit only changes a trailing comment. As in an editor,
 * unchanged files are not read again from disk between edits (their snapshots are kept).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';

const require = createRequire(import.meta.url);
const ts: typeof TS = require('typescript');

export interface Program {
  /** A tsconfig.json whose options to use. */
  readonly config: string;
  /** The one root file, which the rounds edit. */
  readonly file: string;
}

interface Service {
  /** Milliseconds to edit the file and get its semantic diagnostics again. */
  edit(): number;
}

function service({ config, file }: Program): Service {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const root = path.resolve(file);
  const original = readFileSync(root, 'utf8');
  let version = 0;
  let text = original;
  // An editor's server keeps each open program's files as snapshots and reads a file again only
  // when it changes on disk. The language service asks the host for every file's snapshot on each
  // update, so without this cache each keystroke re-read the package's declarations (and the
  // standard library) from disk: a cost of the bench's host, growing with the size of the files.
  const snapshots = new Map<string, TS.IScriptSnapshot | undefined>();
  const snapshotOf = (f: string): TS.IScriptSnapshot | undefined => {
    if (!snapshots.has(f)) {
      const t = ts.sys.readFile(f);
      snapshots.set(f, t === undefined ? undefined : ts.ScriptSnapshot.fromString(t));
    }
    return snapshots.get(f);
  };
  const host: TS.LanguageServiceHost = {
    getScriptFileNames: () => [root],
    getScriptVersion: (f) => (f === root ? String(version) : '0'),
    getScriptSnapshot: (f) => (f === root ? ts.ScriptSnapshot.fromString(text) : snapshotOf(f)),
    getCurrentDirectory: () => path.dirname(config),
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
  const errors = ls.getSemanticDiagnostics(root);
  if (errors.length > 0) {
    const message = ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n');
    throw new Error(`${file}: ${errors.length} type errors, the first: ${message}`);
  }
  return {
    edit() {
      version++;
      text = `${original}\n// edit ${version}\n`;
      const t = performance.now();
      ls.getSemanticDiagnostics(root);
      return performance.now() - t;
    },
  };
}

/** Median milliseconds of an edit and re-check of each program, over `rounds` rounds in turns. */
export function editorRecheck(programs: readonly Program[], rounds: number): number[] {
  const services = programs.map(service);
  const times = programs.map(() => [] as number[]);
  // A few rounds to warm the compiler's code up, left out of the medians.
  for (let r = 0; r < 5; r++) for (const s of services) s.edit();
  for (let r = 0; r < rounds; r++) services.forEach((s, i) => times[i]!.push(s.edit()));
  return times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]!);
}
