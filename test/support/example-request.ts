/**
 * A request for an operation made from its spec alone: each parameter's example (or a value of its
 * schema), and a body built from the body schema's examples, defaults, enums and required fields.
 * The contract tests send one per operation that has no hand-written call, so that every operation
 * is checked against Prism, not only the ones someone wrote a call for.
 */
type Obj = { [key: string]: any };

const OBJECT_ID = '64a687e29ae1f428e7ebe303';

export interface ExampleRequest {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/** Resolves a local `$ref` of `doc`. */
function resolve(doc: Obj, value: Obj): Obj {
  let v = value;
  for (let i = 0; v?.$ref && i < 32; i++)
    v = String(v.$ref)
      .slice(2)
      .split('/')
      .reduce((o: Obj, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return v ?? {};
}

/** A value the schema accepts: an example, a default, a const or enum member, else one built by type. */
export function exampleValue(doc: Obj, schema: Obj, depth = 0): unknown {
  const s = resolve(doc, schema);
  if (s.examples?.length) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum.find((v: unknown) => v !== null) ?? s.enum[0];
  const branch = s.oneOf?.[0] ?? s.anyOf?.find((b: Obj) => resolve(doc, b).type !== 'null');
  if (branch) return exampleValue(doc, branch, depth + 1);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((p: Obj) => exampleValue(doc, p, depth + 1)));
  const type = [s.type ?? (s.properties ? 'object' : 'string')].flat().find((t: string) => t !== 'null');
  switch (type) {
    case 'object': {
      if (depth > 6) return {};
      const required: string[] = s.required ?? [];
      return Object.fromEntries(
        required.filter((k) => s.properties?.[k]).map((k) => [k, exampleValue(doc, s.properties[k], depth + 1)]),
      );
    }
    case 'array':
      // Two items: one would read as a single value from a form or multipart body.
      return Array.from({ length: Math.max(s.minItems ?? 0, s.uniqueItems ? 1 : 2) }, () =>
        exampleValue(doc, s.items ?? {}, depth + 1),
      );
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      return stringFor(s);
  }
}

function stringFor(s: Obj): string {
  switch (s.format) {
    case 'date-time':
      return '2024-01-15T09:00:00Z';
    case 'date':
      return '2024-01-15';
    case 'email':
      return 'ada@example.com';
    case 'uri':
      return 'https://example.com/';
    case 'uuid':
      return '0b7c1d5e-8f2a-4c3b-9d1e-2f3a4b5c6d7e';
    default:
      return s.pattern || (s.minLength ?? 0) > 8 ? OBJECT_ID : 'text';
  }
}

/** The request of the operation `method path` of `doc`: every required parameter, and the body. */
export function exampleRequest(doc: Obj, pathName: string, method: string): ExampleRequest {
  const item = doc.paths[pathName];
  const op = item[method];
  const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Obj) => resolve(doc, p));
  const request: Obj = {};
  for (const p of params) {
    if (!p.required && p.in !== 'path') continue;
    const part = p.in === 'header' ? 'headers' : p.in;
    const schema = resolve(doc, p.schema ?? {});
    // A required list needs an item: an empty one is not sent at all.
    const value =
      p.example ??
      (p.in === 'path' && schema.type !== 'integer'
        ? OBJECT_ID
        : schema.type === 'array'
          ? [exampleValue(doc, schema.items ?? {})]
          : exampleValue(doc, schema));
    (request[part] ??= {})[p.name] = value;
  }
  const body = op.requestBody ? resolve(doc, op.requestBody) : undefined;
  const media = body?.content?.['application/json'];
  if (media) request.body = media.example ?? exampleValue(doc, media.schema ?? {});
  else if (body?.content?.['multipart/form-data'])
    request.body = exampleValue(doc, body.content['multipart/form-data'].schema ?? {});
  return request;
}
