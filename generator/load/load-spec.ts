/**
 * Loads an OpenAPI document and every file its `$ref`s reach, before any parsing, so later stages
 * are pure and synchronous. The only file and network I/O of the generator's input side is here.
 *
 * Refuses `$ref`s that leave the root document's folder and network `$ref`s unless explicitly
 * allowed, inputs larger than `maxBytes`, and documents that are not OpenAPI 3.0, 3.1 or 3.2, or
 * Swagger 2.0, which is read as the 3.0 document it converts to (swagger-2.ts).
 */
import { realpath } from 'node:fs/promises';
import { mapLimit } from '../map-limit.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpecforgeError, type SourceLocation, quote } from '../diagnostics.js';
import { displayPathOf, parseSourceFile, type SourceFile } from './source-file.js';
import { forEachExternalRef, formatPointer, isRemoteAddress, parseRef } from './refs.js';
import { SchemaResources } from './schema-resources.js';
import { readLocalFile, readRemote } from './read-input.js';
import { isInside } from '../paths.js';
import { fromSwagger2, isSwagger2 } from './swagger-2.js';

export interface LoadOptions {
  /** Follow `$ref`s to files outside the root document's folder. Default false. */
  readonly allowExternalRefs?: boolean;
  /** Fetch `$ref`s with an `http(s)://` address. Default false. */
  readonly allowRemoteRefs?: boolean;
  /** Refuse any single input file larger than this. Default 64 MiB. */
  readonly maxBytes?: number;
  /**
   * Read an operationId used before as a warning, not an error: the later operation's names take a
   * suffix. For specs converted from gRPC, where one RPC is bound to several routes. Default false.
   */
  readonly allowDuplicateOperationIds?: boolean;
}

/** A node in a loaded file. */
export interface Place {
  readonly file: SourceFile;
  readonly pointer: readonly string[];
}

/** The loaded input: the root document and every file it references. */
export interface SpecSet {
  readonly root: SourceFile;
  readonly files: ReadonlyMap<string, SourceFile>;
  /** `3.0` or `3.1`: what differs between them is folded into the model by the parser. */
  readonly version: '3.0' | '3.1' | '3.2';
  /**
   * Resolves a `$ref` string found at `at` (the place of the string itself); throws there when the target is missing.
   */
  resolveRef(ref: string, at: Place): Place & { readonly value: unknown };
  /** The file position of a place. */
  locate(place: Place): SourceLocation;
  /** The schema resources that declare `$dynamicAnchor: name`, and the schema each names (schema-resources.ts). */
  dynamicAnchors(name: string): ReadonlyArray<{ readonly resource: string; readonly place: Place }>;
  /** The schema resource a place is in, for the dynamic scope (schema-resources.ts). */
  resourceOf(place: Place): string;
  /** The schema resource a place starts, when it is a resource root. */
  resourceRootAt(place: Place): string | undefined;
  /** The nearest resource root enclosing a place (the place itself included), if any. */
  resourceRootOf(place: Place): Place | undefined;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Files read at once: enough to keep the disk busy, few enough to stay far from fd limits. */
const READ_CONCURRENCY = 16;

/** Loads `entry` and everything it references. */
export async function loadSpec(entry: string, options: LoadOptions = {}): Promise<SpecSet> {
  const rootPath = path.resolve(entry);
  const rootDir = path.dirname(rootPath);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = new Map<string, SourceFile>();
  const resources = new SchemaResources();
  // Containment is judged on real paths: a symlink inside the folder may point out of it.
  const realRootDir = await realpath(rootDir).catch(() => rootDir);
  const contained = options.allowExternalRefs ? undefined : realRootDir;
  const { file, text: rootText } = await readSource(rootPath, maxBytes, undefined, undefined);
  const root = isSwagger2(file.data) ? await fromSwagger2(file) : file;
  files.set(rootPath, root);
  const version = checkOpenApiVersion(root);
  resources.add(root, rootText);
  const unresolved = await loadReferenced(root, { files, resources, rootDir, options, maxBytes, contained });
  for (const { address, at } of unresolved) {
    if (resources.names(address, at)) continue;
    if (isRemoteAddress(address)) addressOf(address, at.file, at, rootDir, options); // refuses it
    throw new SpecforgeError(
      `$ref ${quote(address)}: no schema declares this $id, and it is no file or network address`,
      at.file.locate(at.pointer),
    );
  }
  return specSet(root, version, files, resources, rootDir, options);
}

/** What loading the referenced files shares. */
interface Loading {
  readonly files: Map<string, SourceFile>;
  readonly resources: SchemaResources;
  readonly rootDir: string;
  readonly options: LoadOptions;
  readonly maxBytes: number;
  /** The folder files must stay in (real path), unless external refs are allowed. */
  readonly contained: string | undefined;
}

/**
 * Loads every file the root references, breadth-first, so every external document is loaded once.
 * Returns the URIs that are no file (`https://…` without --allow-remote-refs, `urn:…`): they wait
 * until every file is loaded, as an `$id` in a file loaded later may declare them.
 */
async function loadReferenced(root: SourceFile, l: Loading): Promise<Array<{ address: string; at: Place }>> {
  const queue: SourceFile[] = [root];
  const unresolved: Array<{ address: string; at: Place }> = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const pending: Array<{ target: string; at: Place }> = [];
    forEachExternalRef(file.data, (ref, pointer) => {
      const place: Place = { file, pointer };
      const address = ref.split('#')[0]!;
      // An address an `$id` declares names a schema already loaded, not a file.
      if (address === '' || l.resources.names(address, place)) return;
      if (isNonFileUri(address) && !(l.options.allowRemoteRefs && isRemoteAddress(address))) {
        unresolved.push({ address, at: place });
        return;
      }
      const target = addressOf(address, file, place, l.rootDir, l.options);
      if (!l.files.has(target)) pending.push({ target, at: place });
    });
    // Read a file's new targets concurrently (reading one at a time left the process idle ~40% of
    // the load on a 2,000-file spec), but add them in $ref order, so the result is deterministic.
    const unique = [...new Map(pending.map((p) => [p.target, p])).values()];
    const loaded = await mapLimit(unique, READ_CONCURRENCY, ({ target, at }) =>
      readSource(target, l.maxBytes, at, l.contained),
    );
    unique.forEach(({ target }, i) => {
      l.files.set(target, loaded[i]!.file);
      l.resources.add(loaded[i]!.file, loaded[i]!.text);
      queue.push(loaded[i]!.file);
    });
  }
  return unresolved;
}

/** The loaded spec: its files, and how a `$ref` or a place resolves among them. */
function specSet(
  root: SourceFile,
  version: SpecSet['version'],
  files: Map<string, SourceFile>,
  resources: SchemaResources,
  rootDir: string,
  options: LoadOptions,
): SpecSet {
  const set: SpecSet = {
    root,
    files,
    version,
    locate: (place) => place.file.locate(place.pointer),
    dynamicAnchors: (name) =>
      resources.dynamicAnchorTargets(name).map(({ resource, target }) => ({ resource, place: target })),
    resourceOf: (place) => resources.resourceOf(place),
    resourceRootAt: (place) => resources.resourceRootAt(place),
    resourceRootOf: (place) => {
      const pointer = resources.resourceRootOf(place);
      return pointer && { file: place.file, pointer };
    },
    resolveRef(ref, at) {
      // A URI or anchor an `$id`/`$anchor` declares, or a pointer inside such a schema. A pointer
      // it does not hold falls back to the file: authors of `$id`'d components still write
      // `#/components/schemas/X` meaning the document, and tools resolve it so.
      const declared = resources.any ? resources.resolve(ref, at) : undefined;
      if (declared) {
        const value = valueAt(declared.file.data, declared.pointer);
        if (value !== undefined) return { ...declared, value };
      }
      const parsed = parseRef(ref);
      if (!parsed) throw new SpecforgeError(unsupportedRef(ref), at.file.locate(at.pointer));
      const file =
        parsed.address === '' ? at.file : files.get(addressOf(parsed.address, at.file, at, rootDir, options));
      if (!file) throw new SpecforgeError(`$ref ${quote(ref)}: file was not loaded`, at.file.locate(at.pointer));
      const value = valueAt(file.data, parsed.pointer);
      if (value !== undefined) return { file, pointer: parsed.pointer, value };
      const through = throughRefs(set, file, parsed.pointer);
      if (through) return through;
      const where = parsed.address === '' ? '' : ` in ${file.displayPath}`;
      throw new SpecforgeError(
        `$ref target ${formatPointer(parsed.pointer)} not found${where}`,
        at.file.locate(at.pointer),
      );
    },
  };
  return set;
}

/** How many `$ref`s a pointer may pass through (a bound for chains that lead back). */
const MAX_HOPS = 32;

/**
 * A pointer that passes through `$ref`s: `#/paths/~1a/get/…/schema/allOf/0` where `…/schema` is a
 * `$ref`. JSON Pointer does not follow them, but json-schema-ref-parser's `bundle` writes such
 * pointers (PagerDuty's published spec has them) and resolves them by following each `$ref` on the
 * way; so do we, when the plain pointer finds nothing. The place returned is where the value is.
 */
function throughRefs(
  spec: SpecSet,
  file: SourceFile,
  pointer: readonly string[],
): (Place & { readonly value: unknown }) | undefined {
  let place: { file: SourceFile; pointer: string[] } = { file, pointer: [] };
  let node: unknown = file.data;
  let hops = 0;
  for (const token of pointer) {
    while (isRefHolder(node) && !Object.hasOwn(node, token)) {
      if (++hops > MAX_HOPS) return undefined;
      const target = spec.resolveRef(node.$ref, { file: place.file, pointer: [...place.pointer, '$ref'] });
      place = { file: target.file, pointer: [...target.pointer] };
      node = target.value;
    }
    const next = valueAt(node, [token]);
    if (next === undefined) return undefined;
    node = next;
    place.pointer.push(token);
  }
  return { ...place, value: node };
}

function isRefHolder(v: unknown): v is { $ref: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { $ref?: unknown }).$ref === 'string';
}

/** Why a `$ref` whose fragment is not a JSON pointer (an `$anchor` name, `#user`) found nothing. */
function unsupportedRef(ref: string): string {
  const name = ref.slice(ref.indexOf('#') + 1);
  if (name.startsWith('/') || name.startsWith('%2F'))
    return `$ref ${JSON.stringify(ref)}: its fragment is not a well-formed JSON pointer (bad %-escape)`;
  return (
    `$ref ${JSON.stringify(ref)}: no schema declares $anchor ${JSON.stringify(name)} here (a fragment that is ` +
    `not a JSON pointer names an $anchor or $dynamicAnchor)`
  );
}

/** A URI with a scheme other than `file:` (a Windows drive letter is one letter, not a scheme). */
function isNonFileUri(address: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(address) && !/^file:/i.test(address);
}

/** The absolute path (or URL) a `$ref` address names, after the folder and network policy. */
function addressOf(address: string, from: SourceFile, at: Place, rootDir: string, options: LoadOptions): string {
  if (isRemoteAddress(address) || isRemoteAddress(from.absolutePath)) {
    if (!options.allowRemoteRefs) {
      throw new SpecforgeError(
        `network $ref ${quote(address)} refused (pass --allow-remote-refs to fetch it)`,
        from.locate(at.pointer),
      );
    }
    return new URL(address, isRemoteAddress(from.absolutePath) ? from.absolutePath : pathToFileURL(from.absolutePath))
      .href;
  }
  const decoded = address.startsWith('file://') ? new URL(address).pathname : decodeURI(address);
  const target = path.resolve(path.dirname(from.absolutePath), decoded);
  if (!options.allowExternalRefs && !isInside(target, rootDir)) {
    throw new SpecforgeError(
      `$ref ${JSON.stringify(address)} leaves the spec's folder (${displayPathOf(rootDir)}); pass ` +
        `--allow-external-refs to follow it`,
      from.locate(at.pointer),
    );
  }
  return target;
}

/**
 * Reads and parses a file; its text goes along once, for the identifier index's quick test. With
 * `contained`, a local file whose real path (symlinks followed) is outside that folder is refused.
 */
async function readSource(
  target: string,
  maxBytes: number,
  from: Place | undefined,
  contained: string | undefined,
): Promise<{ file: SourceFile; text: string }> {
  // Placing the referring $ref can mean a position-keeping re-parse of its file: only on error.
  const where = (): SourceLocation =>
    from ? from.file.locate(from.pointer) : { file: displayPathOf(target), line: 1, column: 1 };
  let text: string;
  try {
    if (/^https?:\/\//.test(target)) text = await readRemote(target, maxBytes);
    else {
      if (contained !== undefined) await refuseEscapingLink(target, contained, where);
      text = await readLocalFile(target, maxBytes);
    }
  } catch (error) {
    if (error instanceof SpecforgeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new SpecforgeError(
      from
        ? `cannot read $ref target ${displayPathOf(target)}: ${reason}`
        : `cannot read ${displayPathOf(target)}: ${reason}`,
      where(),
    );
  }
  try {
    return { file: parseSourceFile(target, text), text };
  } catch (error) {
    if (error instanceof RangeError) {
      throw new SpecforgeError(`document is nested too deeply to parse`, {
        file: displayPathOf(target),
        line: 1,
        column: 1,
      });
    }
    throw error;
  }
}

/** Refuses a file inside the spec's folder whose real path (a symlink's target) lies outside it. */
async function refuseEscapingLink(target: string, folder: string, where: () => SourceLocation): Promise<void> {
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return; // a missing file is reported by the read, with its reason
  }
  if (!isInside(real, folder)) {
    throw new SpecforgeError(
      `$ref target ${displayPathOf(target)} resolves through a symlink to a file outside the spec's folder ` +
        `(${displayPathOf(folder)}); pass --allow-external-refs to follow it`,
      where(),
    );
  }
}

function checkOpenApiVersion(root: SourceFile): '3.0' | '3.1' | '3.2' {
  const data = root.data as Record<string, unknown> | null;
  const start = { file: root.displayPath, line: 1, column: 1 };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    // YAML reads an empty file (or one of comments) as null: say so rather than what it lacks.
    const what =
      data === null || data === undefined ? 'the file holds no document' : 'expected a mapping at the top level';
    throw new SpecforgeError(`not an OpenAPI document: ${what}`, start);
  }
  if ('swagger' in data) {
    throw new SpecforgeError(
      `Swagger ${quote(data['swagger'])} is not supported: Swagger 2.0 is read (as "2.0", a string), and OpenAPI 3`,
      root.locate(['swagger']),
    );
  }
  const version = data['openapi'];
  if (version === undefined) throw new SpecforgeError('not an OpenAPI document: the `openapi` field is missing', start);
  const match = typeof version === 'string' ? /^3\.([012])\.\d+(-.+)?$/.exec(version) : null;
  if (!match) {
    throw new SpecforgeError(
      `unsupported OpenAPI version ${quote(version)}: expected 3.0.x, 3.1.x or 3.2.x`,
      root.locate(['openapi']),
    );
  }
  return `3.${match[1]}` as '3.0' | '3.1' | '3.2';
}

/** The value at a JSON pointer, or undefined. Never reads inherited properties. */
export function valueAt(data: unknown, pointer: readonly string[]): unknown {
  let node = data;
  for (const token of pointer) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
  }
  return node;
}
