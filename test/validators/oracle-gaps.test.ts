/**
 * Where ajv (the differential oracle) disagrees with the JSON Schema spec, the answers are pinned
 * here by hand: Object.prototype member names are plain data (ajv reads `{}.toString` through the
 * prototype chain and ignores `__proto__`), and `contains` annotations count as evaluated items for
 * `unevaluatedItems` (2020-12 §11.2; ajv ignores them), and `contains` must match an item even when
 * `prefixItems` holds a `false` schema (ajv then accepts `[]`), and a lone `if` (no then/else)
 * still gives annotations to `unevaluated*` when it passes (ajv skips it), and ajv throws on some
 * mixes of patternProperties and anyOf, and ajv lets an empty array pass `contains` after an
 * earlier array in the same loop matched, and ajv counts an anyOf/oneOf branch's evaluated `items`
 * as one item for `unevaluatedItems`, and keeps the items a failing anyOf/oneOf branch's own
 * `unevaluatedItems: false` "evaluated" (they count for the parent's), and ajv resolves a
 * `$dynamicRef` to the root of its resource instead of the `$dynamicAnchor` below it (the
 * OpenAPI 3.1 schema's `#meta`: ajv refuses every Schema Object of every spec with it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';

const cases: Array<[string, unknown, unknown, boolean]> = [
  ['a false property schema for toString, on {}', { properties: { toString: false } }, {}, true],
  [
    'a false property schema for toString, on an own toString',
    { properties: { toString: false } },
    JSON.parse('{"toString": 1}'),
    false,
  ],
  ['required constructor, on {}', { required: ['constructor'] }, {}, false],
  [
    'required constructor, on an own constructor',
    { required: ['constructor'] },
    JSON.parse('{"constructor": 1}'),
    true,
  ],
  ['dependentRequired toString, on {"b": 1}', { dependentRequired: { b: ['toString'] } }, { b: 1 }, false],
  ['required __proto__, on an own __proto__', { required: ['__proto__'] }, JSON.parse('{"__proto__": 1}'), true],
  [
    'properties __proto__ false, on an own __proto__',
    JSON.parse('{"properties": {"__proto__": false}}'),
    JSON.parse('{"__proto__": {}}'),
    false,
  ],
  [
    'additionalProperties false, on an own __proto__',
    { additionalProperties: false },
    JSON.parse('{"__proto__": {}}'),
    false,
  ],
  ['const object with __proto__', { const: JSON.parse('{"__proto__": 1}') }, JSON.parse('{"__proto__": 1}'), true],
  ['const object with __proto__, on {}', { const: JSON.parse('{"__proto__": 1}') }, {}, false],
  ['unevaluatedItems false sees contains (matched)', { contains: true, unevaluatedItems: false }, [{}], true],
  [
    "a failing anyOf branch's unevaluatedItems evaluates nothing for its parent",
    { anyOf: [{}, { unevaluatedItems: false }], unevaluatedItems: false },
    [1],
    false,
  ],
  [
    'unevaluatedItems false sees contains (unmatched item)',
    { prefixItems: [true], contains: { type: 'string' }, unevaluatedItems: false },
    [1, 'foo', 2],
    false,
  ],
  [
    'unevaluatedItems false sees contains (all matched)',
    { prefixItems: [true], contains: { type: 'string' }, unevaluatedItems: false },
    [1, 'foo'],
    true,
  ],
  // ajv answers valid when prefixItems holds a `false` schema: [] contains nothing, so it fails.
  ['contains false next to prefixItems [false], on []', { prefixItems: [false], contains: false }, [], false],
  [
    'contains false next to prefixItems [true, false], on [1]',
    { prefixItems: [true, false], contains: false },
    [1],
    false,
  ],
  // A lone `if` (no then/else) still yields annotations when it passes (ajv skips it).
  [
    'unevaluatedProperties sees a lone if (passing)',
    { if: { patternProperties: { foo: { type: 'string' } } }, unevaluatedProperties: false },
    { foo: 'a' },
    true,
  ],
  [
    'unevaluatedProperties sees a lone if (other key)',
    { if: { patternProperties: { foo: { type: 'string' } } }, unevaluatedProperties: false },
    { bar: 'a' },
    false,
  ],
  [
    'unevaluatedProperties sees a lone if (failing)',
    { if: { properties: { foo: { type: 'string' } } }, unevaluatedProperties: false },
    { foo: 1 },
    false,
  ],
  [
    'unevaluatedItems sees a lone if (passing)',
    { if: { prefixItems: [{ const: 'a' }] }, unevaluatedItems: false },
    ['a'],
    true,
  ],
  [
    'unevaluatedItems sees a lone if (failing)',
    { if: { prefixItems: [{ const: 'a' }] }, unevaluatedItems: false },
    ['b'],
    false,
  ],
  // ajv reuses `var valid` across an enclosing loop: after [{}] satisfied contains, [] passes too
  // (found by `npm run fuzz`, seed 980702389).
  [
    'contains in items: an empty array after one that matched',
    { items: { contains: { minimum: 0 } } },
    [[{}], []],
    false,
  ],
  [
    'contains in additionalProperties: an empty array after one that matched',
    { additionalProperties: { contains: { minimum: 0 } } },
    { c: [{}], a: [] },
    false,
  ],
  ['contains in items: every array has a match', { items: { contains: { minimum: 0 } } }, [[{}], [1]], true],
  // ajv 8.20 throws "Cannot set properties of undefined" here (found by `npm run fuzz`, seed 432316790).
  [
    'patternProperties next to an anyOf whose branch has const and additionalProperties',
    { patternProperties: { '^x-': true }, anyOf: [{ minimum: 1 }, { const: 'x-1', additionalProperties: true }] },
    { 'x-1': null },
    true,
  ],
  [
    'the same, no branch matching',
    { patternProperties: { '^x-': true }, anyOf: [{ minimum: 1 }, { const: 'x-1', additionalProperties: true }] },
    0,
    false,
  ],
  // ajv 8 counts the items an anyOf/oneOf branch's `items` evaluated as one: [1, 2] fails
  // unevaluatedItems (allOf is right). Found by the differential test, seed 777, 400 schemas.
  [
    'unevaluatedItems sees the items of an anyOf branch',
    { anyOf: [{ items: true }], unevaluatedItems: false },
    [1, 2],
    true,
  ],
  [
    'unevaluatedItems sees the items of the oneOf branch that passed',
    { oneOf: [false, { items: { type: 'integer' } }], unevaluatedItems: false },
    [1, 2],
    true,
  ],
  [
    'the same, a branch item that fails',
    { oneOf: [false, { items: { type: 'integer' } }], unevaluatedItems: false },
    [1, 'x'],
    false,
  ],
  // ajv checks `a` against the root (its unevaluatedProperties refuses `x`), not against `$defs/s`.
  [
    'a $dynamicRef to an anchor in $defs resolves there, not to the root',
    {
      $defs: { s: { $dynamicAnchor: 'meta', type: ['object', 'boolean'] } },
      properties: { a: { $dynamicRef: '#meta' } },
      unevaluatedProperties: false,
    },
    { a: { x: 1 } },
    true,
  ],
  [
    'the same, a value the anchored schema refuses',
    {
      $defs: { s: { $dynamicAnchor: 'meta', type: ['object', 'boolean'] } },
      properties: { a: { $dynamicRef: '#meta' } },
      unevaluatedProperties: false,
    },
    { a: 1 },
    false,
  ],
];

describe('cases where ajv is no oracle', () => {
  let schemas: Record<string, { is(v: unknown): boolean }>;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specforge-proto-'));
    const components = cases.map(([, schema], i) => {
      writeFileSync(path.join(dir, `p${i}.json`), JSON.stringify(schema));
      return `    P${i}: { $ref: './p${i}.json' }`;
    });
    writeFileSync(
      path.join(dir, 'openapi.yaml'),
      `openapi: 3.1.0\ninfo: { title: p, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n${components.join('\n')}\n`,
    );
    await generate({ spec: path.join(dir, 'openapi.yaml'), out: path.join(dir, 'pkg') });
    schemas = (
      (await import(pathToFileURL(path.join(dir, 'pkg/validators.gen.ts')).href)) as { schemas: typeof schemas }
    ).schemas;
  });

  it.each(cases.map((c, i) => [c[0], i, c[2], c[3]] as const))('%s', (_name, i, value, valid) => {
    expect(schemas[`P${i}`]!.is(value)).toBe(valid);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
