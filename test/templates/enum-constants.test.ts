/**
 * Named enum members (`x-enum-varnames` / `x-enumNames`, `x-enum-descriptions`) become a constant
 * next to the type; names and descriptions are data (hostile ones included), and a list that does
 * not name every value once is refused with a warning instead of half-emitted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { typeCheck } from '../support/tsc.js';
import { generate } from '../../generator/generate.js';
import { typesTarget } from '../../templates/types/target.js';
import { resolveTargets } from '../../templates/targets.js';
import { enumValueKeys } from '../../generator/plan/names.js';

const spec = (schema: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: { schemas: { Status: schema } },
});

describe('enum constants', () => {
  it('emits the members by name, with their descriptions, and the package type-checks', async () => {
    const pkg = await generateInline(
      spec({
        type: 'string',
        enum: ['ACTIVE', 'INACTIVE', 'PENDING'],
        'x-enum-varnames': ['Active', 'Inactive', 'Pending'],
        'x-enum-descriptions': ['In use', '', 'Waiting */ for approval'],
      }),
    );
    const mod = await pkg.load();
    expect(mod['Status']).toEqual({ Active: 'ACTIVE', Inactive: 'INACTIVE', Pending: 'PENDING' });
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toContain('* In use');
    expect(types).toContain('Waiting *\\/ for approval');
    const check = typeCheck(pkg.out);
    expect(check.output).toBe('');
  }, 30_000);

  it("reads Azure's x-ms-enum values (names, descriptions; a value it leaves out named by itself)", async () => {
    const pkg = await generateInline(
      spec({
        type: 'string',
        enum: ['Free', 'Standard_LRS', 'Premium'],
        'x-ms-enum': {
          name: 'SkuTier',
          modelAsString: true,
          values: [
            { value: 'Free', name: 'Free' },
            { value: 'Standard_LRS', name: 'StandardLrs', description: 'Locally redundant' },
          ],
        },
      }),
    );
    expect((await pkg.load())['Status']).toEqual({ Free: 'Free', StandardLrs: 'Standard_LRS', Premium: 'Premium' });
    expect(readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8')).toContain('* Locally redundant');
    // Without a values list nothing names the members: no constant, no warning.
    const plain = await generate({
      spec: path.join(
        (await generateInline(spec({ type: 'string', enum: ['a'], 'x-ms-enum': { name: 'X' } }))).dir,
        'openapi.json',
      ),
      out: path.join(pkg.dir, 'plain'),
    });
    expect(plain.warnings).toEqual([]);
    expect(readFileSync(path.join(pkg.dir, 'plain', 'types.gen.ts'), 'utf8')).not.toContain('export const Status');
  }, 30_000);

  it('treats x-ms-enum modelAsString: true as extensible: any string is valid, requests included', async () => {
    const azure = (modelAsString: boolean) => ({
      type: 'string',
      enum: ['Free', 'Premium'],
      'x-ms-enum': { name: 'Tier', modelAsString },
    });
    const pkg = await generateInline({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Open: azure(true),
          Closed: azure(false),
          Sku: {
            type: 'object',
            properties: { tier: { $ref: '#/components/schemas/Open' }, size: { ...azure(true), nullable: true } },
          },
        },
      },
    });
    const { schemas } = (await pkg.load()) as { schemas: Record<string, { is(v: unknown): boolean }> };
    // Azure: "no validation will happen"; the service may add values, in answers and in requests.
    expect(schemas['Open']!.is('Standard')).toBe(true);
    expect(schemas['Open']!.is(5)).toBe(false);
    expect(schemas['Closed']!.is('Standard')).toBe(false);
    expect(schemas['Sku']!.is({ tier: 'Basic', size: null })).toBe(true);
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    // Open in both views, so one type serves both; the closed enum keeps its closed write view.
    expect(types).toContain("export type Open = 'Free' | 'Premium' | (string & {});");
    expect(types).not.toContain('OpenWrite');
    expect(types).toContain("export type ClosedWrite = 'Free' | 'Premium';");
    expect(types).toContain("size?: 'Free' | 'Premium' | null | (string & {});");
    expect(typeCheck(pkg.out).output).toBe('');
  }, 30_000);

  it('keeps hostile names as data: quoted keys, no prototype change', async () => {
    const pkg = await generateInline(
      spec({ enum: [1, 2, 3, 4], 'x-enumNames': ['__proto__', 'constructor', 'two words', "'); process.exit(1); ('"] }),
    );
    const status = (await pkg.load())['Status'] as Record<string, unknown>;
    expect(Object.getPrototypeOf(status)).toBe(Object.prototype);
    expect(Object.keys(status)).toEqual(['__proto__', 'constructor', 'two words', "'); process.exit(1); ('"]);
    expect(Object.values(status)).toEqual([1, 2, 3, 4]);
    expect(typeCheck(pkg.out).ok).toBe(true);
  }, 30_000);

  it.each([
    [{ enum: ['a', 'b'], 'x-enum-varnames': ['A'] }, /has 1 names for 2 values/],
    [{ enum: ['a', 'b'], 'x-enum-varnames': ['A', 'A'] }, /names a member twice/],
    [{ enum: ['a', 'b'], 'x-enum-varnames': 'A,B' }, /must be an array of non-empty strings/],
    [{ enum: [{ a: 1 }], 'x-enum-varnames': ['A'] }, /names non-primitive values/],
  ])(
    'refuses %j with a warning and emits no constant',
    async (schema, warning) => {
      const dir = (await generateInline(spec(schema))).dir;
      const result = await generate({ spec: path.join(dir, 'openapi.json'), out: path.join(dir, 'again') });
      expect(result.warnings.map((w) => w.message).join('\n')).toMatch(warning);
      expect(readFileSync(path.join(dir, 'again/types.gen.ts'), 'utf8')).not.toContain('export const Status');
    },
    30_000,
  );
});

describe("the types target's enums option", () => {
  const schemas = {
    Status: { type: 'string', enum: ['in_progress', 'done', 'DONE', '', '__proto__'] },
    Level: { type: 'integer', enum: [1, 2, 10] },
    Named: { type: 'string', enum: ['A'], 'x-enum-varnames': ['Alpha'] },
  };
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };

  it("'object' gives every component enum an as-const object, keyed by names made from its values", async () => {
    const pkg = await generateInline(doc, { targets: [typesTarget({ enums: 'object' })] });
    const mod = await pkg.load();
    expect(mod['Status']).toEqual({
      InProgress: 'in_progress',
      Done: 'done',
      DONE2: 'DONE',
      Empty: '',
      Proto: '__proto__',
    });
    expect(mod['Level']).toEqual({ _1: 1, _2: 2, _10: 10 });
    expect(mod['Named']).toEqual({ Alpha: 'A' }); // the spec's names still win
    const usage = [
      "import { Status, type Status as StatusType } from './index.js';",
      'const s: StatusType = Status.InProgress;',
      "export const check: 'in_progress' = Status.InProgress;",
      'export { s };',
    ];
    writeFileSync(path.join(pkg.out, 'usage.ts'), usage.join('\n'));
    expect(typeCheck(pkg.out).output).toBe('');
  }, 30_000);

  it("'union' (the default) keeps constants to the enums the spec names", async () => {
    const pkg = await generateInline(doc);
    const mod = await pkg.load();
    expect(mod['Status']).toBeUndefined();
    expect(mod['Named']).toEqual({ Alpha: 'A' });
  }, 30_000);

  it("a configured types target takes the built-in one's place; a bad option is refused", () => {
    const configured = typesTarget({ enums: 'object' });
    expect(resolveTargets(['client', configured]).find((t) => t.name === 'types')).toBe(configured);
    expect(() => typesTarget({ enums: 'enum' as never })).toThrow(
      "types target: enums must be 'union' or 'object', not \"enum\"",
    );
  });

  it('names made from values never collide, and are identifiers', () => {
    expect(enumValueKeys(['a-b', 'a_b', 'A B', null, true, false, 2.5, 25, '-'])).toEqual([
      'AB',
      'AB2',
      'AB3',
      'Null',
      'True',
      'False',
      '_25',
      '_252',
      'Empty',
    ]);
  });
});
