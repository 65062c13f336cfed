/** generator/load/source-file.ts: one spec file parsed, with positions back from a JSON pointer. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { SpecforgeError } from '../../generator/diagnostics.js';
import { displayPathOf, parseSourceFile } from '../../generator/load/source-file.js';

const FILE = path.join(process.cwd(), 'spec.yaml');

it('parses YAML and locates a pointer, or its nearest existing ancestor', () => {
  const file = parseSourceFile(FILE, 'openapi: 3.1.0\npaths:\n  /a:\n    get:\n      operationId: x\n');
  expect(file.data).toEqual({ openapi: '3.1.0', paths: { '/a': { get: { operationId: 'x' } } } });
  expect(file.locate(['paths', '/a', 'get', 'operationId'])).toMatchObject({ file: 'spec.yaml', line: 5 });
  const parent = file.locate(['paths', '/a']);
  expect(file.locate(['paths', '/a', 'missing', 'deeper'])).toEqual(parent);
});

it('parses JSON (a BOM is dropped), locates in it, and reports keys it repeats', () => {
  const file = parseSourceFile(FILE, '\ufeff{\n  "a": 1,\n  "b": {\n    "c": 2\n  },\n  "a": 3\n}\n');
  expect(file.data).toEqual({ a: 3, b: { c: 2 } });
  expect(file.locate(['b', 'c'])).toMatchObject({ line: 4 });
  expect(file.duplicateKeys?.map((d) => d.key)).toEqual(['a']);
});

it('refuses a syntax error at its position', () => {
  const thrown = (text: string) => {
    try {
      parseSourceFile(FILE, text);
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const yaml = thrown('a: 1\nb: c: d\n') as SpecforgeError;
  expect(yaml).toBeInstanceOf(SpecforgeError);
  expect(yaml.format()).toMatch(/spec\.yaml:2:\d+/);
  const json = thrown('{\n  "a": 1,\n  "b": [\n}\n') as SpecforgeError;
  expect(json).toBeInstanceOf(SpecforgeError);
  expect(json.format()).toMatch(/^spec\.yaml:4:1: error: /); // where the array should have closed
});

it('refuses a document nested past the limit before building it', () => {
  const deep = '['.repeat(20_000) + ']'.repeat(20_000);
  expect(() => parseSourceFile(FILE, deep)).toThrow(/nested too deeply/);
});

it('shows a path relative to the working directory only when that is inside it', () => {
  expect(displayPathOf(path.join(process.cwd(), 'a', 'b.yaml'))).toBe(path.join('a', 'b.yaml'));
  expect(displayPathOf('/elsewhere/b.yaml')).toBe('/elsewhere/b.yaml');
});

it('reads a small file that looks like JSON but is not as YAML, and says why it is not JSON and where', () => {
  const file = parseSourceFile(FILE, '{\n  "a": 1,\n  "b": \n}\n');
  expect(file.data).toEqual({ a: 1, b: null });
  // Node 20 names the token but not its place here: the warning is then at the file's start.
  expect(file.notJson?.message).toBe("Unexpected token '}'");
  expect(file.notJson?.at).toMatchObject({ file: 'spec.yaml', line: 1, column: 1 });
  const trailing = parseSourceFile(FILE, '{\n  "a": [1, 2,]\n}\n');
  expect(trailing.data).toEqual({ a: [1, 2] });
  expect(trailing.notJson?.message).toMatch(/^Unexpected token/);
  expect(parseSourceFile(FILE, '{"a": 1}').notJson).toBeUndefined();
});
