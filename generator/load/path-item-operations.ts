/**
 * The operations of a Path Item: its fixed method fields (`get` … `trace`, and OpenAPI 3.2's
 * `query`), then 3.2's `additionalOperations` (method token → Operation), in that order. One walk
 * for the structure check and the parser, so that they never disagree on what an operation is.
 *
 * @see https://spec.openapis.org/oas/v3.2.0#path-item-object
 */
import { FIXED_METHODS, type HttpMethod } from '../ir/ir.js';

export interface PathItemOperation {
  readonly method: HttpMethod;
  readonly operation: unknown;
  /** Pointer tokens from the path item: `['get']` or `['additionalOperations', 'LINK']`. */
  readonly tokens: readonly string[];
}

/** RFC 9110 `token`: what an HTTP method may be. */
export const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

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
