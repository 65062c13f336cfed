/**
 * `fakes` of the msw entry: a factory per schema of `schemas`, run. Each fake is valid by the
 * schema's own validator, the same per seed; hostile names are keys like any other; the types are
 * the schemas' (as JSON has them). And the handler factories' typed overrides: a reply by declared
 * status, or a resolver returning one.
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
        '404':
          description: gone
          content: { application/json: { schema: { type: object, required: [message], properties: { message: { type: string } } } } }
components:
  schemas:
    User:
      type: object
      required: [id, email, created, role, password]
      properties:
        id: { type: string, format: uuid, readOnly: true }
        password: { type: string, minLength: 8, writeOnly: true }
        email: { type: string, format: email }
        created: { type: string, format: date-time }
        role: { enum: [admin, member] }
        manager: { oneOf: [{ $ref: '#/components/schemas/User' }, { type: 'null' }] }
    Team:
      type: object
      required: [name]
      properties:
        name: { type: string }
        members: { type: array, maxItems: 20, items: { $ref: '#/components/schemas/User' } }
        tags: { type: array, minItems: 1, items: { type: string } }
        note: { type: string }
    # Reached by no operation: fakes cover every schema, not only what handlers answer.
    Invite: { type: object, required: [code], properties: { code: { type: string, pattern: '^[A-Z]{3}-[0-9]{4}$' } } }
    __proto__: { type: object, required: [x], properties: { x: { const: 1 } } }
    # A child's validator checks the tag it inherits: petType is "cat".
    Pet:
      type: object
      required: [petType]
      properties: { petType: { type: string } }
      discriminator: { propertyName: petType, mapping: { cat: '#/components/schemas/Cat' } }
    Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: object, properties: { claws: { type: integer } } }] }
    Never: false
    # A commit SHA: samples of the pattern as long as minLength asks (padding would break the pattern).
    Sha: { type: string, minLength: 40, maxLength: 40, pattern: '^[0-9a-fA-F]+$' }
    # A repetition no sample can be built for: generation gives up on it (it built a billion characters).
    Huge: { type: string, pattern: '^a{1000000000}$' }
    # PagerDuty's agent: a loose oneOf whose every value matches two alternatives. Strict mode takes
    # none, so the fake is what lenient mode takes (as the handlers answer), not an error.
    Agent:
      oneOf:
        - { type: object, required: [id, type], properties: { id: { type: string }, type: { type: string } } }
        - { type: object, required: [id, type], properties: { id: { type: string }, type: { type: string } } }
`;

type Fake = (seed?: number | { seed?: number; minimal?: boolean; items?: number; overrides?: unknown }) => unknown;
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
    for (const name of ['User', 'Invite', '__proto__', 'Sha']) {
      for (const seed of [0, 1, 2]) expect(schemas[name]!.is(fakes[name]!(seed))).toBe(true);
      expect(fakes[name]!(5)).toEqual(fakes[name]!(5));
    }
    expect(fakes['Invite']!()).toEqual({ code: expect.stringMatching(/^[A-Z]{3}-[0-9]{4}$/) });
    for (const seed of [0, 1, 2, 3]) {
      const cat = fakes['Cat']!(seed);
      expect([schemas['Cat']!.is(cat), (cat as { petType: string }).petType]).toEqual([true, 'cat']);
    }
    const users = new Set([0, 1, 2, 3].map((seed) => JSON.stringify(fakes['User']!(seed))));
    expect(users.size).toBeGreaterThan(1);
  });

  it('make a request body of a schema whose views differ: readOnly left out, writeOnly made', () => {
    const write = (fakes['User'] as Fake & { write: Fake }).write;
    const validators = schemas as unknown as Record<string, { write: { is(value: unknown): boolean } }>;
    for (const seed of [0, 1, 2]) {
      const body = write(seed) as Record<string, unknown>;
      expect(validators['User']!.write.is(body)).toBe(true);
      expect(Object.keys(body)).toContain('password');
      expect(Object.keys(body)).not.toContain('id');
      const read = fakes['User']!(seed) as Record<string, unknown>;
      expect(Object.keys(read)).toContain('id');
      expect(Object.keys(read)).not.toContain('password');
    }
    expect('write' in fakes['Invite']!).toBe(false);
  });

  it('keep a schema named __proto__ a key, and say which schema no value satisfies', () => {
    expect(Object.getPrototypeOf(fakes)).toBe(Object.prototype);
    expect(Object.hasOwn(fakes, '__proto__')).toBe(true);
    expect(fakes['__proto__']!()).toEqual({ x: 1 });
    expect(() => fakes['Never']!()).toThrow(
      'specforge msw: no fake Never passes its validator (must not be present (false schema))',
    );
    expect(() => fakes['Huge']!()).toThrow('specforge msw: no fake Huge passes its validator (must match the pattern');
  });

  it('make a value of a loose oneOf that lenient mode takes, as the handlers answer', () => {
    const agents = schemas as unknown as Record<string, { issues(v: unknown, o?: { lenient?: boolean }): unknown[] }>;
    for (const seed of [0, 1, 2]) {
      const agent = fakes['Agent']!(seed);
      expect(agent).toEqual({ id: expect.any(String), type: expect.any(String) });
      expect(agents['Agent']!.issues(agent)).toEqual([
        expect.objectContaining({ message: 'must match exactly one schema in oneOf' }),
      ]);
      expect(agents['Agent']!.issues(agent, { lenient: true })).toEqual([]);
    }
  });

  it('take a size: only the required properties, or lists as long as the schema allows', () => {
    const team = (o: Parameters<Fake>[0]) =>
      fakes['Team']!(o) as { name: string; members?: unknown[]; tags?: string[] };
    expect(Object.keys(team({ minimal: true }))).toEqual(['name']);
    const five = team({ items: 5 });
    expect([five.members?.length, five.tags?.length]).toEqual([5, 5]);
    // Within maxItems and minItems.
    expect(team({ items: 50 }).members).toHaveLength(20);
    expect(team({ items: 0 }).tags).toHaveLength(1);
    for (const o of [{ minimal: true }, { items: 5 }, { items: 50, seed: 4 }])
      expect(schemas['Team']!.is(team(o))).toBe(true);
    expect(team({ seed: 3 })).toEqual(team(3));
    expect(Object.keys(fakes['User']!({ minimal: true }) as object).sort()).toEqual(['created', 'email', 'id', 'role']);
  });

  it('take overrides: merged deep, lists whole, undefined leaves out; the whole checked', () => {
    const user = fakes['User']!({ seed: 1, overrides: { role: 'admin', email: 'ann@example.com' } }) as Record<
      string,
      unknown
    >;
    expect(user).toMatchObject({ role: 'admin', email: 'ann@example.com' });
    expect(user['id']).toBe((fakes['User']!(1) as { id: string }).id);
    expect(schemas['User']!.is(user)).toBe(true);
    // Deep: into the nested user, which is the oneOf's object alternative whatever the seed gives.
    for (const seed of [0, 1, 2, 3]) {
      const managed = fakes['User']!({ seed, overrides: { manager: { role: 'member' } } }) as {
        manager: { role: string; id: string };
      };
      expect([managed.manager.role, typeof managed.manager.id, schemas['User']!.is(managed)]).toEqual([
        'member',
        'string',
        true,
      ]);
    }
    expect((fakes['User']!({ overrides: { manager: null } }) as { manager: unknown }).manager).toBeNull();
    const team = fakes['Team']!({ items: 5, overrides: { tags: ['a'], note: undefined } }) as Record<string, unknown>;
    expect([team['tags'], 'note' in team, (team['members'] as unknown[]).length]).toEqual([['a'], false, 5]);
    // An own __proto__ key (as JSON.parse makes) is a property, not the fake's prototype.
    const hostile = fakes['Team']!({ overrides: JSON.parse('{"__proto__": {"polluted": true}}') }) as object;
    expect([Object.getPrototypeOf(hostile), Object.hasOwn(hostile, '__proto__')]).toEqual([Object.prototype, true]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // Overrides no value of the schema has: said, with the validator's issue. (A role the spec does
    // not list is a value, as the read view's open enum says: a server may send one.)
    expect(() => fakes['User']!({ overrides: { created: 'yesterday' } })).toThrow(
      /^specforge msw: no fake User with these overrides passes its validator \(created: must be a valid date-time\)$/,
    );
    expect((fakes['User']!({ overrides: { role: 'owner' } }) as { role: string }).role).toBe('owner');
  });

  it('are typed as the schemas are', () => {
    const output = typeCheckUsage(pkg.dir, [
      "import { fakes } from './msw.gen.js';",
      "import type { User, UserWrite } from './types.gen.js';",
      'const user: User = fakes.User();',
      'const body: UserWrite = fakes.User.write(3);',
      '// @ts-expect-error: a request body has no read-only id',
      'void body.id;',
      '// @ts-expect-error: Invite has one view',
      'fakes.Invite.write();',
      'const another: User = fakes.User(7);',
      "const role: 'admin' | 'member' | (string & {}) = user.role;",
      '// @ts-expect-error: no such schema',
      'fakes.Nope();',
      '// @ts-expect-error: a seed is a number',
      "fakes.User('7');",
      'const lean: User = fakes.User({ seed: 2, minimal: true, items: 3 });',
      '// @ts-expect-error: no such option',
      'fakes.User({ size: 3 });',
      "const admin: User = fakes.User({ overrides: { role: 'admin', manager: { email: 'a@example.com' } } });",
      "const teamBody = fakes.Team({ overrides: { tags: ['x'], note: undefined } });",
      "// @ts-expect-error: an override has the property's type",
      'fakes.User({ overrides: { email: 1 } });',
      "// @ts-expect-error: and the schema's properties only",
      'fakes.User({ overrides: { nickname: "x" } });',
      "// @ts-expect-error: a request body's overrides are of the write view: no id",
      "fakes.User.write({ overrides: { id: 'x' } });",
      'void admin; void teamBody;',
      'void lean;',
      'void another; void role; void body;',
    ]);
    expect(output).toBe('');
  }, 60_000);
});

describe('typed overrides of a handler', () => {
  const getUser = () => pkg.client['getUser']!({ path: { id: 'u1' } });
  const withHandler = async <T>(handler: unknown, run: () => Promise<T>): Promise<T> => {
    pkg.current = [handler, ...pkg.handlers];
    try {
      return await run();
    } finally {
      pkg.current = pkg.handlers;
    }
  };

  it('answer a reply by declared status, or what a resolver returns', async () => {
    const gone = await withHandler(pkg.mock['getUserHandler']!({ status: 404, body: { message: 'gone' } }), getUser);
    expect([gone.status, gone.error]).toEqual([404, { message: 'gone' }]);
    const named = await withHandler(
      pkg.mock['getUserHandler']!(({ request }: { request: Request }) => ({
        status: 200,
        body: { ...(fakes['User']!() as object), email: `${new URL(request.url).pathname.split('/')[2]}@example.com` },
        headers: { 'x-mock': 'yes' },
      })),
      getUser,
    );
    expect(named.error).toBeUndefined();
    expect((named.data as { email: string }).email).toBe('u1@example.com');
    expect(named.response.headers.get('x-mock')).toBe('yes');
    // A resolver that returns nothing leaves the request to the next handler: the fakes.
    const through = await withHandler(
      pkg.mock['getUserHandler']!(() => undefined),
      getUser,
    );
    expect(schemas['User']!.is(through.data)).toBe(true);
    const raw = await withHandler(
      pkg.mock['getUserHandler']!(() => pkg.msw.HttpResponse.json({ message: 'teapot' }, { status: 404 })),
      getUser,
    );
    expect(raw.error).toEqual({ message: 'teapot' });
  });

  it('are typed by the operation’s declared responses', () => {
    const output = typeCheckUsage(pkg.dir, [
      "import { HttpResponse } from 'msw';",
      "import { fakes, getUserHandler } from './msw.gen.js';",
      "getUserHandler({ status: 404, body: { message: 'gone' } });",
      'getUserHandler({ status: 200, body: fakes.User() });',
      "getUserHandler(({ request }) => (request.headers.has('x') ? { status: 404, body: { message: 'x' } } : undefined));",
      "getUserHandler(() => HttpResponse.json({ message: 'raw' }, { status: 404 }));",
      '// @ts-expect-error: 418 is no declared status',
      'getUserHandler({ status: 418, body: {} });',
      "// @ts-expect-error: a 404's body is { message }",
      'getUserHandler({ status: 404, body: { nope: 1 } });',
      '// @ts-expect-error: a 200 has a body',
      'getUserHandler({ status: 200 });',
    ]);
    expect(output).toBe('');
  }, 60_000);
});
