/** generator/parse/parse-context.ts: the per-run registry of named schemas, and `$ref` chains followed. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { Diagnostics, SpecforgeError } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import {
  child,
  createParseContext,
  isObject,
  obj,
  schemaIdOf,
  schemaPlaces,
} from '../../generator/parse/parse-context.js';
import { tempSpecDir } from '../support/fixtures.js';

async function context() {
  const dir = tempSpecDir({
    'openapi.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Local: { type: string }
  parameters:
    A: { $ref: '#/components/parameters/B' }
    B: { $ref: 'parts/params.yaml#/Limit' }
    Loop1: { $ref: '#/components/parameters/Loop2' }
    Loop2: { $ref: '#/components/parameters/Loop1' }
`,
    'parts/params.yaml': `Limit: { name: limit, in: query, schema: { $ref: '#/Count' } }
Count: { type: integer }
`,
  });
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const ctx = createParseContext(spec, new Diagnostics());
  const root = { file: spec.root, pointer: [] as string[] };
  return { ctx, root, spec };
}

it('names a schema by its pointer in the root file and by file#pointer elsewhere, registering each once', async () => {
  const { ctx, root } = await context();
  const local = ctx.schemaRef('#/components/schemas/Local', root, false);
  const again = ctx.schemaRef('#/components/schemas/Local', child(root, 'x'), false);
  expect(local).toBe('#/components/schemas/Local');
  expect(again).toBe(local);
  const { place } = ctx.deref({ $ref: '#/components/parameters/A' }, root);
  const count = ctx.schemaRef('#/Count', child(place, 'schema'));
  expect(count).toBe('parts/params.yaml#/Count');
  expect(ctx.pending.map((p) => p.id)).toEqual([local, count]);
  expect(ctx.known.get(count)?.value).toEqual({ type: 'integer' });
});

it('follows a chain of $refs across files to the object, and refuses a cycle where it closes', async () => {
  const { ctx, root } = await context();
  const { value, place } = ctx.deref({ $ref: '#/components/parameters/A' }, root);
  expect(value).toMatchObject({ name: 'limit', in: 'query' });
  expect(place.file.displayPath).toMatch(/params\.yaml$/);
  expect(place.pointer).toEqual(['Limit']);
  expect(ctx.deref('plain', root)).toEqual({ value: 'plain', place: root });
  expect(() => ctx.deref({ $ref: '#/components/parameters/Loop1' }, root)).toThrow(SpecforgeError);
  expect(() => ctx.deref({ $ref: '#/components/parameters/Loop1' }, root)).toThrow(/\$ref cycle/);
});

it('reads absent and malformed objects alike', () => {
  expect(obj(undefined)).toEqual({});
  expect(obj([1])).toEqual({});
  expect(obj({ a: 1 })).toEqual({ a: 1 });
  expect(isObject(null)).toBe(false);
  expect(isObject([])).toBe(false);
  expect(isObject({})).toBe(true);
});

it('reads a schema ID back to its place, in the root or another file, escaped tokens included', async () => {
  const { spec, root } = await context();
  const other = [...spec.files.values()].find((f) => f !== spec.root)!;
  const places = schemaPlaces(spec);
  for (const place of [
    { file: spec.root, pointer: ['components', 'schemas', 'Local'] },
    { file: other, pointer: ['Count'] },
    { file: other, pointer: ['a/b~c'] },
    root,
  ])
    expect(places(schemaIdOf(spec, place))).toEqual(place);
});
