/**
 * Per-run parser state: the loaded spec, the diagnostics, and the registry of named schemas that
 * `$ref`s discover. No module-level state: each `parseDocument` call makes its own context.
 */
import path from 'node:path';
import type { Diagnostics } from '../diagnostics.js';
import { formatPointer } from '../load/refs.js';
import { followRefs } from '../load/follow-refs.js';
import type { Place, SpecSet } from '../load/load-spec.js';
import type { SourceFile } from '../load/source-file.js';
import type { SchemaId } from '../ir/ir.js';
import type { PendingDiscriminator } from './type-tag-values.js';
import type { PendingComposition } from './contradictions.js';

/** A JSON object as the parsers read it. */
export type Json = Record<string, unknown>;

/** `v` when it is a JSON object, else an empty one: the parsers read absent and malformed alike. */
export const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

/** Whether `v` is a JSON object (not an array, not null). */
export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The place of a value inside the one at `place` (`tokens` are its pointer's further steps). */
export function child(place: Place, ...tokens: string[]): Place {
  return { file: place.file, pointer: [...place.pointer, ...tokens] };
}

export interface PendingSchema {
  readonly id: SchemaId;
  readonly place: Place;
  readonly value: unknown;
}

export interface ParseContext {
  readonly spec: SpecSet;
  readonly diagnostics: Diagnostics;
  /**
   * Registers the target of a schema `$ref` as a named schema and returns its ID. `holder` is the
   * object that contains the `$ref` key (or, with `holderIsRef` false, the ref string's own place).
   */
  schemaRef(ref: string, holder: Place, holderIsRef?: boolean): SchemaId;
  /** Registers the schema at a place as a named schema and returns its ID. */
  schemaAt(target: Place & { readonly value: unknown }): SchemaId;
  /** Whether some `$dynamicRef` binds by dynamic scope (named schemas then record their resource). */
  dynamicScope: boolean;
  /** Follows a non-schema `$ref` chain (parameters, responses, …) to the object it names. */
  deref(value: unknown, place: Place): { value: unknown; place: Place };
  /** Named schemas found so far, in discovery order; the parser drains it. */
  readonly pending: PendingSchema[];
  readonly known: Map<SchemaId, PendingSchema>;
  /** Discriminators parsed so far, whose mapping keys are typed once every schema is parsed (tag-values.ts). */
  readonly discriminators: PendingDiscriminator[];
  /** Schemas of several parts (`type` and `allOf`…), whose types are compared once every schema is parsed. */
  readonly compositions: PendingComposition[];
  /** `oneOf`s without a discriminator, whose alternatives are compared once every schema is parsed. */
  readonly oneOfs: PendingComposition[];
  /** How many inline schemas enclose the one being parsed (parse-schema.ts bounds it). */
  depth: number;
  /**
   * Header parameters OpenAPI says to ignore, by lower-cased name: the first declaration and how
   * many there are, warned about once each when parsing is done (parse-operations.ts).
   */
  readonly ignoredHeaders: Map<string, { readonly name: string; readonly place: Place; count: number }>;
}

/** The schema ID of a place: `#/pointer` in the root file, `rel/path.yaml#/pointer` elsewhere. */
export function schemaIdOf(spec: SpecSet, place: Place): SchemaId {
  const file = place.file === spec.root ? '' : relativeKey(spec, place.file.absolutePath);
  return file + formatPointer(place.pointer);
}

/** Where a named schema is written: its ID (`file#pointer`, the file relative to the root's folder) read back. */
export function schemaPlaces(spec: SpecSet): (id: SchemaId) => Place | undefined {
  const files = new Map<string, SourceFile>();
  for (const file of spec.files.values()) files.set(schemaIdOf(spec, { file, pointer: [] }).slice(0, -1), file);
  return (id) => {
    const hash = id.indexOf('#');
    const file = files.get(id.slice(0, hash));
    const rest = id.slice(hash + 2);
    const pointer = rest === '' ? [] : rest.split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    return file ? { file, pointer } : undefined;
  };
}

function relativeKey(spec: SpecSet, absolutePath: string): string {
  if (/^[a-z]+:\/\//i.test(absolutePath)) return absolutePath;
  return path.relative(path.dirname(spec.root.absolutePath), absolutePath).split(path.sep).join('/');
}

export function createParseContext(spec: SpecSet, diagnostics: Diagnostics): ParseContext {
  const known = new Map<SchemaId, PendingSchema>();
  const pending: PendingSchema[] = [];
  const ctx: ParseContext = {
    spec,
    diagnostics,
    pending,
    known,
    depth: 0,
    dynamicScope: false,
    discriminators: [],
    compositions: [],
    oneOfs: [],
    ignoredHeaders: new Map(),
    schemaRef(ref, holder, holderIsRef = true) {
      const at = holderIsRef ? { file: holder.file, pointer: [...holder.pointer, '$ref'] } : holder;
      return ctx.schemaAt(spec.resolveRef(ref, at));
    },
    schemaAt(target) {
      const id = schemaIdOf(spec, target);
      if (!known.has(id)) {
        const entry = { id, place: { file: target.file, pointer: target.pointer }, value: target.value };
        known.set(id, entry);
        pending.push(entry);
      }
      return id;
    },
    deref: (value, place) => followRefs(spec, value, place),
  };
  return ctx;
}
