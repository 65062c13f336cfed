/**
 * Splits a spec into a root document and one file per component schema under schemas/<first
 * letter>/, with every $ref (and discriminator mapping) rewritten: a multi-file spec like
 * DigitalOcean's, built from a corpus spec. Used by the corpus test and the bench.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Splits `source` into `dir` (replaced); returns the root document's path. */
export function buildMultiFile(source: string, dir: string): string {
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
  const rewrite = (value: unknown, from: string, inMapping = false): unknown => {
    if (Array.isArray(value)) return value.map((v) => rewrite(v, from));
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = (k === '$ref' || inMapping) && typeof v === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(v) : null;
      if (m) {
        const rel = path
          .relative(path.dirname(from), fileOf(decodeURIComponent(m[1]!)))
          .split(path.sep)
          .join('/');
        out[k] = rel.startsWith('.') ? rel : `./${rel}`;
      } else out[k] = rewrite(v, from, k === 'mapping');
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
  (root['components'] as Record<string, unknown>)['schemas'] = Object.fromEntries(
    Object.keys(schemas).map((n) => [n, { $ref: `./${fileOf(n).split(path.sep).join('/')}` }]),
  );
  writeFileSync(path.join(dir, 'openapi.yaml'), stringify(root));
  return path.join(dir, 'openapi.yaml');
}
