/**
 * generator/parse/loose-one-of.ts: a `oneOf` two of whose alternatives take `{}` is warned of at the
 * `oneOf`: strict validators refuse a value both take. Alternatives that a required property, a
 * type, a value or a discriminator tells apart are not.
 */
import { expect, it } from 'vitest';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

const ref = (name: string) => `{ $ref: '#/components/schemas/${name}' }`;

it('warns where two alternatives take an empty object, and not where something tells them apart', async () => {
  const { diagnostics } = await modelOf(
    specWithSchemas(
      [
        'Error: { type: object, properties: { message: { type: string } } }',
        'Violation: { type: object, properties: { message: { type: string }, rules: { type: array } } }',
        `Failure: { oneOf: [${ref('Error')}, ${ref('Violation')}] }`,
        `Inline: { oneOf: [{ type: string }, { properties: { a: { type: string } } }, {}] }`,
        // Told apart: a required property, a type, a const, a discriminator.
        `Required: { oneOf: [${ref('Error')}, { type: object, required: [rules] }] }`,
        `Typed: { oneOf: [${ref('Error')}, { type: array }] }`,
        `Valued: { oneOf: [${ref('Error')}, { const: { a: 1 } }] }`,
        `Tagged: { oneOf: [${ref('Error')}, ${ref('Violation')}], discriminator: { propertyName: message } }`,
      ].join('\n'),
    ),
  );
  const warned = diagnostics.warnings
    .filter((w) => w.message.startsWith('oneOf alternatives'))
    .map((w) => `${w.location?.line}: ${w.message}`);
  const tail =
    ' both take `{}`: strict validators refuse a value both take, though the type takes it; ' +
    'write anyOf, or have each require what marks it';
  expect(warned).toEqual([
    `10: oneOf alternatives [0] "Error" and [1] "Violation"${tail}`,
    `11: oneOf alternatives [1] and [2]${tail}`,
  ]);
});

it('warns where two alternatives take every string, number, integer or boolean, the empty array or null', async () => {
  const { diagnostics } = await modelOf(
    specWithSchemas(
      [
        // Supabase's user handle: a string of a format the validators do not check, or any string.
        'Handle: { oneOf: [{ type: string, format: base64url }, { type: string }] }',
        'Amount: { oneOf: [{ type: integer }, { type: number }] }',
        'Ratio: { oneOf: [{ type: number }, { type: [number, "null"] }] }',
        'Flag: { oneOf: [{ type: boolean }, true] }',
        'Lists: { oneOf: [{ type: array, items: { type: string } }, { type: array, items: { type: integer } }] }',
        "Maybe: { oneOf: [{ type: [string, 'null'], maxLength: 3 }, { type: [integer, 'null'], minimum: 5 }] }",
        // Told apart: a checked format, a pattern, a bound, a length, minItems, an enum; untyped alternatives.
        'Id: { oneOf: [{ type: string, format: uuid }, { type: string }] }',
        "Code: { oneOf: [{ type: string, pattern: '^[A-Z]+$' }, { type: string }] }",
        'Small: { oneOf: [{ type: integer, maximum: 9 }, { type: number, minimum: 10 }] }',
        'Short: { oneOf: [{ type: string, maxLength: 0 }, { type: string, minLength: 1 }] }',
        'Some: { oneOf: [{ type: array, minItems: 1 }, { type: array, items: { type: string } }] }',
        'Kind: { oneOf: [{ type: string, enum: [a] }, { type: string }] }',
        'Shape: { type: object, oneOf: [{ required: [a] }, { required: [b] }] }',
      ].join('\n'),
    ),
  );
  const warned = diagnostics.warnings
    .filter((w) => w.message.startsWith('oneOf alternatives'))
    .map((w) => `${w.location?.line}: ${w.message.replace(/: strict validators .*; write anyOf, or /, ' … ')}`);
  expect(warned).toEqual([
    '8: oneOf alternatives [0] and [1] both take every string … give each a format, pattern or enum of its own',
    '9: oneOf alternatives [0] and [1] both take every integer … write `integer` for one and bound the other',
    '10: oneOf alternatives [0] and [1] both take every number … write `integer` for the one that is',
    '11: oneOf alternatives [0] and [1] both take every boolean … tell them apart by a const',
    '12: oneOf alternatives [0] and [1] both take `[]` … give each a `minItems: 1`, or write one array of either item',
    '13: oneOf alternatives [0] and [1] both take `null` … let only one of them (or the oneOf itself) be nullable',
  ]);
});

it('warns where open alternatives that ask for a property (minProperties: 1) take one neither declares', async () => {
  const { diagnostics } = await modelOf(
    specWithSchemas(
      [
        // GitBook's page-change attributes: open objects, nothing required, at least one property.
        'Doc: { type: object, minProperties: 1, properties: { title: { type: string }, slug: { type: string } } }',
        'Link: { type: object, minProperties: 1, properties: { title: { type: string }, target: { type: string } } }',
        `Change: { oneOf: [${ref('Doc')}, ${ref('Link')}] }`,
        // Told apart: a closed alternative, one that names its properties, one that takes none.
        `Closed: { oneOf: [${ref('Doc')}, { type: object, minProperties: 1, additionalProperties: false }] }`,
        `Named: { oneOf: [${ref('Doc')}, { type: object, minProperties: 1, propertyNames: { pattern: '^x' } }] }`,
        `Empty: { oneOf: [${ref('Doc')}, { type: object, maxProperties: 0 }] }`,
      ].join('\n'),
    ),
  );
  const warned = diagnostics.warnings
    .filter((w) => w.message.startsWith('oneOf alternatives'))
    .map((w) => `${w.location?.line}: ${w.message.replace(/: strict validators .*; write anyOf, or /, ' … ')}`);
  expect(warned).toEqual([
    '10: oneOf alternatives [0] "Doc" and [1] "Link" both take an object with one property neither declares … ' +
      'have each require what marks it',
  ]);
});
