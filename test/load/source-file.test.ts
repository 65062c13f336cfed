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
