/** generator/ir/admitted-types.ts: the JSON types a schema can accept, for a refused union's report. */
import { expect, it } from 'vitest';
import type { NamedSchema, SchemaId, SchemaNode } from '../../generator/ir/ir.js';
import { admittedTypes, ANY_TYPE, TYPE_BITS } from '../../generator/ir/admitted-types.js';
import { modelOf } from '../support/model.js';

const { object, array, string, number, null: nul } = TYPE_BITS;

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Plan: { type: object, properties: { seats: { type: integer } } }
    Code: { type: [string, 'null'] }
    Count: { type: integer }
    Untyped: { minLength: 2 }
    Extended: { allOf: [{ $ref: '#/components/schemas/Plan' }, { properties: { note: { type: string } } }] }
    Either: { oneOf: [{ $ref: '#/components/schemas/Plan' }, { $ref: '#/components/schemas/Count' }] }
    Narrowed: { type: [string, number, array], anyOf: [{ type: string }, { type: array }] }
    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Loop' } } }
    Loop: { allOf: [{ $ref: '#/components/schemas/Loop' }], type: object }
    Never: { allOf: [{ type: string }, { type: integer }] }
`;

it('reads a schema’s types through $ref, allOf and its own unions; integer is a number', async () => {
  const { model } = await modelOf(SPEC);
  const table = new Map(model.schemas.map((s) => [s.id, s]));
  const memo = new Map<SchemaId, number>();
  const of = (name: string) => admittedTypes(model.schemas.find((s) => s.rawName === name)!.schema, table, memo);
  expect(of('Plan')).toBe(object);
  expect(of('Code')).toBe(string | nul);
  expect(of('Count')).toBe(number);
  expect(of('Untyped')).toBe(ANY_TYPE);
  expect(of('Extended')).toBe(object);
  expect(of('Either')).toBe(object | number);
  expect(of('Narrowed')).toBe(string | array);
  // A cycle reads "any type" where it closes: never narrower than the truth.
  expect(of('Loop')).toBe(object);
  expect(of('Never')).toBe(0);
});

it('answers "any type" for a boolean schema, and past a long chain of references without overflowing', () => {
  const chain = new Map<SchemaId, NamedSchema>();
  const n = 20_000;
  for (let i = 0; i < n; i++) {
    const schema: SchemaNode =
      i === n - 1
        ? { kind: 'keywords', pointer: '#', types: ['string'] }
        : { kind: 'keywords', pointer: '#', allOf: [{ kind: 'ref', pointer: '#', target: `s${i + 1}` as SchemaId }] };
    chain.set(`s${i}` as SchemaId, { id: `s${i}`, schema } as unknown as NamedSchema);
  }
  const memo = new Map<SchemaId, number>();
  expect(admittedTypes({ kind: 'ref', pointer: '#', target: 's0' as SchemaId }, chain, memo)).toBe(ANY_TYPE);
  // Near the end of the chain the string is in reach.
  expect(admittedTypes({ kind: 'ref', pointer: '#', target: `s${n - 3}` as SchemaId }, chain, memo)).toBe(string);
  expect(admittedTypes({ kind: 'boolean', pointer: '#', value: false }, chain, memo)).toBe(ANY_TYPE);
});
