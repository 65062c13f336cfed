/**
 * What the loader reads: real paths inside the spec's folder, regular files only, bounded reads
 * for files and remote `$ref`s alike, and example data that is never taken for a reference.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { readRemote } from '../../generator/load/read-input.js';
import { tempSpecDir } from '../support/fixtures.js';
import { startServer } from '../support/http-server.js';

const refTo = (target: string) =>
  `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: ` +
  `'${target}' }\n`;

async function loadError(spec: string, options: Parameters<typeof loadSpec>[1] = {}): Promise<SpecforgeError> {
  const error = await loadSpec(spec, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecforgeError);
  return error as SpecforgeError;
}

describe('symlinks are judged by their real path', () => {
  it('a link inside the folder to a file outside needs --allow-external-refs', async () => {
    const dir = tempSpecDir({
      'outside/secret.yaml': 'type: string\ndescription: TOPSECRET\n',
      'spec/openapi.yaml': refTo('secret.yaml'),
    });
    symlinkSync('../outside/secret.yaml', path.join(dir, 'spec/secret.yaml'));
    const error = await loadError(path.join(dir, 'spec/openapi.yaml'));
    expect(error.message).toMatch(/symlink to a file outside the spec's folder.*--allow-external-refs/);
    expect(error.message).not.toContain('TOPSECRET');
    expect(error.line).toBe(6);
    await expect(loadSpec(path.join(dir, 'spec/openapi.yaml'), { allowExternalRefs: true })).resolves.toBeDefined();
  });

  it('a link to /proc/self/environ is refused, and even when followed no message prints the environment', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': refTo('env.yaml') });
    symlinkSync('/proc/self/environ', path.join(dir, 'env.yaml'));
    const error = await loadError(path.join(dir, 'openapi.yaml'));
    expect(error.message).toMatch(/outside the spec's folder/);
    process.env['SPECFORGE_TEST_CANARY'] = 'canary-' + 'x'.repeat(200);
    const result = await generate({
      spec: path.join(dir, 'openapi.yaml'),
      out: path.join(dir, 'out'),
      allowExternalRefs: true,
    });
    const printed = result.warnings.map((w) => w.message).join('\n');
    expect(printed).not.toContain('canary-' + 'x'.repeat(200));
    expect(Math.max(...result.warnings.map((w) => w.message.length))).toBeLessThan(300);
    delete process.env['SPECFORGE_TEST_CANARY'];
  });

  it('a link to a folder outside is refused for the files under it', async () => {
    const dir = tempSpecDir({ 'outside/a.yaml': 'type: string\n', 'spec/openapi.yaml': refTo('linked/a.yaml') });
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'spec/linked'));
    expect((await loadError(path.join(dir, 'spec/openapi.yaml'))).message).toMatch(/outside the spec's folder/);
  });

  it('a link that stays inside the folder is followed', async () => {
    const dir = tempSpecDir({ 'spec/schemas/a.yaml': 'type: string\n', 'spec/openapi.yaml': refTo('a.yaml') });
    symlinkSync('schemas/a.yaml', path.join(dir, 'spec/a.yaml'));
    await expect(loadSpec(path.join(dir, 'spec/openapi.yaml'))).resolves.toBeDefined();
  });
});

describe('only regular files, read within --max-bytes', () => {
  it('a FIFO, as the spec or as a $ref target, is refused at once', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': refTo('fifo.yaml') });
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml'), path.join(dir, 'root.yaml')]);
    expect((await loadError(path.join(dir, 'openapi.yaml'))).message).toMatch(/fifo\.yaml: is not a regular file/);
    expect((await loadError(path.join(dir, 'root.yaml'))).message).toMatch(/root\.yaml: is not a regular file/);
  });

  it('a link to /dev/zero is refused without reading it', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': refTo('zero.yaml') });
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const error = await loadError(path.join(dir, 'openapi.yaml'), { allowExternalRefs: true, maxBytes: 1000 });
    expect(error.message).toMatch(/not a regular file/);
  });

  it('a file that reports size 0 but holds more (/proc) is cut off at --max-bytes while reading', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': refTo('maps.yaml') });
    symlinkSync('/proc/self/maps', path.join(dir, 'maps.yaml'));
    const error = await loadError(path.join(dir, 'openapi.yaml'), { allowExternalRefs: true, maxBytes: 100 });
    expect(error.message).toMatch(/over the 100-byte input limit/);
  });

  it('a remote $ref with an endless body stops at --max-bytes; one that never finishes times out', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/yaml' });
      if (req.url === '/endless') {
        const chunk = '#'.repeat(64 * 1024) + '\n';
        const pump = () => {
          while (res.write(chunk));
        };
        res.on('drain', pump);
        pump();
        return new Promise((resolve) => res.on('close', resolve));
      }
      res.write('type: string\n'); // and never end
      return new Promise((resolve) => res.on('close', resolve));
    });
    try {
      const dir = tempSpecDir({ 'openapi.yaml': refTo(`${server.url}/endless`) });
      const started = Date.now();
      const error = await loadError(path.join(dir, 'openapi.yaml'), { allowRemoteRefs: true, maxBytes: 1_000_000 });
      expect(error.message).toMatch(/over the 1000000-byte input limit/);
      expect(Date.now() - started).toBeLessThan(5000);
      await expect(readRemote(`${server.url}/hang`, 1000, 300)).rejects.toThrow(/no complete answer within 0.3 s/);
    } finally {
      await server.close();
    }
  });
});

describe('example data is never a reference', () => {
  it('a "$ref" key inside an Example Object value (components, media type, parameter) stays data', async () => {
    const scim = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      members: [{ value: '1', $ref: 'https://example.com/v2/Users/1' }],
    };
    const relative = { $ref: 'Users/1' };
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/groups': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { type: 'object' }, examples: { a: { value: relative } } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'object' },
                    examples: { scim: { value: scim }, shared: { $ref: '#/components/examples/G' } },
                  },
                },
              },
            },
          },
        },
      },
      components: { examples: { G: { value: scim }, R: { dataValue: relative } } },
    };
    const dir = tempSpecDir({ 'openapi.json': JSON.stringify(spec) });
    const result = await generate({ spec: path.join(dir, 'openapi.json'), out: path.join(dir, 'out') });
    expect(result.operations).toBe(1);
  });

  it('a $ref on the Example Object itself is still followed', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  examples:\n    A: { $ref: 'other.yaml#/B' }\n`,
    });
    expect((await loadError(path.join(dir, 'openapi.yaml'))).message).toMatch(/other\.yaml: file not found/);
    writeFileSync(path.join(dir, 'other.yaml'), 'B: { value: 1 }\n');
    await expect(loadSpec(path.join(dir, 'openapi.yaml'))).resolves.toBeDefined();
  });
});
