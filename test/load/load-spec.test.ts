import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { tempSpecDir } from '../support/fixtures.js';

async function loadError(files: Record<string, string>, entry = 'openapi.yaml', options = {}): Promise<SpecforgeError> {
  const dir = tempSpecDir(files);
  try {
    await loadSpec(path.join(dir, entry), options);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecforgeError);
    return error as SpecforgeError;
  }
  throw new Error('expected loadSpec to fail');
}

const HEAD = "openapi: 3.1.0\ninfo: { title: t, version: '1' }\n";

describe('loadSpec', () => {
  it('loads YAML and JSON and follows refs across files', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: './models/a.json#/A' }\n`,
      'models/a.json': '{"A": {"type": "object", "properties": {"b": {"$ref": "b.yaml#/B"}}}}',
      'models/b.yaml': 'B: { type: string }\n',
    });
    const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
    expect(spec.version).toBe('3.1');
    expect([...spec.files.keys()].map((f) => path.relative(dir, f)).sort()).toEqual([
      'models/a.json',
      'models/b.yaml',
      'openapi.yaml',
    ]);
  });

  it("resolves a pointer that passes through $refs, as json-schema-ref-parser's bundles write them", async () => {
    const dir = tempSpecDir({
      'openapi.yaml':
        `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: './a.yaml' }\n` +
        "    B: { $ref: '#/components/schemas/A/properties/b/items' }\n" +
        "    Loop: { $ref: '#/components/schemas/L1/x' }\n    L1: { $ref: '#/components/schemas/L2' }\n" +
        "    L2: { $ref: '#/components/schemas/L1' }\n",
      'a.yaml': 'type: object\nproperties:\n  b: { type: array, items: { type: string, minLength: 2 } }\n',
    });
    const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
    const at = { file: spec.root, pointer: ['components', 'schemas', 'B', '$ref'] };
    // Through the root's `A: {$ref: ./a.yaml}` into a.yaml, and placed where the value is.
    const b = spec.resolveRef('#/components/schemas/A/properties/b/items', at);
    expect([path.relative(dir, b.file.absolutePath), b.pointer, b.value]).toEqual([
      'a.yaml',
      ['properties', 'b', 'items'],
      { type: 'string', minLength: 2 },
    ]);
    // A chain that leads back is bounded, and reported as not found.
    expect(() => spec.resolveRef('#/components/schemas/L1/x', at)).toThrow(
      /\$ref target #\/components\/schemas\/L1\/x not found/,
    );
  });

  it('does not treat example data as references', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { type: object, example: { $ref: './nowhere.yaml' } }\n`,
    });
    await expect(loadSpec(path.join(dir, 'openapi.yaml'))).resolves.toBeDefined();
  });

  it('reports YAML syntax errors at their line and column', async () => {
    const error = await loadError({ 'openapi.yaml': `${HEAD}paths:\n  /a: [unclosed\n` });
    expect(error.format()).toMatch(/openapi\.yaml:5:\d+: error: invalid YAML/);
  });

  it('reports JSON syntax errors with a position', async () => {
    const error = await loadError({ 'openapi.json': '{\n  "openapi": "3.1.0",\n  "info": {,}\n}' }, 'openapi.json');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/invalid YAML|JSON/);
  });

  it('refuses documents that are not OpenAPI 3.0/3.1', async () => {
    expect((await loadError({ 'openapi.yaml': 'hello: world\n' })).message).toMatch(/not an OpenAPI document/);
    expect((await loadError({ 'openapi.yaml': '- a\n' })).message).toMatch(/not an OpenAPI document/);
    for (const empty of ['', '# a comment\n', '\n\n'])
      expect((await loadError({ 'openapi.yaml': empty })).message).toBe(
        'not an OpenAPI document: the file holds no document',
      );
    // Swagger 2.0 is read (test/load/swagger-2.test.ts); 1.2, or a 2.0 written as a number, is not.
    const swagger = await loadError({ 'openapi.yaml': "swagger: '1.2'\ninfo: {}\n" });
    expect(swagger.message).toMatch(/Swagger "1.2" is not supported/);
    expect(swagger.line).toBe(1);
    expect((await loadError({ 'openapi.yaml': 'swagger: 2.0\ninfo: {}\n' })).message).toMatch(
      /Swagger 2 is not supported: Swagger 2.0 is read \(as "2.0", a string\)/,
    );
    const v = await loadError({ 'openapi.yaml': 'openapi: 4.0.0\n' });
    expect(v.format()).toMatch(/openapi\.yaml:1:10: error: unsupported OpenAPI version "4\.0\.0"/);
  });

  it('points at the $ref when a file it names is missing', async () => {
    const error = await loadError({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: './missing.yaml#/A'\n`,
    });
    expect(error.format()).toMatch(
      /openapi\.yaml:7:13: error: cannot read \$ref target \S*missing\.yaml: file not found/,
    );
  });

  it('reads referenced files concurrently but reports the first missing one in $ref order', async () => {
    // The first target is large (slow to read and parse), the second missing: the error must still
    // name the second only because the first exists, and with two missing the first in order wins.
    const big = `A:\n  type: object\n  description: ${'x'.repeat(2_000_000)}\n`;
    const refs = (a: string, b: string) =>
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: './${a}#/A' }\n    B: { $ref: './${b}#/A' }\n`;
    for (let i = 0; i < 5; i++) {
      const two = await loadError({ 'openapi.yaml': refs('missing-1.yaml', 'missing-2.yaml') });
      expect(two.message).toMatch(/missing-1\.yaml: file not found/);
    }
    const one = await loadError({ 'openapi.yaml': refs('big.yaml', 'missing.yaml'), 'big.yaml': big });
    expect(one.message).toMatch(/missing\.yaml: file not found/);
  });

  it('loads the files a discriminator mapping names, and places a missing one at its entry', async () => {
    // Found on APIs.guru's DigitalOcean spec: mapping values are references too, and one naming a
    // file no $ref names was never loaded ("file was not loaded" from deep inside the model).
    const root = `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Pet:\n      oneOf: [{ $ref: './cat.yaml#/Cat' }]\n      discriminator:\n        propertyName: kind\n        mapping:\n          cat: './cat.yaml#/Cat'\n          dog: './dog.yaml#/Dog'\n`;
    const dir = tempSpecDir({
      'openapi.yaml': root,
      'cat.yaml': 'Cat: { type: object }\n',
      'dog.yaml': 'Dog: { type: object }\n',
    });
    const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
    expect([...spec.files.keys()].map((f) => path.basename(f)).sort()).toEqual([
      'cat.yaml',
      'dog.yaml',
      'openapi.yaml',
    ]);
    const missing = await loadError({ 'openapi.yaml': root, 'cat.yaml': 'Cat: { type: object }\n' });
    expect(missing.format()).toMatch(
      /openapi\.yaml:12:16: error: cannot read \$ref target \S*dog\.yaml: file not found/,
    );
  });

  it('refuses $refs that leave the folder unless allowed', async () => {
    const dir = tempSpecDir({
      'spec/openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '../outside.yaml#/A' }\n`,
      'outside.yaml': 'A: { type: string }\n',
    });
    const entry = path.join(dir, 'spec/openapi.yaml');
    await expect(loadSpec(entry)).rejects.toThrow(/leaves the spec's folder/);
    await expect(loadSpec(entry, { allowExternalRefs: true })).resolves.toBeDefined();
  });

  it('refuses network $refs by default', async () => {
    const error = await loadError({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: 'https://example.com/a.yaml#/A' }\n`,
    });
    expect(error.message).toMatch(/network \$ref "https:\/\/example\.com\/a\.yaml" refused/);
    expect(error.line).toBe(6);
  });

  it('refuses inputs over the size limit', async () => {
    const error = await loadError({ 'openapi.yaml': `${HEAD}paths: {}\n` }, 'openapi.yaml', { maxBytes: 10 });
    expect(error.message).toMatch(/over the 10-byte input limit/);
  });

  it('applies YAML merge keys (<<), as YAML 1.1 tools do; keys written out win over merged ones', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': [
        HEAD + 'paths: {}',
        'components:',
        '  schemas:',
        '    Base: &base { type: object, properties: { id: { type: string } }, description: base }',
        '    Stamp: &stamp { readOnly: true }',
        '    Child:',
        '      <<: [*base, *stamp]',
        '      description: child',
        '    Inline:',
        '      <<: { type: integer, minimum: 0 }',
        '',
      ].join('\n'),
    });
    const schemas = (
      (await loadSpec(path.join(dir, 'openapi.yaml'))).root.data as { components: { schemas: Record<string, unknown> } }
    ).components.schemas;
    expect(schemas['Child']).toEqual({
      type: 'object',
      properties: { id: { type: 'string' } },
      description: 'child',
      readOnly: true,
    });
    // Without an anchor in the file (the fast path's case) too.
    expect(schemas['Inline']).toEqual({ type: 'integer', minimum: 0 });
    const plain = tempSpecDir({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Inline:\n      <<: { type: integer }\n`,
    });
    expect(
      (
        (await loadSpec(path.join(plain, 'openapi.yaml'))).root.data as {
          components: { schemas: Record<string, unknown> };
        }
      ).components.schemas['Inline'],
    ).toEqual({ type: 'integer' });
  });

  it('caps YAML alias expansion (billion laughs)', async () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      lol.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const error = await loadError({
      'openapi.yaml': `${HEAD}paths: {}\nx-bomb:\n${lol.map((l) => '  ' + l).join('\n')}\n`,
    });
    expect(error.message).toMatch(/invalid YAML: .*alias/i);
  });

  it('never mutates the loaded data', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { type: string, nullable: true }\n`,
    });
    const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
    const before = JSON.stringify(spec.root.data);
    const { parseDocument } = await import('../../generator/parse/parse-document.js');
    const { Diagnostics } = await import('../../generator/diagnostics.js');
    parseDocument(spec, new Diagnostics());
    expect(JSON.stringify(spec.root.data)).toBe(before);
  });
});
