/**
 * Which operations page, and how. Two conventions are recognised from the spec alone:
 * - link paging (Journyx, OData): the success body is an object with a next-link string
 *   (`@nextLink`, `@odata.nextLink`, `nextLink`, `next`) and an items array;
 * - page numbers (Clockify): a `page` query parameter and a page-size one, with a bare-array
 *   body (or an object with one items array); the last page is the first short one.
 */
import type { ApiModel, KeywordSchemaNode, OperationNode, SchemaNode } from '../model/ir.js';
import { isSuccessStatus, preferredMediaType } from '../model/media-types.js';

export type PaginationNode =
  | { readonly kind: 'nextLink'; readonly items: string; readonly next: string }
  | { readonly kind: 'page'; readonly page: string; readonly size: string; readonly defaultSize: number; readonly items?: string };

const NEXT_FIELDS = ['@nextLink', '@odata.nextLink', 'nextLink', 'next'];
const ITEM_FIELDS = ['results', 'items', 'data', 'value', 'records'];
const SIZE_PARAMS = ['page-size', 'pageSize', 'page_size', 'per_page', 'perPage', 'size', 'limit'];

/** Pagination by operation pointer. */
export function findPagination(model: ApiModel): ReadonlyMap<string, PaginationNode> {
  const byId = new Map(model.schemas.map((s) => [s.id, s.schema]));
  const resolve = (node: SchemaNode | undefined, depth = 0): KeywordSchemaNode | undefined => {
    if (!node || depth > 20) return undefined;
    if (node.kind === 'ref') return resolve(byId.get(node.target), depth + 1);
    return node.kind === 'keywords' ? node : undefined;
  };
  const isArray = (node: SchemaNode | undefined): boolean => {
    const s = resolve(node);
    return !!s && (s.types?.includes('array') || s.items !== undefined);
  };
  const out = new Map<string, PaginationNode>();
  for (const op of model.operations) {
    if (op.method !== 'get') continue;
    const success = op.responses.find((r) => isSuccessStatus(r.status));
    const body = success && preferredMediaType(success.content)?.schema;
    const object = resolve(body);
    const props = object?.properties ?? [];
    const arrays = props.filter((p) => isArray(p.schema)).map((p) => p.name);
    const items = ITEM_FIELDS.find((f) => arrays.includes(f)) ?? (arrays.length === 1 ? arrays[0] : undefined);
    const next = NEXT_FIELDS.find((f) => props.some((p) => p.name === f));
    if (next && items) {
      out.set(op.pointer, { kind: 'nextLink', items, next });
      continue;
    }
    const page = queryParam(op, ['page']);
    const size = queryParam(op, SIZE_PARAMS);
    if (page && size && (isArray(body) || items)) {
      const def = resolve(size.schema)?.default?.value;
      out.set(op.pointer, { kind: 'page', page: page.name, size: size.name, defaultSize: typeof def === 'number' ? def : 50, ...(isArray(body) ? {} : { items: items! }) });
    }
  }
  return out;
}

function queryParam(op: OperationNode, names: readonly string[]) {
  return op.parameters.find((p) => p.in === 'query' && names.includes(p.name));
}
