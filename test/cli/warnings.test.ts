/** Real-world spec problems: tolerated with a located warning, refused under --strict. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../support/cli.js';
import { tempSpecDir } from '../support/fixtures.js';

const head = (v = '3.0.3') => `openapi: ${v}\ninfo: { title: t, version: '1' }\n`;
const cases: Array<[string, string, RegExp]> = [
  [
    'operation without responses',
    `${head()}paths:\n  /a:\n    get: {}\n`,
    /openapi\.yaml:5:10: warning: GET \/a declares no responses/,
  ],
  [
    '$ref with sibling keywords (3.0)',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    A: { type: string }\n    B: { $ref: ` +
      `'#/components/schemas/A', maxLength: 3 }\n`,
    /openapi\.yaml:7:16: warning: \$ref has sibling keywords \(maxLength\), which OpenAPI 3\.0 ignores/,
  ],
  [
    'enum with duplicate values',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    E: { type: string, enum: [a, a] }\n`,
    /openapi\.yaml:6:\d+: warning: enum value "a" is listed twice/,
  ],
  [
    'unknown format',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    F: { type: string, format: zipcode }\n`,
    /openapi\.yaml:6:\d+: warning: unknown format "zipcode"/,
  ],
  [
    'type that disagrees with its enum',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    T: { type: integer, enum: [1, two] }\n`,
    /openapi\.yaml:6:\d+: warning: enum value "two" does not match the schema's type integer/,
  ],
  [
    'undeclared path parameter',
    `${head()}paths:\n  /a/{id}:\n    get: { responses: { '200': { description: ok } } }\n`,
    /openapi\.yaml:5:10: warning: path parameter "id" of \/a\/\{id\} is not declared/,
  ],
  [
    'allOf member closed with additionalProperties: false',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    Base: { type: object, additionalProperties: false, ` +
      `properties: { id: { type: string } } }\n    Ext:\n      properties: { tag: { type: string } }\n      ` +
      `allOf:\n        - $ref: '#/components/schemas/Base'\n        - { properties: { name: { type: string } } }\n`,
    /openapi\.yaml:10:11: warning: allOf member sets additionalProperties: false, so validators reject the properties the other members add \("name", "tag"\)/,
  ],
  [
    'pattern written as a regex literal',
    `${head()}paths: {}\ncomponents:\n  schemas:\n    U: { type: string, pattern: '/^[a-z0-9._]+$/' }\n`,
    /openapi\.yaml:6:\d+: warning: `pattern` "\/\^\[a-z0-9\._\]\+\$\/" looks like a JavaScript regular expression literal/,
  ],
  [
    'nullable in a 3.1 spec',
    `${head('3.1.0')}paths: {}\ncomponents:\n  schemas:\n    N: { type: string, nullable: true }\n`,
    /openapi\.yaml:6:\d+: warning: `nullable` is not an OpenAPI 3\.1 keyword \(3\.1 writes `type: \[T, 'null'\]`\); read as "or null"/,
  ],
  [
    'discriminator mapping key the schema cannot take',
    `${head('3.1.0')}paths: {}\ncomponents:\n  schemas:\n    P: { oneOf: [{ $ref: '#/components/schemas/B' }], ` +
      `discriminator: { propertyName: v, mapping: { x: '#/components/schemas/B' } } }\n    B: { properties: { v: { ` +
      `type: integer } } }\n`,
    /openapi\.yaml:6:\d+: warning: discriminator mapping key "x" is a value the schema it maps to cannot take; ignored/,
  ],
  [
    '$recursiveRef (draft 2019-09) outside a schema with $recursiveAnchor, which is not followed',
    `${head('3.1.0')}paths: {}\ncomponents:\n  schemas:\n    T: { properties: { child: { ` +
      `$recursiveRef: '#' } } }\n`,
    /openapi\.yaml:6:\d+: warning: `\$recursiveRef` \(draft 2019-09\) is supported only as "#" inside a schema with `\$recursiveAnchor: true`: .*2020-12 writes `\$dynamicRef`/,
  ],
  [
    '$ref cycle without a schema',
    `${head('3.1.0')}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { ` +
      `$ref: '#/components/schemas/A' }\n`,
    /openapi\.yaml:6:\d+: warning: \$ref cycle without a schema/,
  ],
  [
    'Accept/Content-Type/Authorization header parameters, which OpenAPI ignores',
    `${head()}paths:\n  /a:\n    parameters: [{ name: Authorization, in: header, required: true, schema: { type: ` +
      `string } }]\n    get: { responses: { '200': { description: ok } } }\n    put: { parameters: [{ name: ` +
      `authorization, in: header, schema: { type: string } }], responses: { '200': { description: ok } } }\n`,
    /openapi\.yaml:5:18: warning: header parameter "Authorization" is ignored \(and 1 more declaration of it\), as OpenAPI says of Accept, Content-Type and Authorization/,
  ],
];

describe('spec problems', () => {
  it.each(cases)('%s: a located warning, and an error under --strict', async (_name, yaml, pattern) => {
    const dir = tempSpecDir({ 'openapi.yaml': yaml });
    const args = ['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out')];
    const tolerant = await run(args);
    expect(tolerant.code).toBe(0);
    expect(tolerant.err).toMatch(pattern);
    const strict = await run([...args, '--strict', '--out', path.join(dir, 'strict')]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(new RegExp(pattern.source.replace('warning:', 'error:')));
  });

  it('warns once of a nullable composition, which is parsed as "its schema, or null"', async () => {
    const dir = tempSpecDir({
      'openapi.yaml': `${head()}paths: {}\ncomponents:\n  schemas:\n    A: { type: string }\n    B: { nullable: true, allOf: [{ $ref: '#/components/schemas/A' }], examples: x }\n`,
    });
    const result = await run(['lint', path.join(dir, 'openapi.yaml')]);
    expect(result.err.match(/warning: schema `examples` must be an array; ignored/g)).toHaveLength(1);
  });

  it('lists a repeated warning at its first three places and counts the rest; --verbose lists all', async () => {
    const props = Array.from({ length: 7 }, (_, i) => `        p${i}: { type: string, format: zipcode }`).join('\n');
    const dir = tempSpecDir({
      'openapi.yaml': `${head()}paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n${props}\n`,
    });
    const args = ['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out')];
    const brief = await run(args);
    expect(brief.err.match(/warning: unknown format "zipcode"/g)).toHaveLength(3);
    expect(brief.err).toContain(
      'warning: 4 more like this (--verbose lists them): unknown format "zipcode"; it is documented but not validated',
    );
    const all = await run([...args, '--verbose']);
    expect(all.err.match(/openapi\.yaml:\d+:\d+: warning: unknown format "zipcode"/g)).toHaveLength(7);
    expect(all.err).not.toContain('more like this');
  });
});
