/**
 * Which operations page, and how. Conventions are recognised from the spec alone, each from a
 * request parameter and the success body's fields (names compared case-insensitively):
 * - `Link` header paging (GitHub, Meraki, GitLab; RFC 8288): a success response that declares a
 *   `Link` header is followed by its `rel="next"` URL;
 * - link paging (Journyx, OData, Laravel, HAL): the body has a next-link string (`@nextLink`,
 *   `@odata.nextLink`, `next`, or `links.next`, `meta.next_page_url`, `_links.next.href`…) and an
 *   items array;
 * - token paging (Google's `pageToken`/`nextPageToken`, AWS's `NextToken`/`Marker`, Slack's
 *   `cursor`/`response_metadata.next_cursor`, Notion's `start_cursor`/`next_cursor`, Stripe
 *   search's `page`/`next_page`): a request field takes the token the body returned, until none
 *   comes back;
 * - after-id paging (Stripe lists): `starting_after` takes the last item's `id` while `has_more`
 *   (or, walking back from an `ending_before` the caller gave, that takes the first item's);
 * - page numbers (Clockify): a numeric `page` and a page-size parameter; the last page is
 *   the first short one;
 * - offsets: a numeric `offset` (`skip`, `startIndex`, Jira's `startAt`) and a `limit`; the last page
 *   is the first short one.
 * Every kind needs the items array (a bare-array body, an `items`-like field, or the only array).
 * A GET's paging fields are query parameters; a POST search's are fields of its JSON body.
 */
import type { ApiModel, KeywordSchemaNode, OperationNode, SchemaNode } from '../ir/ir.js';
import { isSuccessStatus, jsonRequestSchema, preferredMediaType } from '../ir/media-types.js';
import { schemaResolver, type SchemaResolver } from '../ir/resolve.js';

/** A field of the page body: a name, or a path of names into nested objects (`links.next`). */
export type FieldPath = readonly string[];

/** Where the paging fields go: query parameters (a GET), or the JSON body (a POST search). */
type In = { readonly in?: 'body' };

export type PaginationNode =
  | { readonly kind: 'linkHeader'; readonly items?: string }
  | { readonly kind: 'nextLink'; readonly items: string; readonly next: FieldPath }
  | ({ readonly kind: 'token'; readonly param: string; readonly next: FieldPath; readonly items?: string } & In)
  | ({
      readonly kind: 'after';
      readonly param: string;
      readonly before?: string;
      readonly more: string;
      readonly id: string;
      readonly items: string;
    } & In)
  | ({
      readonly kind: 'page';
      readonly page: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & In)
  | ({
      readonly kind: 'offset';
      readonly offset: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & In);

/** A request field paging can set: a query parameter, or a property of the JSON body. */
interface RequestField {
  readonly name: string;
  readonly schema: SchemaNode;
}

const ITEM_FIELDS = ['results', 'items', 'data', 'value', 'records'];
/** Next-page links, at the top of the body or inside one of LINK_HOLDERS. */
const NEXT_LINKS = [
  '@nextLink',
  '@odata.nextLink',
  'odata.nextLink',
  'nextLink',
  'next',
  'next_page_url',
  'next_url',
  'nextUrl',
  'nextPageUrl',
];
const LINK_HOLDERS = ['links', '_links', 'meta', 'pagination', 'paging'];
/** Token request parameters, and the body fields that answer them. */
const TOKEN_PARAMS = [
  'pageToken',
  'page_token',
  'nextToken',
  'next_token',
  'next-token',
  'cursor',
  'start_cursor',
  'startCursor',
  'continuationToken',
  'continuation_token',
  'marker',
];
const TOKEN_FIELDS = [
  'nextPageToken',
  'next_page_token',
  'nextToken',
  'next_token',
  'nextCursor',
  'next_cursor',
  'continuationToken',
  'continuation_token',
  'nextMarker',
  'next_marker',
  'marker',
];
const TOKEN_HOLDERS = ['response_metadata', 'meta', 'metadata', 'pagination', 'paging'];
const SIZE_PARAMS = [
  'page-size',
  'pageSize',
  'page_size',
  'per_page',
  'perPage',
  'size',
  'limit',
  'maxResults',
  'max_results',
];

/** Pagination by operation. */
export function findPagination(model: ApiModel): ReadonlyMap<OperationNode, PaginationNode> {
  const reader = new PagingReader(schemaResolver(model));
  const out = new Map<OperationNode, PaginationNode>();
  for (const op of model.operations) {
    const node = operationPaging(op, reader);
    if (node) out.set(op, node);
  }
  return out;
}

/** Reading schemas for paging: through `$ref`s, by the types a value may have. */
class PagingReader {
  constructor(readonly resolve: SchemaResolver) {}

  isArray(node: SchemaNode | undefined): boolean {
    const s = this.resolve(node);
    return !!s && (s.types?.includes('array') || s.items !== undefined);
  }

  /** Whether a schema may hold a value of one of `types` (an untyped schema may hold anything). */
  mayBe(node: SchemaNode | undefined, types: readonly string[]): boolean {
    const s = this.resolve(node);
    return !!s && (s.types === undefined || s.types.some((t) => types.includes(t)));
  }

  /** The first of `names` among an object schema's properties, at its top or inside one of `holders`. */
  field(
    object: KeywordSchemaNode | undefined,
    names: readonly string[],
    holders: readonly string[],
    types: readonly string[],
  ): FieldPath | undefined {
    const own = find(object?.properties ?? [], names);
    if (own && this.mayBe(own.schema, types)) return [own.name];
    for (const holder of object?.properties ?? []) {
      if (!holders.some((h) => h.toLowerCase() === holder.name.toLowerCase())) continue;
      const inner = find(this.resolve(holder.schema)?.properties ?? [], names);
      if (inner && this.mayBe(inner.schema, types)) return [holder.name, inner.name];
      // HAL: `_links.next.href`.
      const href = inner && find(this.resolve(inner.schema)?.properties ?? [], ['href']);
      if (inner && href && this.mayBe(href.schema, ['string'])) return [holder.name, inner.name, href.name];
    }
    return undefined;
  }
}

/** How one operation pages, if it does: its items array first, then a `Link` header or the fields. */
function operationPaging(op: OperationNode, r: PagingReader): PaginationNode | undefined {
  // A GET pages by query parameters; a POST search (Clockify's users/info, Notion's query) and
  // OpenAPI 3.2's QUERY by fields of their JSON body.
  const where = op.method === 'get' ? 'query' : op.method === 'post' || op.method === 'query' ? 'body' : undefined;
  if (!where) return undefined;
  const fields = where === 'query' ? op.parameters.filter((p) => p.in === 'query') : jsonBodyFields(op, r);
  if (where === 'body' && fields.length === 0) return undefined;
  const success = op.responses.find((res) => isSuccessStatus(res.status));
  const body = success && preferredMediaType(success.content)?.schema;
  const object = r.resolve(body);
  const props = object?.properties ?? [];
  const arrays = props.filter((p) => r.isArray(p.schema)).map((p) => p.name);
  const itemField = ITEM_FIELDS.find((f) => arrays.includes(f)) ?? (arrays.length === 1 ? arrays[0] : undefined);
  const items = r.isArray(body) ? {} : itemField !== undefined ? { items: itemField } : undefined;
  if (!items) return undefined;
  // The server's own `Link: <…>; rel="next"` beats any guess from parameter names.
  if (where === 'query' && success?.headers.some((h) => h.name.toLowerCase() === 'link')) {
    return { kind: 'linkHeader', ...items };
  }
  return detect(r, fields, where === 'body' ? { in: 'body' } : {}, object, items, itemField);
}

/** The paging convention the request fields and the page body show, tried from the most specific. */
function detect(
  r: PagingReader,
  fields: readonly RequestField[],
  where: In,
  object: KeywordSchemaNode | undefined,
  items: { items?: string },
  itemField: string | undefined,
): PaginationNode | undefined {
  /** A request field named one of `names` whose schema may hold a value of one of `types`. */
  const param = (names: readonly string[], types: readonly string[]): RequestField | undefined => {
    const p = find(fields, names);
    return p && r.mayBe(p.schema, types) ? p : undefined;
  };
  // A next link carries a query: it continues a GET only.
  const next = where.in === undefined ? r.field(object, NEXT_LINKS, LINK_HOLDERS, ['string']) : undefined;
  if (next && itemField !== undefined) return { kind: 'nextLink', items: itemField, next };
  // Stripe search's `page` is a token (a string), answered by `next_page`.
  const stringPage = param(['page'], ['string']);
  const tokenParam = param(TOKEN_PARAMS, ['string', 'integer']) ?? stringPage;
  const tokenFields = stringPage && tokenParam === stringPage ? ['next_page'] : TOKEN_FIELDS;
  const token = tokenParam && r.field(object, tokenFields, TOKEN_HOLDERS, ['string', 'integer']);
  if (tokenParam && token) return { kind: 'token', param: tokenParam.name, next: token, ...items, ...where };
  const after = afterPaging(r, param, object, itemField, where);
  if (after) return after;
  const size = param(SIZE_PARAMS, ['integer', 'number']);
  if (!size) return undefined;
  const def = r.resolve(size.schema)?.default?.value;
  const defaultSize = typeof def === 'number' && def > 0 ? def : 50;
  const page = param(['page', 'pageNumber', 'page_number'], ['integer', 'number']);
  if (page) return { kind: 'page', page: page.name, size: size.name, defaultSize, ...items, ...where };
  const offset = param(['offset', 'skip', 'startIndex', 'startAt'], ['integer', 'number']);
  if (offset) return { kind: 'offset', offset: offset.name, size: size.name, defaultSize, ...items, ...where };
  return undefined;
}

/** Stripe's lists: `starting_after` the last item's `id` while `has_more` (`ending_before` walking back). */
function afterPaging(
  r: PagingReader,
  param: (names: readonly string[], types: readonly string[]) => RequestField | undefined,
  object: KeywordSchemaNode | undefined,
  itemField: string | undefined,
  where: In,
): PaginationNode | undefined {
  const after = param(['starting_after'], ['string']);
  const more = find(object?.properties ?? [], ['has_more']);
  const itemSchema =
    itemField !== undefined
      ? r.resolve(r.resolve(find(object?.properties ?? [], [itemField])?.schema)?.items)
      : undefined;
  const id = find(itemSchema?.properties ?? [], ['id']);
  if (!after || !more || !r.mayBe(more.schema, ['boolean']) || !id || itemField === undefined) return undefined;
  const before = param(['ending_before'], ['string']);
  return {
    kind: 'after',
    param: after.name,
    ...(before ? { before: before.name } : {}),
    more: more.name,
    id: id.name,
    items: itemField,
    ...where,
  };
}

/** The top-level properties of an operation's JSON request body. */
function jsonBodyFields(op: OperationNode, r: PagingReader): readonly RequestField[] {
  return r.resolve(jsonRequestSchema(op))?.properties ?? [];
}

/** The first of `names` (in their order, case-insensitively) among things with a `name`. */
function find<T extends { readonly name: string }>(list: readonly T[], names: readonly string[]): T | undefined {
  for (const n of names) {
    const hit = list.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}
