/**
 * The operations of a Path Item: its fixed method fields (`get` … `trace`, and OpenAPI 3.2's
 * `query`), then 3.2's `additionalOperations` (method token → Operation), in that order. One walk
 * for the structure check and the parser, so that they never disagree on what an operation is.
 *
 * @see https://spec.openapis.org/oas/v3.2.0#path-item-object
 */
import { FIXED_METHODS, TOKEN_CHAR, type HttpMethod } from '../ir/ir.js';
import { followRefs } from './follow-refs.js';
import type { Place, SpecSet } from './load-spec.js';

export interface PathItemOperation {
  readonly method: HttpMethod;
  readonly operation: unknown;
  /** Pointer tokens from the path item: `['get']` or `['additionalOperations', 'LINK']`. */
  readonly tokens: readonly string[];
}

/** RFC 9110 `token`: what an HTTP method may be. */
export const METHOD_TOKEN = new RegExp(`^${TOKEN_CHAR}+$`);

export function pathItemOperations(pathItem: Readonly<Record<string, unknown>>): PathItemOperation[] {
  const out: PathItemOperation[] = [];
  for (const method of FIXED_METHODS) {
    if (Object.prototype.hasOwnProperty.call(pathItem, method) && pathItem[method] !== undefined)
      out.push({ method, operation: pathItem[method], tokens: [method] });
  }
  const extra = pathItem['additionalOperations'];
  if (typeof extra === 'object' && extra !== null && !Array.isArray(extra)) {
    for (const [method, operation] of Object.entries(extra))
      out.push({ method, operation, tokens: ['additionalOperations', method] });
  }
  return out;
}

/**
 * A path item's operations, each followed through `$ref` to where it is written: OpenAPI gives the
 * Operation Object no `$ref`, but split specs write one (DigitalOcean's `get: {$ref: resources/…yml}`)
 * and Redocly follows it. The structure check, the parser and lint walk operations through this.
 */
export function followedOperations(
  spec: SpecSet,
  pathItem: Readonly<Record<string, unknown>>,
  place: Place,
): Array<{ readonly method: HttpMethod; readonly operation: unknown; readonly place: Place }> {
  return pathItemOperations(pathItem).map(({ method, operation, tokens }) => {
    const end = followRefs(spec, operation, { file: place.file, pointer: [...place.pointer, ...tokens] });
    return { method, operation: end.value, place: end.place };
  });
}
