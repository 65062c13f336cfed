/**
 * A request body the spec accepts in several media types (Kubernetes' PATCH: JSON Patch, merge
 * patch, apply YAML; uploads as JSON or multipart; 1,840 operations of 133 APIs.guru specs): the
 * call's `contentType` picks one, which types `body` and says how it is written. Only the
 * preferred one (JSON first) could be sent before; hey-api has this open (#2311).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useInlineClient } from '../support/inline-client.js';

const patch = {
  type: 'array',
  items: {
    type: 'object',
    required: ['op', 'path'],
    properties: { op: { enum: ['add', 'remove', 'replace'] }, path: { type: 'string' }, value: {} },
  },
};
const merge = { type: 'object', properties: { name: { type: 'string' }, replicas: { type: 'integer' } } };
const spec = {
  openapi: '3.1.0',
  info: { title: 'media', version: '1' },
  paths: {
    '/things/{id}': {
      patch: {
        operationId: 'patchThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json-patch+json': { schema: patch },
            'application/merge-patch+json': { schema: merge },
            'application/*+json': { schema: merge },
            'application/apply-patch+yaml': { schema: merge },
            'application/x-www-form-urlencoded': { schema: merge },
          },
        },
        responses: { '204': { description: 'patched' } },
      },
    },
    '/notes': {
      post: {
        operationId: 'addNote',
        requestBody: {
          content: {
            'application/json': { schema: merge },
            'text/json': { schema: merge },
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        },
        responses: { '204': { description: 'added' } },
      },
    },
    '/uploads': {
      post: {
        operationId: 'upload',
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
            'application/x-www-form-urlencoded': { schema: merge },
          },
        },
        responses: { '204': { description: 'uploaded' } },
      },
    },
  },
};

const fixture = useInlineClient(spec);
const { createClient, serve } = fixture;

describe('request bodies in several media types', () => {
  it('sends the preferred media type when the call names none, and the one it names otherwise', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = createClient({ baseUrl: server.url });
    await client.patchThing({ path: { id: '1' }, body: [{ op: 'replace', path: '/name', value: 'a' }] });
    await client.patchThing({ path: { id: '1' }, contentType: 'application/merge-patch+json', body: { replicas: 3 } });
    await client.patchThing({ path: { id: '1' }, contentType: 'application/apply-patch+yaml', body: 'replicas: 3\n' });
    await client.patchThing({
      path: { id: '1' },
      contentType: 'application/x-www-form-urlencoded',
      body: { name: 'a b', replicas: 2 },
    });
    const sent = server.requests.map((r) => [r.headers['content-type'], r.body]);
    expect(sent).toEqual([
      ['application/json-patch+json', '[{"op":"replace","path":"/name","value":"a"}]'],
      ['application/merge-patch+json', '{"replicas":3}'],
      ['application/apply-patch+yaml', 'replicas: 3\n'],
      ['application/x-www-form-urlencoded', 'name=a+b&replicas=2'],
    ]);
    // Multipart: fetch writes the boundary into the content type.
    await client.addNote({
      contentType: 'multipart/form-data',
      body: { file: new Blob(['hi'], { type: 'text/plain' }) },
    });
    expect(server.requests[4]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[4]!.body).toContain('hi');
  });

  it("checks the body by its media type's schema, and refuses a media type the operation does not take", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = createClient({ baseUrl: server.url, validate: { request: true } });
    await expect(client.patchThing({ path: { id: '1' }, body: [{ op: 'move', path: '/a' }] })).rejects.toMatchObject({
      kind: 'invalid-request',
      issues: [{ path: [0, 'op'] }],
    });
    await expect(
      client.patchThing({
        path: { id: '1' },
        contentType: 'application/merge-patch+json',
        body: { replicas: 'three' },
      }),
    ).rejects.toMatchObject({ kind: 'invalid-request', issues: [{ path: ['replicas'], message: 'must be integer' }] });
    await expect(
      client.patchThing({ path: { id: '1' }, contentType: 'application/xml', body: {} }),
    ).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining(
        'contentType "application/xml" is not one the operation accepts: application/json-patch+json, ' +
          'application/merge-patch+json, application/apply-patch+yaml, application/x-www-form-urlencoded',
      ),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a file in a form body, whose bytes would go as `{}`, and names the multipart type to send', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const client = createClient({ baseUrl: server.url });
    const file = new Blob(['bytes']);
    // Form first (the preferred kind) when no contentType is named; a JavaScript caller can still pass a file.
    const upload = client.upload as (request: unknown) => Promise<unknown>;
    await expect(upload({ body: { file } })).rejects.toMatchObject({
      kind: 'invalid-request',
      message:
        'upload: body property "file" holds a file (Blob), which application/x-www-form-urlencoded cannot carry: ' +
        'send it as multipart/form-data (contentType)',
    });
    await expect(upload({ body: { name: 'n', files: [file] } })).rejects.toMatchObject({ kind: 'invalid-request' });
    // Without a multipart alternative there is nothing to suggest.
    await expect(
      client.patchThing({
        path: { id: '1' },
        contentType: 'application/x-www-form-urlencoded',
        body: { name: file } as never,
      }),
    ).rejects.toThrow(/"name" holds a file \(Blob\), which application\/x-www-form-urlencoded cannot carry$/);
    expect(server.requests).toHaveLength(0);
    await client.upload({ contentType: 'multipart/form-data', body: { file } });
    expect(server.requests[0]!.body).toContain('bytes');
  });

  it('lists the choices in the package README', () => {
    const readme = readFileSync(path.join(fixture.pkg.out, 'README.md'), 'utf8');
    expect(readme).toContain(
      '- `patchThing` — `PATCH /things/{id}` (body as `application/json-patch+json`, ' +
        '`application/merge-patch+json`, `application/apply-patch+yaml`, `application/x-www-form-urlencoded`: `contentType`)',
    );
  });

  it('types body by contentType (tsc); equal body types share an alternative; a wildcard is no choice', () => {
    expect(
      fixture.typeCheckUsage([
        "import { createClient, type PatchThingRequest } from './index.js';",
        'const client = createClient();',
        "void client.patchThing({ path: { id: '1' }, body: [{ op: 'add', path: '/a', value: 1 }] });",
        "void client.patchThing({ path: { id: '1' }, contentType: 'application/merge-patch+json', body: { " +
          'replicas: 1 } });',
        "void client.patchThing({ path: { id: '1' }, contentType: 'application/apply-patch+yaml', body: " +
          "'replicas: 1' });",
        '// @ts-expect-error a merge patch is an object, not a JSON Patch array',
        "void client.patchThing({ path: { id: '1' }, contentType: 'application/merge-patch+json', body: [] });",
        '// @ts-expect-error the preferred media type is JSON Patch: an array',
        "void client.patchThing({ path: { id: '1' }, body: { replicas: 1 } });",
        '// @ts-expect-error a wildcard is a range, not a media type one sends',
        "const wild: PatchThingRequest = { path: { id: '1' }, contentType: 'application/*+json', body: {} };",
        "void client.addNote({ contentType: 'text/json', body: { name: 'n' } });",
        'void client.addNote();',
        'void wild;',
      ]),
    ).toBe('');
  });
});
