/**
 * The response headers a client reads, typed: each declared header of a response, by the name the
 * spec gives it, with the JSON type its text converts to (`X-RateLimit-Remaining: 42` → `42`).
 * Header values are text; a header whose schema is a number, a boolean or an array of those is
 * converted, anything else stays a string (an object-valued header has no single convention).
 */
import type { ApiModel, OperationNode, ResponseNode, SchemaNode } from '../ir/ir.js';
import { schemaResolver, type SchemaResolver } from '../ir/resolve.js';

export interface ResponseHeader {
  /** As the spec spells it; header names are matched case-insensitively at run time. */
  readonly name: string;
  readonly required: boolean;
  readonly description?: string;
  /** What the text of the header (or of each comma-separated element) becomes. */
  readonly value: 'string' | 'number' | 'boolean';
  /** A comma-separated list (`simple` style, the only style headers have). */
  readonly array: boolean;
  /** The schema of the value (or of one element): a string enum types a string header. */
  readonly schema: SchemaNode;
}

/** An operation's readable headers by response status (`200`, `4XX`, `default`); only statuses that declare some. */
export type HeadersByStatus = ReadonlyMap<string, readonly ResponseHeader[]>;

/** Readable response headers by operation; operations that declare none are absent. */
export function findResponseHeaders(model: ApiModel): ReadonlyMap<OperationNode, HeadersByStatus> {
  const resolve = schemaResolver(model);
  const out = new Map<OperationNode, HeadersByStatus>();
  for (const op of model.operations) {
    const byStatus = new Map<string, readonly ResponseHeader[]>();
    for (const r of op.responses) {
      const headers = responseHeaders(r, resolve);
      if (headers.length) byStatus.set(r.status, headers);
    }
    if (byStatus.size) out.set(op, byStatus);
  }
  return out;
}

/**
 * The headers of a response a client can read. `Content-Type` is left out, as OpenAPI says
 * (it is the body's media type); a name declared twice in different case is one HTTP header, and
 * the first declaration wins.
 */
export function responseHeaders(response: ResponseNode, resolve: SchemaResolver): ResponseHeader[] {
  const seen = new Set<string>();
  const out: ResponseHeader[] = [];
  for (const h of response.headers) {
    const lower = h.name.toLowerCase();
    if (lower === 'content-type' || seen.has(lower) || h.name.trim() === '') continue;
    seen.add(lower);
    const s = resolve(h.schema);
    const array = !!s && (s.types ? s.types.length === 1 && s.types[0] === 'array' : s.items !== undefined);
    const element = array ? (s!.items ?? { kind: 'boolean' as const, pointer: s!.pointer, value: true }) : h.schema;
    out.push({
      name: h.name,
      required: h.required,
      ...(h.description !== undefined ? { description: h.description } : {}),
      value: scalarOf(resolve(element)?.types),
      array,
      schema: element,
    });
  }
  return out;
}

/** The JSON type a header's text converts to: one non-null type of number, integer or boolean, else string. */
function scalarOf(types: readonly string[] | undefined): ResponseHeader['value'] {
  const kinds = new Set((types ?? []).filter((t) => t !== 'null').map((t) => (t === 'integer' ? 'number' : t)));
  if (kinds.size !== 1) return 'string';
  const [only] = kinds;
  return only === 'number' || only === 'boolean' ? only : 'string';
}
