/**
 * One parsed spec file: its data and a way back from a JSON pointer to a line and column.
 *
 * YAML files are parsed once with the `yaml` package's `LineCounter`, keeping the document for
 * position lookups. JSON files are parsed with `JSON.parse` (several times faster on multi-megabyte
 * specs) and re-parsed with `yaml` only if a diagnostic needs a position.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SpecforgeError, type SourceLocation } from '../diagnostics.js';
import { depthExceededAt, jsonIndex, jsonOffset, lineColumn, lineIndex } from './json-positions.js';
import { duplicateJsonKeys } from './json-duplicates.js';

/** Diagnostics placed in a JSON file by scanning before it is indexed once (json-positions.ts). */
const INDEX_AFTER = 3;

/** Above this size a JSON syntax error is placed from V8's offset, not re-parsed as YAML. */
const LARGE_JSON = 4 * 1024 * 1024;
/**
 * Nesting past this is refused before parsing: far deeper than any spec (schemas may nest 256
 * inline levels, a `const` value is refused later past 256 with its own located error), and low
 * enough that a hostile document never gets built.
 */
const MAX_DOCUMENT_DEPTH = 10_000;

let yamlPackage: typeof import('yaml') | undefined;

/**
 * The `yaml` package, loaded on first use: a run whose YAML takes js-yaml's path and needs no
 * position never loads it (it adds ~8 MB to the process; test/cli/lazy-dependencies.test.ts).
 */
function yaml(): typeof import('yaml') {
  return (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

/** A loaded file. `data` is never mutated by any stage. */
export interface SourceFile {
  /** Absolute path (the identity used in schema IDs). */
  readonly absolutePath: string;
  /** The path shown in diagnostics (relative to the working directory when inside it). */
  readonly displayPath: string;
  readonly data: unknown;
  /** The location of the node at `pointer` (or of its nearest existing ancestor). */
  locate(pointer: readonly string[]): SourceLocation;
  /** Keys a JSON file repeats in one object (`JSON.parse` keeps the last); YAML refuses them instead. */
  readonly duplicateKeys?: readonly { readonly key: string; readonly at: SourceLocation }[];
  /**
   * Why a file that looks like JSON is not, when YAML reads it all the same (YAML 1.2 holds JSON):
   * `{"a": 1, "b": }` is YAML for `b: null`, a value the author never wrote.
   */
  readonly notJson?: { readonly message: string; readonly at: SourceLocation };
  /** Read as YAML, whose plain scalars make `4.1` a number and `yes` a string (an enum's type is read by them). */
  readonly yaml?: true;
}

/** Path for messages: relative to the working directory when that is shorter. */
export function displayPathOf(absolutePath: string): string {
  const rel = path.relative(process.cwd(), absolutePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolutePath;
}

/** YAML alias expansion is capped so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 1000;

/** Parses file text; throws `SpecforgeError` at the syntax error's position. */
export function parseSourceFile(absolutePath: string, text: string): SourceFile {
  const displayPath = displayPathOf(absolutePath);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const looksJson = /^\s*[{[]/.test(text);
  if (looksJson) {
    const tooDeep = depthExceededAt(text, MAX_DOCUMENT_DEPTH);
    if (tooDeep >= 0) {
      throw new SpecforgeError(`document is nested too deeply to parse: more than ${MAX_DOCUMENT_DEPTH} levels`, {
        file: displayPath,
        ...lineColumn(text, tooDeep),
      });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      // V8 names the offset of a JSON syntax error; report it there. Small files go through the
      // YAML parser instead, whose messages are friendlier (JSON is a subset of YAML 1.2).
      const at = /at position (\d+)/.exec((error as Error).message);
      const end = /end of JSON input/.test((error as Error).message) ? text.length : 0;
      const { line, column } = lineColumn(text, at ? Number(at[1]) : end);
      if (text.length > LARGE_JSON || (at && !(error instanceof SyntaxError)))
        throw new SpecforgeError(`invalid JSON: ${(error as Error).message}`, { file: displayPath, line, column });
      // V8's message without its position (given as line and column) or its quote of the text.
      const message = (error as Error).message.replace(/ in JSON at position \d+.*$|, (\.\.\.)?".*$/s, '');
      return {
        ...parseYaml(absolutePath, displayPath, text),
        notJson: { message, at: { file: displayPath, line, column } },
      };
    }
    // A few diagnostics scan the text each; from the fourth on, one scan indexes every value.
    let located = 0;
    let index: ((pointer: readonly string[]) => number) | null | undefined;
    let lines: ((offset: number) => { line: number; column: number }) | undefined;
    const duplicates = duplicateJsonKeys(text);
    return {
      absolutePath,
      displayPath,
      data,
      ...(duplicates.length > 0
        ? {
            duplicateKeys: duplicates.map(({ key, offset }) => ({
              key,
              at: { file: displayPath, ...lineColumn(text, offset) },
            })),
          }
        : {}),
      locate(pointer) {
        if (++located > INDEX_AFTER && index === undefined) {
          index = jsonIndex(text) ?? null;
          lines = lineIndex(text);
        }
        const offset = index ? index(pointer) : jsonOffset(text, pointer);
        const { line, column } = lines ? lines(offset) : lineColumn(text, offset);
        return { file: displayPath, line, column };
      },
    };
  }
  return parseYamlFast(absolutePath, displayPath, text) ?? parseYaml(absolutePath, displayPath, text);
}

/**
 * The common path for YAML: js-yaml builds the data several times faster than the `yaml`
 * package's document model (Clerk, 600 KB: ~60 ms vs ~260 ms), and the position-keeping parse runs
 * only if a diagnostic needs a line and column. Documents with anchors take the `yaml` path, whose
 * alias cap stops "billion laughs" expansion; any js-yaml error also falls back to it, so syntax
 * errors are reported (and placed) the same way.
 */
function parseYamlFast(absolutePath: string, displayPath: string, text: string): SourceFile | undefined {
  // Anchors and merge keys (`<<: *base`, YAML 1.1, common in hand-written specs) take the `yaml` path.
  if (/(^|[\s[{,:-])&[^\s]/m.test(text) || /(^|[\s{,])<<\s*:/m.test(text)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  let positions: YamlPositions | undefined;
  return {
    absolutePath,
    displayPath,
    data,
    yaml: true,
    locate(pointer) {
      positions ??= yamlPositions(text);
      return positions.locate(displayPath, pointer);
    },
  };
}

function parseYaml(absolutePath: string, displayPath: string, text: string): SourceFile {
  const positions = yamlPositions(text);
  const { doc, lineCounter } = positions;
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    const message = first.message.split('\n')[0] ?? first.message;
    throw new SpecforgeError(`invalid YAML: ${message}`, { file: displayPath, line: pos.line, column: pos.col });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new SpecforgeError(`invalid YAML: ${(error as Error).message}`, { file: displayPath, line: 1, column: 1 });
  }
  return { absolutePath, displayPath, data, yaml: true, locate: (pointer) => positions.locate(displayPath, pointer) };
}

interface YamlPositions {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  locate(displayPath: string, pointer: readonly string[]): SourceLocation;
}

function yamlPositions(text: string): YamlPositions {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // `merge`: YAML 1.2 dropped `<<` merge keys, but specs written against YAML 1.1 tools (js-yaml,
  // Swagger UI) use them; without it `<<` stays a literal key and the merged keywords are lost.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, strict: false, uniqueKeys: true, merge: true });
  return {
    doc,
    lineCounter,
    locate(displayPath, pointer) {
      let node: unknown = doc.contents;
      let offset = (node as Node | null)?.range?.[0] ?? 0;
      for (const segment of pointer) {
        const next = childNode(node, segment);
        if (!next) break;
        node = next.node;
        offset = next.offset;
      }
      const pos = lineCounter.linePos(offset);
      return { file: displayPath, line: pos.line, column: pos.col };
    },
  };
}

function childNode(node: unknown, segment: string): { node: unknown; offset: number } | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (k !== segment) continue;
      const value = pair.value as Node | null;
      const keyNode = pair.key as Node | null;
      return { node: value, offset: value?.range?.[0] ?? keyNode?.range?.[0] ?? 0 };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item?.range ? { node: item, offset: item.range[0] } : undefined;
  }
  return undefined;
}
