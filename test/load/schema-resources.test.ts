/**
 * `$id`, `$anchor` and `$dynamicAnchor` inside the spec: a `$ref` may name a schema by the URI or
 * anchor it declares, and a pointer inside a schema with an `$id` is relative to that schema
 * (JSON Schema 2020-12, which OpenAPI 3.1 schemas are). Nothing is fetched for a URI the spec
 * itself declares; what only looks like an identifier (an example, an enum value, a property
 * named `$id`, an unknown keyword) is not one.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { generate } from '../../generator/generate.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument, tempSpecDir } from '../support/fixtures.js';

const USER = 'https://example.com/schemas/user.json';

async function failure(files: Record<string, string>): Promise<string> {
  try {
    await generate({ spec: path.join(tempSpecDir(files), 'openapi.json'), out: path.join(tmpdir(), 'never-written') });
  } catch (error) {
    expect(error).toBeInstanceOf(SpecforgeError);
    return (error as SpecforgeError).format();
  }
  throw new Error('expected generation to fail');
}

describe('$ref by $id and $anchor', () => {
  it('names a component by its $id URI, absolute or relative to another $id, without fetching it', async () => {
    const pkg = await generateInline(
      schemasDocument({
        User: { $id: USER, type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        Team: {
          $id: 'https://example.com/schemas/team.json',
          type: 'object',
          properties: { lead: { $ref: 'user.json' }, members: { type: 'array', items: { $ref: USER } } },
        },
      }),
    );
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toMatch(/lead\?: User;/);
    expect(types).toMatch(/members\?: Array<User>;/);
    const { schemas } = await pkg.load();
    expect(schemas.Team.is({ lead: { id: 'a' }, members: [{ id: 'b' }] })).toBe(true);
    expect(schemas.Team.issues({ members: [{}] })).toEqual([{ message: 'is required', path: ['members', 0, 'id'] }]);
  });

  it('reads `#` and `#/$defs/…` inside a schema with an $id as that schema, not the document', async () => {
    const { schemas } = await (
      await generateInline(
        schemasDocument({
          Node: {
            $id: 'https://example.com/node',
            type: 'object',
            properties: { next: { $ref: '#' }, label: { $ref: '#/$defs/label' } },
            $defs: { label: { type: 'string', maxLength: 3 } },
          },
        }),
      )
    ).load();
    expect(schemas.Node.is({ label: 'abc', next: { label: 'x', next: {} } })).toBe(true);
    expect(schemas.Node.issues({ next: { next: { label: 'long' } } })).toEqual([
      { message: 'must have at most 3 characters', path: ['next', 'next', 'label'] },
    ]);
  });

  it('falls back to the document for a pointer the schema with the $id does not hold (#/components/…)', async () => {
    const pkg = await generateInline(
      schemasDocument({
        Name: { type: 'string' },
        User: { $id: USER, type: 'object', properties: { name: { $ref: '#/components/schemas/Name' } } },
      }),
    );
    expect(readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8')).toMatch(/name\?: Name;/);
  });

  it('follows $anchor and $dynamicAnchor names, in this file or another', async () => {
    const dir = tempSpecDir({
      'openapi.json': JSON.stringify(
        schemasDocument({
          User: { $anchor: 'user', type: 'object', properties: { id: { type: 'integer' } } },
          Team: {
            type: 'object',
            properties: { lead: { $ref: '#user' }, tag: { $ref: '#tag' }, group: { $ref: 'group.json#group' } },
          },
          Tag: { $dynamicAnchor: 'tag', type: 'string', enum: ['a', 'b'] },
        }),
      ),
      'group.json': JSON.stringify({
        $anchor: 'group',
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' } },
      }),
    });
    const spec = await loadSpec(path.join(dir, 'openapi.json'));
    const at = { file: spec.root, pointer: ['components', 'schemas', 'Team', 'properties', 'lead', '$ref'] };
    expect(spec.resolveRef('#user', at).pointer).toEqual(['components', 'schemas', 'User']);
    expect(spec.resolveRef('#tag', at).pointer).toEqual(['components', 'schemas', 'Tag']);
    const group = spec.resolveRef('group.json#group', at);
    expect([path.basename(group.file.absolutePath), group.pointer]).toEqual(['group.json', []]);
  });

  it('finds an $id declared in a file loaded after the $ref that names it', async () => {
    const dir = tempSpecDir({
      'openapi.json': JSON.stringify(
        schemasDocument({
          Team: { type: 'object', properties: { lead: { $ref: USER } } },
          User: { $ref: './user.json' },
        }),
      ),
      'user.json': JSON.stringify({ $id: USER, type: 'object', properties: { id: { type: 'string' } } }),
    });
    const spec = await loadSpec(path.join(dir, 'openapi.json'));
    const lead = spec.resolveRef(USER, {
      file: spec.root,
      pointer: ['components', 'schemas', 'Team', 'properties', 'lead', '$ref'],
    });
    expect([path.basename(lead.file.absolutePath), lead.pointer]).toEqual(['user.json', []]);
  });

  it("takes an OpenAPI 3.2 document's $self as its base URI", async () => {
    const dir = tempSpecDir({
      'openapi.json': JSON.stringify({
        ...schemasDocument(
          { A: { type: 'string' }, B: { $ref: 'https://example.com/api/openapi#/components/schemas/A' } },
          '3.2.0',
        ),
        $self: 'https://example.com/api/openapi',
      }),
    });
    const spec = await loadSpec(path.join(dir, 'openapi.json'));
    expect(
      spec.resolveRef('https://example.com/api/openapi#/components/schemas/A', {
        file: spec.root,
        pointer: ['components', 'schemas', 'B', '$ref'],
      }).pointer,
    ).toEqual(['components', 'schemas', 'A']);
  });

  it.each([
    ['an example', { type: 'object', example: { $id: USER } }],
    ['an enum value', { enum: [{ $id: USER }] }],
    ['a const', { const: { $id: USER } }],
    ['an extension', { type: 'object', 'x-meta': { $id: USER } }],
    ['an unknown keyword', { type: 'object', notAKeyword: { $id: USER } }],
  ])('an $id inside %s declares nothing: a $ref to it is still a network address', async (_what, holder) => {
    const message = await failure({
      'openapi.json': JSON.stringify(schemasDocument({ Holder: holder, Ref: { $ref: USER } })),
    });
    expect(message).toMatch(/network \$ref "https:\/\/example\.com\/schemas\/user\.json" refused/);
  });

  it("a property named $id (Appwrite's documents) is a property, not an identifier", async () => {
    const pkg = await generateInline(
      schemasDocument({ Doc: { type: 'object', required: ['$id'], properties: { $id: { type: 'string' } } } }),
    );
    const { schemas } = await pkg.load();
    expect(schemas.Doc.is({ $id: 'abc' })).toBe(true);
    expect(schemas.Doc.issues({})).toEqual([{ message: 'is required', path: ['$id'] }]);
  });

  it('refuses a $ref to an $id declared twice, naming both places; an unused duplicate is harmless', async () => {
    const twice = { A: { $id: USER, type: 'string' }, B: { $id: USER, type: 'integer' } };
    await expect(generateInline(schemasDocument(twice))).resolves.toBeDefined();
    const message = await failure({
      'openapi.json': JSON.stringify(schemasDocument({ ...twice, C: { $ref: USER } }), null, 1),
    });
    expect(message).toMatch(
      /openapi\.json:\d+:\d+: error: \$ref "https:\/\/example\.com\/schemas\/user\.json" is ambiguous: \$id "https:\/\/example\.com\/schemas\/user\.json" is declared twice, at .*openapi\.json:\d+:\d+ and at .*openapi\.json:\d+:\d+/,
    );
  });

  it('refuses a $dynamicRef to an anchor two schemas of one resource declare, naming the keyword', async () => {
    const message = await failure({
      'openapi.json': JSON.stringify(
        schemasDocument({
          Holder: { type: 'object', properties: { item: { $dynamicRef: '#item' } } },
          Doc: { $dynamicAnchor: 'item', type: 'string' },
          Other: { $dynamicAnchor: 'item', type: 'integer' },
        }),
        null,
        1,
      ),
    });
    expect(message).toMatch(/error: \$dynamicRef "#item" is ambiguous: \$dynamicAnchor ".*#item" is declared twice/);
  });

  it('names an anchor nothing declares, and a URN nothing declares, at the $ref', async () => {
    expect(
      await failure({ 'openapi.json': JSON.stringify(schemasDocument({ A: { $ref: '#nobody' } }), null, 1) }),
    ).toMatch(/openapi\.json:\d+:\d+: error: \$ref "#nobody": no schema declares \$anchor "nobody" here/);
    expect(
      await failure({
        'openapi.json': JSON.stringify(
          schemasDocument({ A: { $ref: 'urn:uuid:0b7a4a37-4c5a-4b61-9b23-1f0a1c2d3e4f' } }),
          null,
          1,
        ),
      }),
    ).toMatch(/error: \$ref "urn:uuid:0b7a4a37-4c5a-4b61-9b23-1f0a1c2d3e4f": no schema declares this \$id/);
  });

  it('resolves a URN $id and pointers relative to it', async () => {
    const urn = 'urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed';
    const { schemas } = await (
      await generateInline(
        schemasDocument({
          Root: {
            $id: urn,
            type: 'object',
            properties: { a: { $ref: `${urn}#/$defs/a` }, b: { $ref: '#/$defs/a' } },
            $defs: { a: { type: 'integer' } },
          },
          Other: { $ref: urn },
        }),
      )
    ).load();
    expect(schemas.Other.issues({ a: 1, b: 'x' })).toEqual([{ message: 'must be integer', path: ['b'] }]);
  });
});

describe('odd identifiers are data, never a failure', () => {
  it.each([
    ['a number', 7],
    ['an empty string', ''],
    ['a bare #', '#'],
    ['no URI reference', 'http://[broken'],
    ['a script URL', 'javascript:alert(1)'],
  ])('an $id that is %s changes nothing else', async (_what, id) => {
    const { schemas } = await (
      await generateInline(
        schemasDocument({
          A: { $id: id, $anchor: '__proto__', type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { type: 'integer' },
        }),
      )
    ).load();
    expect(schemas.A.issues({ b: 'x' })).toEqual([{ message: 'must be integer', path: ['b'] }]);
    expect(Object.prototype).not.toHaveProperty('b');
  });
});
