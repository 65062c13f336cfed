/**
 * JSON Schema identifiers inside the loaded files, so `$ref`s can name schemas the way JSON Schema
 * 2020-12 (OpenAPI 3.1's dialect) lets them: by an `$id` URI (`https://example.com/user.json`,
 * `urn:uuid:…`), by an `$anchor` or `$dynamicAnchor` name (`#user`), and with pointers relative to
 * the nearest enclosing `$id` (`#/$defs/x` inside a schema that has one).
 *
 * Only what the documents themselves identify is found here: a URI no schema declares is still a
 * file or network address (load-spec.ts). Files without identifiers (nearly all real specs) get no
 * index at all, and their `$ref`s resolve exactly as before.
 *
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-8.2
 */
import { pathToFileURL } from 'node:url';
import { SpecforgeError, quote } from '../diagnostics.js';
import { formatPointer, isRemoteAddress } from './refs.js';
import type { SourceFile } from './source-file.js';

/** Where an identifier points: a file and a pointer inside it. */
export interface Target {
  readonly file: SourceFile;
  readonly pointer: readonly string[];
}

/**
 * Cheap test on a file's text before walking it: most specs never write these keywords
 * (`$recursiveAnchor`: parse-schema.ts recursiveRefTarget asks for the resource roots the walk finds).
 */
export const MAY_DECLARE_IDENTIFIERS = /"?\$(?:id|anchor|dynamicAnchor|recursiveAnchor|self)"?\s*:/;

/**
 * Keywords whose value is a schema, a list of schemas, or a map of schemas (2020-12, plus 3.0's and 2019-09's
 * spellings).
 */
const SCHEMA_VALUE = new Set([
  'not',
  'if',
  'then',
  'else',
  'contains',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
  'items',
  'additionalItems',
  'contentSchema',
]);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const SCHEMA_MAP = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
]);
/** Keywords of OpenAPI objects whose value is a Schema Object (or a map of them). */
const OPENAPI_SCHEMA_VALUE = new Set(['schema', 'itemSchema']);
/** Instance data, never identifiers: a schema's examples, defaults, enums; extensions. */
const DATA = new Set(['example', 'examples', 'default', 'const', 'enum', 'value']);

/** Keywords that make a file's top-level object a schema (a file `$ref`'d as one), not an OpenAPI fragment. */
const SCHEMA_HINTS = [
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$defs',
  'type',
  'properties',
  'allOf',
  'anyOf',
  'oneOf',
  'items',
];

/** The identifiers of every loaded file, and the base URI at any place. */
export class SchemaResources {
  /** Absolute URI → target: each `$id` (without fragment) and each `uri#anchor`. */
  private readonly targets = new Map<string, Target>();
  /** Per file with identifiers: the base URI set at each `$id`'s pointer (joined with NUL). */
  private readonly bases = new Map<SourceFile, Map<string, string>>();
  private readonly fileUris = new Map<SourceFile, string>();
  /** Identifiers declared at two places (placed only if a `$ref` uses one: placing may re-parse a file). */
  private readonly ambiguous = new Map<string, { keyword: string; first: Target; second: Target }>();
  /** Each `$dynamicAnchor` name: the schema resources that declare it, and where. */
  private readonly dynamicAnchors = new Map<string, Map<string, Target>>();
  /**
   * Per walked file: the schema resource each resource root starts, by its pointer (joined with
   * NUL). A root is a schema with an `$id`, or a Schema Object the OpenAPI document holds (a
   * component, an operation's body or parameter schema): see `resourceOf`.
   */
  private readonly roots = new Map<SourceFile, Map<string, string>>();

  /** Indexes a freshly loaded file. `text` decides whether it needs walking at all. */
  add(file: SourceFile, text: string): void {
    const uri = fileUri(file);
    this.fileUris.set(file, uri);
    if (!MAY_DECLARE_IDENTIFIERS.test(text)) return;
    const data = file.data as Record<string, unknown> | null;
    const isRoot = typeof data === 'object' && data !== null && !Array.isArray(data) && 'openapi' in data;
    // OpenAPI 3.2's `$self` gives the document its own base URI.
    const self = isRoot && typeof data['$self'] === 'string' ? resolveUri(data['$self'], uri) : undefined;
    const base = self ?? uri;
    const bases = new Map<string, string>();
    if (self) {
      bases.set('', stripFragment(self));
      this.declare(stripFragment(self), { file, pointer: [] }, '$self');
    }
    const asSchema = !isRoot && typeof data === 'object' && data !== null && SCHEMA_HINTS.some((k) => k in data);
    const before = this.targets.size;
    const roots = new Map<string, string>();
    this.walk(file, data, base, asSchema, bases, roots);
    if (bases.size > 0 || this.targets.size > before) this.bases.set(file, bases);
    if (roots.size > 0) this.roots.set(file, roots);
  }

  /** Whether any loaded file declares an identifier: otherwise every `$ref` is a file address. */
  get any(): boolean {
    return this.targets.size > 0;
  }

  /**
   * The target of `ref` written at `at`, when a declared identifier names it (or a pointer is
   * relative to one); undefined otherwise, so the caller resolves it as a file address.
   */
  resolve(ref: string, at: Target): Target | undefined {
    const scope = this.scopeAt(at);
    let url: URL;
    let fragment: string;
    try {
      url = new URL(ref, scope.base);
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return undefined;
    }
    const isPointer = fragment === '' || fragment.startsWith('/');
    const pointer =
      isPointer && fragment !== ''
        ? fragment
            .slice(1)
            .split('/')
            .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        : [];
    // `#/…` means the schema resource the $ref is in: found by position, so even a resource whose
    // $id is declared twice is no ambiguity here.
    if (ref.startsWith('#') && isPointer) return scope.root && { file: at.file, pointer: [...scope.root, ...pointer] };
    // `#name` names the anchor of the $ref's own resource first (two components may each bind one).
    if (ref.startsWith('#')) {
      const own = `${this.resourceOf(at)}#${fragment}`;
      if (this.targets.has(own) && !this.ambiguous.has(own)) return this.targets.get(own);
    }
    url.hash = '';
    const key = isPointer ? url.href : `${url.href}#${fragment}`;
    const twice = this.ambiguous.get(key);
    if (twice) {
      const places = `at ${where(twice.first)} and at ${where(twice.second)}`;
      const why = `${twice.keyword} ${quote(key)} is declared twice, ${places}`;
      const keyword = at.pointer[at.pointer.length - 1]?.startsWith('$') ? at.pointer[at.pointer.length - 1] : '$ref';
      throw new SpecforgeError(`${keyword} ${quote(ref)} is ambiguous: ${why}`, at.file.locate(at.pointer));
    }
    const target = this.targets.get(key);
    return target && isPointer ? { file: target.file, pointer: [...target.pointer, ...pointer] } : target;
  }

  /**
   * The schema resources that declare `$dynamicAnchor: name`, and the schema each names (in walk order: deterministic).
   */
  dynamicAnchorTargets(name: string): Array<{ readonly resource: string; readonly target: Target }> {
    return [...(this.dynamicAnchors.get(name) ?? [])].map(([resource, target]) => ({ resource, target }));
  }

  /**
   * The schema resource `at` is in, for the dynamic scope: that of the nearest resource root, else
   * the file's. JSON Schema makes the whole OpenAPI document one resource, so every component's
   * `$dynamicAnchor` would bind every `$dynamicRef` (and two components binding one generic would
   * clash); a Schema Object the document holds is taken as a resource of its own instead, as the
   * generics OpenAPI 3.1.1 and 3.2 describe need (each wrapper binds its own item type).
   */
  resourceOf(at: Target): string {
    return nearest(this.roots.get(at.file), at.pointer)?.value ?? this.fileUris.get(at.file) ?? fileUri(at.file);
  }

  /** The pointer of the nearest resource root enclosing `at` (`at` itself included), if any. */
  resourceRootOf(at: Target): readonly string[] | undefined {
    const found = nearest(this.roots.get(at.file), at.pointer);
    return found && at.pointer.slice(0, found.depth);
  }

  /** The resource `at` starts, when it is a resource root (see `resourceOf`). */
  resourceRootAt(at: Target): string | undefined {
    return this.roots.get(at.file)?.get(at.pointer.join('\0'));
  }

  /** Whether a `$ref`'s address (its part before `#`) names a declared resource, so there is no file to load. */
  names(address: string, at: Target): boolean {
    return this.any && this.resolve(address, at) !== undefined;
  }

  /**
   * The base URI in effect at `at`, and the pointer of the schema that set it: the nearest
   * enclosing `$id` (or `$self`); else the file's own URI, and no root (the file is the resource).
   */
  private scopeAt(at: Target): { base: string; root?: readonly string[] } {
    const found = nearest(this.bases.get(at.file), at.pointer);
    return found
      ? { base: found.value, root: at.pointer.slice(0, found.depth) }
      : { base: this.fileUris.get(at.file) ?? fileUri(at.file) };
  }

  /**
   * Walks `data` iteratively. In a schema only schema-valued keywords are entered (an `$id` inside
   * an unknown keyword or an `enum` is data, JSON Schema says); elsewhere every key but instance
   * data and extensions is, and `schema`/`schemas` lead into schemas.
   */
  private walk(
    file: SourceFile,
    data: unknown,
    rootBase: string,
    rootIsSchema: boolean,
    bases: Map<string, string>,
    roots: Map<string, string>,
  ): void {
    interface Item {
      readonly value: unknown;
      readonly pointer: readonly string[];
      readonly base: string;
      readonly schema: boolean;
      /** The resource the value is in (for `$dynamicAnchor`s); a Schema Object the document holds starts one. */
      readonly resource: string;
    }
    const stack: Item[] = [{ value: data, pointer: [], base: rootBase, schema: rootIsSchema, resource: rootBase }];
    const uri = this.fileUris.get(file)!;
    // A Schema Object the OpenAPI document (not a schema) holds: a resource root of its own.
    const schemaRoot = (value: unknown, pointer: readonly string[], base: string): Item => {
      const resource = `${uri}#${formatPointer(pointer)}`;
      roots.set(pointer.join('\0'), resource);
      return { value, pointer, base, schema: true, resource };
    };
    while (stack.length > 0) {
      const { value, pointer, base: outer, schema, resource: outerResource } = stack.pop()!;
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        value.forEach((item, i) =>
          stack.push({ value: item, pointer: [...pointer, String(i)], base: outer, schema, resource: outerResource }),
        );
        continue;
      }
      const record = value as Record<string, unknown>;
      let base = outer;
      let resource = outerResource;
      if (typeof record['$id'] === 'string') {
        base = this.declareId(record['$id'], outer, file, pointer, bases);
        if (base !== outer) {
          resource = base;
          roots.set(pointer.join('\0'), resource);
        }
      }
      for (const key of ['$anchor', '$dynamicAnchor']) {
        const name = record[key];
        if (typeof name !== 'string') continue;
        this.declare(`${stripFragment(base)}#${name}`, { file, pointer }, key);
        // Also by resource, so `#name` finds the one of its own Schema Object first.
        if (resource !== stripFragment(base)) this.declare(`${resource}#${name}`, { file, pointer }, key);
      }
      const dynamic = record['$dynamicAnchor'];
      if (typeof dynamic === 'string') {
        if (!this.dynamicAnchors.has(dynamic)) this.dynamicAnchors.set(dynamic, new Map());
        const declared = this.dynamicAnchors.get(dynamic)!;
        if (!declared.has(resource)) declared.set(resource, { file, pointer });
      }
      for (const [key, child] of Object.entries(record)) {
        const at = [...pointer, key];
        if (schema) {
          if (SCHEMA_VALUE.has(key) || SCHEMA_LIST.has(key))
            stack.push({ value: child, pointer: at, base, schema: true, resource });
          else if (SCHEMA_MAP.has(key) && typeof child === 'object' && child !== null) {
            for (const [name, member] of Object.entries(child))
              stack.push({ value: member, pointer: [...at, name], base, schema: true, resource });
          }
        } else if (OPENAPI_SCHEMA_VALUE.has(key)) stack.push(schemaRoot(child, at, base));
        else if (key === 'schemas' && typeof child === 'object' && child !== null && !Array.isArray(child)) {
          for (const [name, member] of Object.entries(child)) stack.push(schemaRoot(member, [...at, name], base));
        } else if (!DATA.has(key) && !key.startsWith('x-'))
          stack.push({ value: child, pointer: at, base, schema: false, resource });
      }
    }
  }

  /**
   * An `$id`: the schema's new base URI, and a name for it. A fragment is no part of a 2020-12
   * `$id`; a draft-07 one (`#foo`, `other.json#foo`) is read as the anchor it meant there.
   */
  private declareId(
    id: string,
    outer: string,
    file: SourceFile,
    pointer: readonly string[],
    bases: Map<string, string>,
  ): string {
    // One that is no URI reference (`http://[x`) names nothing, and generating does not depend on it.
    const absolute = resolveUri(id, outer);
    if (absolute === undefined) return outer;
    const hash = absolute.indexOf('#');
    const base = hash === -1 ? absolute : absolute.slice(0, hash);
    const fragment = hash === -1 ? '' : absolute.slice(hash + 1);
    if (fragment !== '') this.declare(absolute, { file, pointer }, '$id');
    // `''` or `#` (or `#foo`) changes no base: this schema is no new resource.
    if (base === stripFragment(outer)) return outer;
    bases.set(pointer.join('\0'), base);
    this.declare(base, { file, pointer }, '$id');
    return base;
  }

  /**
   * Records an identifier. One declared twice (copy-pasted `$id`s happen) is only an error where a
   * `$ref` uses it: until then nothing depends on which one it means.
   */
  private declare(uri: string, target: Target, keyword: string): void {
    const known = this.targets.get(uri);
    if (known && (known.file !== target.file || known.pointer.join('\0') !== target.pointer.join('\0'))) {
      this.ambiguous.set(uri, { keyword, first: known, second: target });
      return;
    }
    this.targets.set(uri, target);
  }
}

/** The entry of `byPointer` (keyed by pointers joined with NUL) nearest above or at `pointer`, and its depth. */
function nearest(
  byPointer: ReadonlyMap<string, string> | undefined,
  pointer: readonly string[],
): { value: string; depth: number } | undefined {
  if (!byPointer || byPointer.size === 0) return undefined;
  for (let n = pointer.length; n >= 0; n--) {
    const value = byPointer.get(pointer.slice(0, n).join('\0'));
    if (value !== undefined) return { value, depth: n };
  }
  return undefined;
}

function where(target: Target): string {
  const { file, line, column } = target.file.locate(target.pointer);
  return `${file}:${line}:${column}`;
}

function fileUri(file: SourceFile): string {
  return isRemoteAddress(file.absolutePath) ? file.absolutePath : pathToFileURL(file.absolutePath).href;
}

function resolveUri(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

function stripFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}
