/**
 * templates/runtime/msw/faker.ts: the faker (deterministic, formats, bounds, safe property names,
 * terminating on self-reaching schemas) and fakes that pass a check. The corpus-wide property runs
 * in test/corpus/examples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fakeValue, validFake } from '../../../templates/runtime/msw/faker.js';
import type { FakeSchema, FakeSchemas } from '../../../templates/runtime/msw/answers.js';

const USER: FakeSchema = {
  types: ['object'],
  required: ['id', 'email', 'created', 'age'],
  properties: {
    id: { types: ['string'], format: 'uuid' },
    email: { types: ['string'], format: 'email' },
    created: { types: ['string'], format: 'date-time' },
    age: { types: ['integer'], minimum: 18, maximum: 30 },
    role: { enum: ['admin', 'member'] },
    code: { types: ['string'], samples: ['AB-1'], minLength: 4, maxLength: 4 },
    tags: {
      types: ['array'],
      items: { types: ['string'] },
      minItems: 2,
      maxItems: 2,
      uniqueItems: true,
    },
  },
};

describe('fakeValue', () => {
  it('is deterministic per seed and varies between seeds', () => {
    expect(fakeValue(USER, {}, 7)).toEqual(fakeValue(USER, {}, 7));
    const values = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(fakeValue(USER, {}, seed))));
    expect(values.size).toBeGreaterThan(1);
  });

  it('makes integers for a number of format int32 or int64 (prices in cents)', () => {
    for (const format of ['int32', 'int64']) {
      const cents: FakeSchema = { types: ['number'], format };
      for (let seed = 0; seed < 20; seed++) expect(Number.isInteger(fakeValue(cents, {}, seed))).toBe(true);
    }
    const values = [0, 1, 2, 3, 4, 5].map((seed) => fakeValue({ types: ['number'] }, {}, seed) as number);
    expect(values.some((v) => !Number.isInteger(v))).toBe(true);
  });

  it('follows formats, bounds, enums, samples and array sizes', () => {
    for (let seed = 0; seed < 50; seed++) {
      const user = fakeValue(USER, {}, seed) as Record<string, unknown>;
      expect(user['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(user['email']).toMatch(/^[^@]+@example\.com$/);
      expect(Number.isNaN(Date.parse(user['created'] as string))).toBe(false);
      expect(user['age']).toBeGreaterThanOrEqual(18);
      expect(user['age']).toBeLessThanOrEqual(30);
      expect(['admin', 'member']).toContain(user['role']);
      expect(user['code']).toBe('AB-1');
      expect(new Set(user['tags'] as string[]).size).toBe(2);
    }
  });

  it('writes a property named __proto__ as data, never as the prototype', () => {
    const value = fakeValue(
      {
        types: ['object'],
        required: ['__proto__'],
        properties: { ['__proto__']: { const: { value: { polluted: true } } } },
      },
      {},
      1,
    ) as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('terminates on schemas that reach themselves through refs, allOf and unions', () => {
    const schemas: FakeSchemas = {
      Pet: {
        oneOf: [{ ref: 'Cat' }, { ref: 'Dog' }],
        tag: { property: 'kind', values: ['cat', 'dog'] },
      },
      Cat: {
        allOf: [
          { ref: 'Pet' },
          {
            types: ['object'],
            required: ['kind', 'friend'],
            properties: { kind: { types: ['string'] }, friend: { ref: 'Pet' } },
          },
        ],
      },
      Dog: {
        allOf: [
          { ref: 'Pet' },
          {
            types: ['object'],
            required: ['kind'],
            properties: { kind: { types: ['string'] } },
          },
        ],
      },
    };
    const pet = fakeValue({ ref: 'Pet' }, schemas, 3) as { kind: string };
    expect(['cat', 'dog']).toContain(pet.kind);
  });

  it('follows a long chain of distinct required objects to its end (Stripe nests them 10 deep)', () => {
    // L0 requires an L1, which requires an L2, … each through a property and a ref: 2 levels a link.
    const schemas: FakeSchemas = Object.fromEntries(
      Array.from({ length: 16 }, (_, i): [string, FakeSchema] => [
        `L${i}`,
        i === 15
          ? {
              types: ['object'],
              required: ['end'],
              properties: { end: { const: { value: true } } },
            }
          : {
              types: ['object'],
              required: ['next'],
              properties: { next: { ref: `L${i + 1}` } },
            },
      ]),
    );
    let value = fakeValue({ ref: 'L0' }, schemas, 1) as Record<string, unknown>;
    for (let i = 0; i < 15; i++) value = value['next'] as Record<string, unknown>;
    expect(value).toEqual({ end: true });
  });

  it("keeps what a nullable member of an allOf requires (3.0's `nullable` beside allOf: Box's File--Mini)", () => {
    const schemas: FakeSchemas = {
      Base: {
        types: ['object'],
        required: ['id', 'type'],
        properties: { id: { types: ['string'] }, type: { enum: ['file'] } },
      },
      Mini: {
        anyOf: [{ types: ['object'], allOf: [{ ref: 'Base' }] }, { types: ['null'] }],
      },
      Full: {
        types: ['object'],
        allOf: [{ ref: 'Mini' }, { properties: { size: { types: ['integer'] } } }],
      },
    };
    for (let seed = 0; seed < 5; seed++)
      expect(fakeValue({ ref: 'Full' }, schemas, seed)).toMatchObject({
        id: expect.any(String),
        type: 'file',
      });
  });

  it('stops a schema inside itself at its second nesting, so a required tree stays small', () => {
    const node = {
      types: ['object'],
      required: ['left', 'right'],
      properties: { left: { ref: 'Node' }, right: { ref: 'Node' } },
    };
    const tree = fakeValue({ ref: 'Node' }, { Node: node }, 5);
    expect(tree).toEqual({
      left: { left: null, right: null },
      right: { left: null, right: null },
    });
  });
});
describe('validFake', () => {
  const check = (value: unknown) => (typeof value === 'number' && value > 100 ? [] : [{ message: 'too small' }]);

  it('retries from further seeds, then examples, until the validator accepts', () => {
    const answer = {
      status: 200,
      mediaType: 'application/json',
      schema: { types: ['integer'], maximum: 1000 },
      check,
    };
    expect(validFake(answer, {}, 1)).toEqual({ value: expect.any(Number) });
    const none = {
      ...answer,
      schema: { types: ['integer'], maximum: 5 },
      examples: [500],
    };
    expect(validFake(none, {}, 1)).toEqual({ value: 500 });
  });

  it('tries null where a union takes nothing else: oneOf [string, string | null] (Elasticsearch)', () => {
    const schema: FakeSchema = {
      types: ['array'],
      minItems: 3,
      items: {
        types: ['object'],
        required: ['version'],
        properties: {
          version: {
            oneOf: [{ types: ['string'] }, { types: ['string', 'null'] }],
          },
        },
      },
    };
    const onlyNull = (value: unknown) =>
      (value as { version: unknown }[]).every((v) => v.version === null) ? [] : [{ message: 'must match exactly one' }];
    for (const seed of [1, 2, 3])
      expect(
        validFake(
          {
            status: 200,
            mediaType: 'application/json',
            schema,
            check: onlyNull,
          },
          {},
          seed,
        ),
      ).toBeDefined();
  });

  it("keeps an allOf member's union (OpenAI's allOf [ToolChoiceOption, { nullable: true }])", () => {
    const schemas: FakeSchemas = {
      Option: { oneOf: [{ types: ['string'], enum: ['none', 'auto'] }, { ref: 'Named' }] },
      Named: { types: ['object'], required: ['type'], properties: { type: { const: { value: 'function' } } } },
    };
    for (let seed = 0; seed < 20; seed++) {
      const value = fakeValue({ allOf: [{ ref: 'Option' }, {}] }, schemas, seed);
      expect(value === 'none' || value === 'auto' || (value as { type?: string }).type === 'function').toBe(true);
    }
  });

  it("still leaves out a parent's union of its children (Cat: allOf [Pet], Pet: oneOf [Cat, Dog])", () => {
    const schemas: FakeSchemas = {
      Pet: {
        types: ['object'],
        required: ['name'],
        properties: { name: { types: ['string'] } },
        oneOf: [{ ref: 'Cat' }, { ref: 'Dog' }],
      },
      Cat: { allOf: [{ ref: 'Pet' }, { required: ['claws'], properties: { claws: { types: ['integer'] } } }] },
      Dog: { allOf: [{ ref: 'Pet' }, { required: ['bark'], properties: { bark: { types: ['boolean'] } } }] },
    };
    for (let seed = 0; seed < 20; seed++)
      expect(Object.keys(fakeValue({ ref: 'Cat' }, schemas, seed) as object).sort()).toEqual(['claws', 'name']);
  });

  it("finds a oneOf value no other alternative matches by its first alternative (Elasticsearch's Duration)", () => {
    // Any string, or "-1", or "0": a value of the second or third matches the first too.
    const duration: FakeSchema = { oneOf: [{ types: ['string'] }, { enum: ['-1'] }, { enum: ['0'] }] };
    const schema: FakeSchema = {
      types: ['object'],
      required: ['a', 'b', 'c', 'd', 'e'],
      properties: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, duration])),
    };
    const exactlyOne = (value: unknown) =>
      Object.values(value as object).some((v) => v === '-1' || v === '0') ? [{ message: 'matches two' }] : [];
    for (let seed = 0; seed < 10; seed++)
      expect(
        validFake({ status: 200, mediaType: 'application/json', schema, check: exactlyOne }, {}, seed),
      ).toBeDefined();
  });

  it('keeps to maxProperties and fills minProperties from the declared properties', () => {
    const properties = Object.fromEntries(['bool', 'match', 'term', 'range'].map((k) => [k, { types: ['object'] }]));
    const one: FakeSchema = {
      types: ['object'],
      minProperties: 1,
      maxProperties: 1,
      properties,
    };
    for (let seed = 0; seed < 5; seed++) {
      expect(Object.keys(fakeValue(one, {}, seed) as object)).toEqual(['bool']);
      const deep = fakeValue(
        {
          types: ['object'],
          required: ['q'],
          properties: {
            q: {
              types: ['array'],
              minItems: 1,
              items: {
                types: ['array'],
                minItems: 1,
                items: { types: ['array'], minItems: 1, items: one },
              },
            },
          },
        },
        {},
        seed,
      );
      expect(Object.keys((deep as { q: object[][][] }).q[0]![0]![0]!)).toEqual(['bool']);
    }
  });

  describe('when no attempt validates, the union an issue points to takes its next alternative', () => {
    // GitHub's event payload: a oneOf of open objects, one of them any object at all; only a value
    // that matches that one alone (`{}`) is valid, and random picks of 16 rarely find it.
    const alternatives: FakeSchema[] = [
      ...['ref', 'ref_type', 'pusher_type', 'master_branch', 'action', 'issue', 'pages', 'comment'].map(
        (name): FakeSchema => ({
          types: ['object'],
          required: [name, 'ref'],
          properties: { [name]: { types: ['string'] } },
        }),
      ),
      ...['action', 'ref', 'forkee', 'member', 'release', 'review', 'discussion'].map((name): FakeSchema => ({
        types: ['object'],
        required: [name],
      })),
      { types: ['object'] },
    ];
    const schema: FakeSchema = {
      types: ['array'],
      minItems: 3,
      items: { types: ['object'], required: ['id', 'payload'], properties: { payload: { oneOf: alternatives } } },
    };
    const matches = (value: object, alternative: FakeSchema) => (alternative.required ?? []).every((k) => k in value);
    const check = (events: unknown) => {
      const i = (events as { payload: object }[]).findIndex(
        (e) => alternatives.filter((alternative) => matches(e.payload, alternative)).length !== 1,
      );
      return i < 0 ? [] : [{ message: 'must match exactly one schema in oneOf', path: [i, 'payload'] }];
    };

    it('finds the one alternative a made-up value matches alone, in every item', () => {
      for (let seed = 0; seed < 10; seed++) {
        const fake = validFake({ status: 200, schema, check }, {}, seed);
        expect(fake).toBeDefined();
        const payloads = (fake!.value as { payload: object }[]).map((e) => e.payload);
        expect(payloads.length).toBeGreaterThanOrEqual(3);
        expect(payloads.every((p) => Object.keys(p).length === 0)).toBe(true);
      }
    });

    it('tells apart a union inside an alternative at the same path, and gives up on an issue no union explains', () => {
      const inner: FakeSchema = { oneOf: [{ types: ['string'] }, { types: ['integer'] }, { types: ['boolean'] }] };
      const nested: FakeSchema = { oneOf: [{ types: ['string'] }, inner] };
      // Only a boolean passes: the outer union must take `inner`, and `inner` its third alternative.
      const onlyBoolean = (value: unknown) =>
        typeof value === 'boolean' ? [] : [{ message: 'must match exactly one schema in oneOf', path: [] }];
      for (let seed = 0; seed < 10; seed++)
        expect(typeof validFake({ status: 200, schema: nested, check: onlyBoolean }, {}, seed)?.value).toBe('boolean');
      const never = () => [{ message: 'must be string', path: ['id'] }];
      expect(validFake({ status: 200, schema, check: never }, {}, 1)).toBeUndefined();
    });

    it('takes an alternative of each union an allOf joins, each with its tag', () => {
      // Cribl's S3 collector settings: a partitioning scheme and a way to sign in, each a tagged oneOf.
      const tagged = (property: string, values: string[]): FakeSchema => ({
        oneOf: values.map((v) => ({
          types: ['object'],
          required: [property],
          properties: { [property]: { enum: [v] } },
        })),
        tag: { property, values },
      });
      const conf: FakeSchema = {
        types: ['object'],
        required: ['bucket'],
        properties: { bucket: { types: ['string'] } },
        allOf: [tagged('scheme', ['none', 'ddss']), tagged('auth', ['auto', 'manual', 'secret'])],
      };
      const seen = new Set<string>();
      for (let seed = 0; seed < 20; seed++) {
        const value = fakeValue(conf, {}, seed) as Record<string, unknown>;
        expect(Object.keys(value).sort()).toEqual(['auth', 'bucket', 'scheme']);
        seen.add(`${String(value['scheme'])}/${String(value['auth'])}`);
      }
      // Both unions vary, independently.
      expect(seen.size).toBeGreaterThan(3);
    });

    it('takes the optional property that ends a recursion where only one fits (annotated refs too)', () => {
      // Elasticsearch's span query: exactly one of its properties, the first two nesting span queries
      // again through `{ description, allOf: [{ $ref }] }`, 3.0's annotated reference (an allOf of
      // one reference in the fake schema table).
      const span = (): FakeSchema => ({ allOf: [{ ref: 'Span' }] });
      const schemas: FakeSchemas = {
        Span: {
          types: ['object'],
          minProperties: 1,
          maxProperties: 1,
          properties: {
            containing: { allOf: [{ ref: 'Containing' }] },
            first: { types: ['object'], required: ['match'], properties: { match: span() } },
            term: { types: ['object'], required: ['field'], properties: { field: { types: ['string'] } } },
          },
        },
        Containing: {
          types: ['object'],
          required: ['big', 'little'],
          properties: { big: span(), little: span() },
        },
      };
      type Issue = { message: string; path: PropertyKey[] };
      const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
      // The span query's validator, by hand: the first issue, where it is.
      const spanIssue = (v: unknown, path: PropertyKey[]): Issue | undefined => {
        if (!isObject(v) || Object.keys(v).length !== 1) return { message: 'must be one span query', path };
        const [[key, inner]] = Object.entries(v) as [[string, unknown]];
        const at = [...path, key];
        if (!isObject(inner)) return { message: 'must be object', path: at };
        if (key === 'containing')
          return spanIssue(inner['big'], [...at, 'big']) ?? spanIssue(inner['little'], [...at, 'little']);
        if (key === 'first') return spanIssue(inner['match'], [...at, 'match']);
        return typeof inner['field'] === 'string' ? undefined : { message: 'must be string', path: [...at, 'field'] };
      };
      const check = (v: unknown) => [spanIssue(v, [])].filter((i) => i !== undefined);
      for (let seed = 0; seed < 5; seed++) {
        const fake = validFake({ status: 200, schema: { ref: 'Span' }, check }, schemas, seed);
        expect(fake, `seed ${seed}`).toBeDefined();
        expect(check(fake!.value)).toEqual([]);
      }
    });

    it('answers a value of the type (lenient mode takes it) when strict mode takes none: a loose oneOf', () => {
      // PagerDuty's: open objects, every value matching two; strict mode refuses the server's every value too.
      const loose: FakeSchema = {
        oneOf: [
          { types: ['object'], properties: { a: { types: ['string'] } } },
          { types: ['object'], properties: { b: { types: ['string'] } } },
        ],
      };
      const modes: string[] = [];
      const twice = (value: unknown, mode: 'strict' | 'lenient') => {
        modes.push(mode);
        const ok = typeof value === 'object' && value !== null;
        return ok && mode === 'lenient' ? [] : [{ message: 'must match exactly one schema in oneOf', path: [] }];
      };
      const fake = validFake({ status: 200, schema: loose, check: twice }, {}, 3);
      expect(typeof fake?.value).toBe('object');
      // Strict mode first, every attempt and repair; lenient mode only at the end.
      expect(modes.at(-1)).toBe('lenient');
      expect(modes.filter((m) => m === 'lenient')).toHaveLength(1);
    });
  });
});
