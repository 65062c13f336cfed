/**
 * Operations that one method and URL reach: paths equal but for their parameters' names
 * (Elasticsearch's 27 `PUT /_inference/{task_type}/{…_inference_id}`, which OpenAPI forbids), or
 * for a fragment written into the path key (Box's `PUT /files/{file_id}#add_shared_link`, which no
 * client sends). A client calls each right; what answers by URL (a mock server) must tell them apart
 * by what else the request carries: its path parameters' values, its required parameters, its body.
 */
import type { ApiModel, OperationNode } from '../ir/ir.js';
import { schemaResolver, type SchemaResolver } from '../ir/resolve.js';

export interface SharedRoute {
  /**
   * Every operation on the route, the narrowest first (the first whose request fits is the one
   * meant): more required parameters and body properties first, then fewer path parameters any
   * string fills, then path parameters limited to fewer values (an enum of 4 task types before one
   * of 6), then the spec's order.
   */
  readonly members: readonly OperationNode[];
}

/** The operations that share a route with another, each mapped to its route. */
export function findSharedRoutes(model: ApiModel): ReadonlyMap<OperationNode, SharedRoute> {
  const byRoute = new Map<string, OperationNode[]>();
  for (const op of model.operations) {
    const key = `${op.method} ${routeKey(op.path)}`;
    const group = byRoute.get(key);
    if (group) group.push(op);
    else byRoute.set(key, [op]);
  }
  const resolve = schemaResolver(model);
  const out = new Map<OperationNode, SharedRoute>();
  for (const group of byRoute.values()) {
    if (group.length < 2) continue;
    const ranked = group.map((op, index) => ({
      op,
      index,
      ...narrowness(op, resolve),
    }));
    ranked.sort((a, b) => b.required - a.required || a.free - b.free || a.values - b.values || a.index - b.index);
    const route: SharedRoute = { members: ranked.map((r) => r.op) };
    for (const op of group) out.set(op, route);
  }
  return out;
}

/** The path a request is sent to: a path key's query and fragment are not part of it. */
export function routePath(path: string): string {
  return path.replace(/[?#].*$/s, '');
}

/**
 * The query a path key carries (`/search?type=user`), as name and value pairs: a client sends them,
 * so they tell its operation apart. A fragment (`#add`) is never sent.
 */
export function pathQuery(path: string): [string, string][] {
  const query = /^[^?#]*\?([^#]*)/s.exec(path)?.[1];
  return query ? [...new URLSearchParams(query)] : [];
}

/** The route of a path: parameters as `{}`, no query or fragment, no trailing slash. */
function routeKey(path: string): string {
  return routePath(path)
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\/+$/, '');
}

/**
 * How narrow an operation's requests are: how many things a request must carry (required
 * parameters, the path key's own query pairs, a required body and its required properties), how
 * many path parameters any string fills, and how many values the others take in all.
 */
function narrowness(op: OperationNode, resolve: SchemaResolver): { required: number; free: number; values: number } {
  let required = pathQuery(op.path).length;
  let free = 0;
  let values = 0;
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const schema = resolve(p.schema);
      const count = schema?.const ? 1 : schema?.enum?.length;
      if (count === undefined) free++;
      else values += count;
    } else if (p.required) required++;
  }
  const body = op.requestBody;
  if (body?.required) {
    required++;
    const schema = resolve(body.content[0]?.schema);
    required += schema?.required?.length ?? 0;
  }
  return { required, free, values };
}
