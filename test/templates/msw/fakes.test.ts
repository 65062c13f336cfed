/**
 * `fakes` of the msw entry: a factory per schema of `schemas`, run. Each fake is valid by the
 * schema's own validator, the same per seed; hostile names are keys like any other; the types are
 * the schemas' (as JSON has them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mswPackage, type MswPackage } from '../../support/msw-package.js';
import { typeCheckUsage } from '../../support/tsc.js';

const SPEC = `openapi: 3.1.0
info: { title: fakes, version: '1' }
paths:
  /users/{id}:
    get:
      operationId: getUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
components:
  schemas:
    User:
      type: object
      required: [id, email, created, role]
      properties:
        id: { type: string, format: uuid }
        email: { type: string, format: email }
        created: { type: string, format: date-time }
        role: { enum: [admin, member] }
        manager: { oneOf: [{ $ref: '#/components/schemas/User' }, { type: 'null' }] }
    # Reached by no operation: fakes cover every schema, not only what handlers answer.
    Invite: { type: object, required: [code], properties: { code: { type: string, pattern: '^[A-Z]{3}-[0-9]{4}$' } } }
    __proto__: { type: object, required: [x], properties: { x: { const: 1 } } }
    Never: false
`;

type Fake = (seed?: number) => unknown;
let pkg: MswPackage;
let fakes: Record<string, Fake>;
let schemas: Record<string, { is(value: unknown): boolean }>;
beforeAll(async () => {
  pkg = await mswPackage('fakes', SPEC);
  fakes = (pkg.mock as unknown as { fakes: Record<string, Fake> }).fakes;
  schemas = pkg.load<{ schemas: typeof schemas }>('dist/validators.gen.js').schemas;
}, 60_000);
afterAll(() => pkg.remove());

describe('fakes', () => {
  it('make a value of each schema that its validator accepts, the same per seed', () => {
    expect(Object.keys(fakes)).toEqual(Object.keys(schemas));
    for (const name of ['User', 'Invite', '__proto__']) {
      for (const seed of [0, 1, 2]) expect(schemas[name]!.is(fakes[name]!(seed))).toBe(true);
      expect(fakes[name]!(5)).toEqual(fakes[name]!(5));
    }
    expect(fakes['Invite']!()).toEqual({ code: expect.stringMatching(/^[A-Z]{3}-[0-9]{4}$/) });
    const users = new Set([0, 1, 2, 3].map((seed) => JSON.stringify(fakes['User']!(seed))));
    expect(users.size).toBeGreaterThan(1);
  });

  it('keep a schema named __proto__ a key, and say which schema no value satisfies', () => {
    expect(Object.getPrototypeOf(fakes)).toBe(Object.prototype);
    expect(Object.hasOwn(fakes, '__proto__')).toBe(true);
    expect(fakes['__proto__']!()).toEqual({ x: 1 });
    expect(() => fakes['Never']!()).toThrow('specforge msw: no fake Never passes its validator');
  });

  it('are typed as the schemas are', () => {
    const output = typeCheckUsage(pkg.dir, [
      "import { fakes } from './msw.gen.js';",
      "import type { User } from './types.gen.js';",
      'const user: User = fakes.User();',
      'const another: User = fakes.User(7);',
      "const role: 'admin' | 'member' | (string & {}) = user.role;",
      '// @ts-expect-error: no such schema',
      'fakes.Nope();',
      '// @ts-expect-error: a seed is a number',
      "fakes.User('7');",
      'void another; void role;',
    ]);
    expect(output).toBe('');
  }, 60_000);
});
