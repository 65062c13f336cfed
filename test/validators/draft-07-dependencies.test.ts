/**
 * Draft-07's `dependencies`, which JSON Schema habits bring into 3.0 specs: a list of names means
 * `dependentRequired`, a schema means `dependentSchemas` (the suite's optional
 * dependencies-compatibility.json, which the shared conformance folder does not hold). And
 * `multipleOf` where the quotient overflows (optional/float-overflow.json).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument } from '../support/fixtures.js';

let schemas: Record<string, any>;
beforeAll(async () => {
  schemas = (
    await (
      await generateInline(
        schemasDocument(
          {
            Card: {
              type: 'object',
              properties: {
                number: { type: 'string' },
                cvv: { type: 'string' },
                billing: { type: 'string' },
                default: { type: 'string' },
              },
              dependencies: {
                number: ['cvv', 'billing'],
                billing: { required: ['number'], properties: { billing: { maxLength: 5 } } },
                default: ['number'],
              },
            },
            Both: { type: 'object', dependentRequired: { a: ['b'] }, dependencies: { a: ['c'] } },
            Half: { type: 'integer', multipleOf: 0.5 },
          },
          '3.0.3',
        ),
      )
    ).load()
  )['schemas'];
});

describe('draft-07 dependencies', () => {
  it('a list of names: each is required when the property is present', () => {
    expect(schemas['Card'].issues({ number: '4111', cvv: '123', billing: 'x' })).toEqual([]);
    expect(schemas['Card'].issues({ number: '4111', billing: 'x' }, { all: true })).toEqual([
      { message: 'is required when number is present', path: ['cvv'] },
    ]);
    // A dependency named like a data keyword (`default`) is a property name.
    expect(schemas['Card'].is({ default: 'x' })).toBe(false);
  });

  it('a schema: applies to the whole object when the property is present', () => {
    expect(schemas['Card'].issues({ billing: 'x' }, { all: true }).map((i: { path: unknown[] }) => i.path)).toEqual([
      ['number'],
    ]);
    expect(schemas['Card'].is({ number: '1', cvv: '1', billing: 'too long' })).toBe(false);
    expect(schemas['Card'].is({})).toBe(true);
  });

  it('adds to dependentRequired written beside it', () => {
    expect(schemas['Both'].is({ a: 1, b: 1, c: 1 })).toBe(true);
    expect(schemas['Both'].is({ a: 1, b: 1 })).toBe(false);
    expect(schemas['Both'].is({ a: 1, c: 1 })).toBe(false);
  });
});

it('multipleOf holds for a number whose quotient overflows (1e308 / 0.5)', () => {
  expect(schemas['Half'].is(1e308)).toBe(true);
  expect(schemas['Half'].is(7)).toBe(true);
  expect(schemas['Half'].is(0.25)).toBe(false);
});
