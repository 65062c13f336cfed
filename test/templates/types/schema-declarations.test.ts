/** templates/types/schema-declarations.ts: a type per named schema and view, its inherited tag, enum constants. */
import { expect, it } from 'vitest';
import { analyse } from '../../../generator/analyse/analyse.js';
import { planNames } from '../../../generator/plan/plan.js';
import { printStatements } from '../../../generator/print/print-statements.js';
import { schemaDeclarations } from '../../../templates/types/schema-declarations.js';
import { specWithSchemas } from '../../support/fixtures.js';
import { modelOf } from '../../support/model.js';

const SCHEMAS = `User:
  type: object
  required: [id]
  properties:
    id: { type: string, readOnly: true }
    password: { type: string, writeOnly: true }
    status: { type: string, enum: [active, gone] }
Status: { type: string, enum: [on, off] }
Pet:
  type: object
  properties: { kind: { type: string } }
  discriminator: { propertyName: kind, mapping: { cat: '#/components/schemas/Cat' } }
Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: object, properties: { purrs: { type: boolean } } }] }
Note: { type: object, properties: { kind: { type: string, enum: [note] }, text: { type: string } } }`;

async function declarations(enums: 'union' | 'object' = 'union') {
  const { model } = await modelOf(specWithSchemas(SCHEMAS));
  const analysed = analyse(model);
  const plan = planNames(analysed);
  return printStatements(schemaDeclarations(model.schemas, plan, enums, analysed.inheritedTags));
}

it('declares a read and a write view where readOnly or writeOnly differ, and says which is which', async () => {
  const text = await declarations();
  expect(text).toMatch(/Read view \(responses\)[^]*export type User = \{/);
  expect(text).toMatch(/Write view \(requests\)[^]*export type UserWrite = \{/);
  const read = text.slice(text.indexOf('export type User = '), text.indexOf('export type UserWrite'));
  expect(read).toContain('id: string');
  expect(read).not.toContain('password');
});

it('declares a write view whose type is the read one as an alias of it, without the views note', async () => {
  const text = await declarations();
  const start = text.indexOf('export type Note = ');
  // No doc comment (the schema has no description, and no views note) before the one declaration.
  expect(text.slice(start - 4, start)).not.toContain('*/');
  expect(text.slice(start, text.indexOf('\n', text.indexOf('export type NoteWrite')))).toBe(
    [
      'export type Note = {',
      'kind?: "note";',
      'text?: string;',
      '};',
      '/**',
      ' * Write view (requests): the same type as `Note`.',
      ' */',
      'export type NoteWrite = Note;',
    ].join('\n'),
  );
});

it("gives a child the tag its parent's discriminator maps to it", async () => {
  const text = await declarations();
  expect(text).toMatch(/export type Cat = \([^]*\) & \{ kind\?: "cat" \};/);
});

it("adds an as-const object beside a component enum's union with enums: 'object', and none by default", async () => {
  expect(await declarations()).not.toContain('export const Status');
  const text = await declarations('object');
  expect(text).toContain('export type Status = "on" | "off"');
  expect(text).toMatch(/export const Status = \{[^}]*On: "on",[^}]*Off: "off",?[^}]*\} as const;/);
});
