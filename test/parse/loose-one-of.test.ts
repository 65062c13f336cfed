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
