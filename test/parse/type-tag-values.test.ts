/** generator/parse/type-tag-values.ts: mapping keys typed as the value the mapped schema's property holds. */
import { expect, it } from 'vitest';
import type { KeywordSchemaNode } from '../../generator/ir/ir.js';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

const SCHEMAS = `One: { type: object, properties: { type_id: { const: 1 } } }
Two: { type: object, properties: { type_id: { type: integer } } }
Yes: { type: object, properties: { type_id: { type: boolean } } }
Text: { type: object, properties: { type_id: { type: string } } }
Any:
  oneOf:
    - { $ref: '#/components/schemas/One' }
    - { $ref: '#/components/schemas/Two' }
    - { $ref: '#/components/schemas/Yes' }
    - { $ref: '#/components/schemas/Text' }
  discriminator:
    propertyName: type_id
    mapping:
      '1': '#/components/schemas/One'
      '2': '#/components/schemas/Two'
      'True': '#/components/schemas/Yes'
      '3': '#/components/schemas/Text'
      'x': '#/components/schemas/One'`;

it('types each key as its target property admits it: the string first, then a number, then a boolean', async () => {
  const { model } = await modelOf(specWithSchemas(SCHEMAS));
  const any = model.schemas.find((s) => s.rawName === 'Any')!.schema as KeywordSchemaNode;
  // (Integer-like keys come first in a JavaScript object, as the mapping is read.)
  expect(any.discriminator!.mapping.map((m) => m.value)).toEqual([1, 2, '3', true]);
});

it('drops, with a warning at its key, an explicit entry its target property cannot hold', async () => {
  const { diagnostics } = await modelOf(specWithSchemas(SCHEMAS));
  const dropped = diagnostics.warnings.filter((w) => w.message.includes("'x'") || w.message.includes('"x"'));
  expect(dropped).toHaveLength(1);
  expect(dropped[0]!.location.line).toBeGreaterThan(0);
});
