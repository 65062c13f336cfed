/**
 * Splits a spec into a root document and one file per component schema under schemas/<first
 * letter>/, with every $ref (and discriminator mapping) rewritten: a multi-file spec built from a
 * corpus spec. Used by the corpus test and the bench. Two layouts:
 * - `components` (default): the root's `components.schemas` each `$ref` a file;
 * - `digitalocean`: as DigitalOcean's and Redocly's starter are written, the root lists no schema
 *   (operations and schemas `$ref` the files directly), and each operation is a file of its own under
 *   operations/, `$ref`'d from its path item (`get: {$ref: operations/…yaml}`), which OpenAPI does not
 *   provide for and such specs do all the same.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Splits `source` into `dir` (replaced); returns the root document's path. */
export function buildMultiFile(
  source: string,
  dir: string,
  layout: 'components' | 'digitalocean' = 'components',
): string {
  rmSync(dir, { recursive: true, force: true });
  const doc = parse(readFileSync(source, 'utf8')) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas ?? {};
  const fileOf = (name: string) =>
    path.join(
      'schemas',
      (name[0] ?? '_').toLowerCase().replace(/[^a-z0-9]/, '_'),
      `${name.replace(/[^\w.-]/g, '_')}.yaml`,
    );
  // `$ref`s and discriminator mapping values both name schemas; rewrite them relative to `from`.
  const relative = (from: string, to: string) => {
    const rel = path.relative(path.dirname(from), to).split(path.sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  // Another of the root's own `#/…` refs, seen from a file that is not the root, names the root.
  const rewrite = (value: unknown, from: string, inMapping = false): unknown => {
    if (Array.isArray(value)) return value.map((v) => rewrite(v, from));
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const isRef = (k === '$ref' || inMapping) && typeof v === 'string';
      const m = isRef ? /^#\/components\/schemas\/(.+)$/.exec(v as string) : null;
      if (m) out[k] = relative(from, fileOf(decodeURIComponent(m[1]!)));
      else if (isRef && (v as string).startsWith('#/') && !from.startsWith('schemas') && from !== 'openapi.yaml')
        out[k] = `${relative(from, 'openapi.yaml')}${v as string}`;
      else out[k] = rewrite(v, from, k === 'mapping');
    }
    return out;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const file = fileOf(name);
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), stringify(rewrite(schema, file)));
  }
  const root = rewrite({ ...doc, components: { ...doc.components, schemas: undefined } }, 'openapi.yaml') as Record<
    string,
    unknown
  >;
  if (layout === 'components')
    (root['components'] as Record<string, unknown>)['schemas'] = Object.fromEntries(
      Object.keys(schemas).map((n) => [n, { $ref: `./${fileOf(n).split(path.sep).join('/')}` }]),
    );
  else splitOperations(doc, root, dir, rewrite);
  writeFileSync(path.join(dir, 'openapi.yaml'), stringify(root));
  return path.join(dir, 'openapi.yaml');
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Moves each operation of `root` into operations/<n>.yaml, `$ref`'d from where it was. */
function splitOperations(
  doc: Record<string, unknown>,
  root: Record<string, unknown>,
  dir: string,
  rewrite: (value: unknown, from: string) => unknown,
): void {
  mkdirSync(path.join(dir, 'operations'), { recursive: true });
  let n = 0;
  const paths = (doc['paths'] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [route, item] of Object.entries(paths)) {
    const rootItem = (root['paths'] as Record<string, Record<string, unknown>>)[route]!;
    for (const method of METHODS.filter((m) => item[m] !== undefined)) {
      const file = `operations/${n++}.yaml`;
      writeFileSync(path.join(dir, file), stringify(rewrite(item[method], file)));
      rootItem[method] = { $ref: `./${file}` };
    }
  }
}
