/** generator/diagnostics.ts: warnings collected once per place and message; strict mode throws the first. */
import { expect, it } from 'vitest';
import { Diagnostics, SpecforgeError } from '../generator/diagnostics.js';
import { specWithSchemas } from './support/fixtures.js';
import { modelOf } from './support/model.js';

it('keeps a warning given again at the same place once, and the same message elsewhere each time', () => {
  const diagnostics = new Diagnostics();
  const at = (line: number) => ({ file: 'openapi.yaml', line, column: 3 });
  diagnostics.warn('loose', at(4));
  diagnostics.warn('loose', at(4));
  diagnostics.warn('loose', at(9));
  diagnostics.warn('other', at(4));
  expect(diagnostics.warnings.map((w) => `${w.location.line}: ${w.message}`)).toEqual([
    '4: loose',
    '9: loose',
    '4: other',
  ]);
  expect(() => new Diagnostics(true).warn('loose', at(4))).toThrow(SpecforgeError);
});

it("warns once of a schema that $refs reach in the middle of another (PagerDuty's)", async () => {
  const { diagnostics } = await modelOf(
    specWithSchemas(
      [
        "Field: { type: object, properties: { value: { oneOf: [{ type: [string, 'null'] }, { type: [array, 'null'] }] } } }",
        "Edit: { type: object, properties: { value: { $ref: '#/components/schemas/Field/properties/value' } } }",
        "Copy: { type: object, properties: { value: { $ref: '#/components/schemas/Field/properties/value' } } }",
      ].join('\n'),
    ),
  );
  expect(diagnostics.warnings.filter((w) => w.message.startsWith('oneOf alternatives'))).toHaveLength(1);
});
