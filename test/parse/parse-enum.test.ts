/** generator/parse/parse-enum.ts: enum values deduplicated and checked, and the members vendor extensions name. */
import { expect, it } from 'vitest';
import type { KeywordSchemaNode } from '../../generator/ir/ir.js';
import { holdsNonFinite, modelAsString } from '../../generator/parse/parse-enum.js';
import { schemasDocument, specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

async function parsed(yaml: string, version?: string) {
  const { model, diagnostics } = await modelOf(specWithSchemas(`S:\n${yaml.replace(/^/gm, '  ')}`, version));
  const schema = model.schemas.find((s) => s.rawName === 'S')!.schema as KeywordSchemaNode;
  return { schema, warnings: diagnostics.warnings.map((w) => `${w.location.line}: ${w.message}`) };
}

it('drops a repeated value and a non-finite number, each with a warning at its place', async () => {
  const { schema, warnings } = await parsed('type: number\nenum: [1, 2, 1, .nan]');
  expect(schema.enum).toEqual([1, 2]);
  expect(warnings).toEqual([
    expect.stringMatching(/enum value 1 is listed twice/),
    expect.stringMatching(/enum value NaN is not a JSON number/),
  ]);
});

it("warns of a value the schema's type refuses, and keeps it", async () => {
  const { schema, warnings } = await parsed('type: integer\nenum: [1, two]');
  expect(schema.enum).toEqual([1, 'two']);
  expect(warnings).toEqual([expect.stringMatching(/enum value "two" does not match the schema's type integer/)]);
});

it('reads a number or boolean in an enum of type string as the string it was written as (YAML unquoted)', async () => {
  // Plaid's PrismDetectVersion: every value was refused, the strings the type promises included.
  const { schema, warnings } = await parsed("type: [string, 'null']\nenum: [4.1, 4, true, null]");
  expect(schema.enum).toEqual(['4.1', '4', 'true', null]);
  expect(warnings).toEqual([
    '10: enum value 4.1 is a number in a schema of type string|null: read as the string "4.1" (quote it in YAML)',
    '10: enum value 4 is a number in a schema of type string|null: read as the string "4" (quote it in YAML)',
    '10: enum value true is a boolean in a schema of type string|null: read as the string "true" (quote it in YAML)',
  ]);
  // The named constants take the same strings.
  const named = await parsed('type: string\nenum: [1, 2]\nx-enum-varnames: [One, Two]');
  expect(named.schema.enumMembers).toEqual([
    { name: 'One', value: '1' },
    { name: 'Two', value: '2' },
  ]);
  // A type that admits the value keeps it.
  expect((await parsed('type: [string, number]\nenum: [a, 2]')).schema.enum).toEqual(['a', 2]);
});

it('keeps a number in a JSON file: JSON says which type it means', async () => {
  const json = JSON.stringify(schemasDocument({ S: { type: 'string', enum: ['a', 2] } }));
  const { model, diagnostics } = await modelOf(json);
  expect((model.schemas.find((s) => s.rawName === 'S')!.schema as KeywordSchemaNode).enum).toEqual(['a', 2]);
  expect(diagnostics.warnings.map((w) => w.message)).toEqual(["enum value 2 does not match the schema's type string"]);
});

it('reads an OpenAPI 3.0 enum that lists null as nullable, which 3.0 needs for null', async () => {
  const { schema, warnings } = await parsed('type: string\nenum: [NSF, RISK, null]', '3.0.3');
  expect(schema.types).toEqual(['string', 'null']);
  expect(schema.enum).toEqual(['NSF', 'RISK', null]);
  expect(warnings).toEqual([
    '10: enum lists null but the schema is not `nullable: true`, which OpenAPI 3.0 needs for null; read as nullable',
  ]);
});

it('names members from x-enum-varnames with x-enum-descriptions, and from x-enumNames', async () => {
  const a = await parsed(
    'type: integer\nenum: [1, 2]\nx-enum-varnames: [One, Two]\nx-enum-descriptions: [the first, ""]',
  );
  expect(a.schema.enumMembers).toEqual([
    { name: 'One', value: 1, description: 'the first' },
    { name: 'Two', value: 2 },
  ]);
  const b = await parsed('type: string\nenum: [a]\nx-enumNames: [Alpha]');
  expect(b.schema.enumMembers).toEqual([{ name: 'Alpha', value: 'a' }]);
});

it("reads Azure's x-ms-enum values, a value it leaves out named by itself", async () => {
  const { schema } = await parsed(
    'type: string\nenum: [on, off]\n' +
      'x-ms-enum: { name: S, modelAsString: true, values: [{ value: on, name: Enabled, description: lit }] }',
  );
  expect(schema.enumMembers).toEqual([
    { name: 'Enabled', value: 'on', description: 'lit' },
    { name: 'off', value: 'off' },
  ]);
});

it.each([
  ['a count that differs', 'enum: [a, b]\nx-enum-varnames: [A]', 'has 1 names for 2 values'],
  ['a name twice', 'enum: [a, b]\nx-enum-varnames: [A, A]', 'names a member twice'],
  ['a name that is not a string', 'enum: [a]\nx-enum-varnames: [1]', 'must be an array of non-empty strings'],
  ['object values', 'enum: [{ a: 1 }]\nx-enum-varnames: [A]', 'names non-primitive values'],
])('names no members for %s, and says why', async (_what, yaml, why) => {
  const { schema, warnings } = await parsed(yaml);
  expect(schema.enumMembers).toBeUndefined();
  expect(warnings.join('\n')).toContain(`\`x-enum-varnames\` ${why}; no named constants are emitted`);
});

it('modelAsString and holdsNonFinite', () => {
  expect(modelAsString({ 'x-ms-enum': { modelAsString: true } })).toBe(true);
  expect(modelAsString({ 'x-ms-enum': { modelAsString: 'true' } })).toBe(false);
  expect(modelAsString({})).toBe(false);
  expect(holdsNonFinite(Infinity)).toBe(true);
  expect(holdsNonFinite({ a: [1, -Infinity] })).toBe(true);
  expect(holdsNonFinite({ a: [1, 'Infinity'] })).toBe(false);
});
