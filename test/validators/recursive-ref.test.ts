/**
 * Draft 2019-09's `$recursiveRef: "#"` in a schema marked `$recursiveAnchor: true`, as OpenAI's
 * public spec writes its `CompoundFilter` (filters of comparisons or compound filters again): read
 * as a reference to that schema (parse-schema.ts `recursiveRefTarget`), typed and validated so.
 * Any other `$recursiveRef` stays `unknown`, unchecked, with a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument } from '../support/fixtures.js';

const comparison = {
  type: 'object',
  required: ['type', 'key', 'value'],
  properties: { type: { enum: ['eq', 'ne'] }, key: { type: 'string' }, value: { type: 'string' } },
};
const compound = {
  $recursiveAnchor: true,
  type: 'object',
  required: ['type', 'filters'],
  properties: {
    type: { enum: ['and', 'or'] },
    filters: {
      type: 'array',
      items: { oneOf: [{ $ref: '#/components/schemas/ComparisonFilter' }, { $recursiveRef: '#' }] },
    },
  },
};

describe('$recursiveRef', () => {
  let schemas: Record<string, { is(value: unknown): boolean; '~standard': { validate(v: unknown): any } }>;
  let types = '';
  beforeAll(async () => {
    const pkg = await generateInline(
      schemasDocument({
        ComparisonFilter: comparison,
        CompoundFilter: compound,
        // No `$recursiveAnchor` where it is: "#" names the document, not a schema.
        Unanchored: { type: 'object', properties: { child: { $recursiveRef: '#' } } },
      }),
    );
    schemas = (await pkg.load()).schemas;
    types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
  });

  it('names the schema with $recursiveAnchor it is in: typed as that schema', () => {
    expect(types).toContain('filters: Array<ComparisonFilter | CompoundFilter>;');
    expect(types).toMatch(/child\?: unknown;/);
  });

  it('validates nested compound filters as compound filters, at any depth', () => {
    const eq = { type: 'eq', key: 'a', value: 'x' };
    const nested = { type: 'and', filters: [eq, { type: 'or', filters: [eq, { type: 'and', filters: [] }] }] };
    expect(schemas['CompoundFilter']!.is(nested)).toBe(true);
    const bad = { type: 'and', filters: [eq, { type: 'or', filters: [{ type: 'eq', key: 'a' }] }] };
    expect(schemas['CompoundFilter']!.is(bad)).toBe(false);
    expect(schemas['CompoundFilter']!.is({ type: 'and', filters: [{ type: 'xor', filters: [] }] })).toBe(false);
  });

  it('leaves a value it cannot read one for unchecked (the CLI warns: test/cli/warnings.test.ts)', () => {
    expect(schemas['Unanchored']!.is({ child: 42 })).toBe(true);
  });
});
