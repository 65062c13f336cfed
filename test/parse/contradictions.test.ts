/**
 * generator/parse/contradictions.ts: a schema whose parts share no JSON type is warned about at its
 * line, once, where the parts meet; schemas whose parts do meet, including integer and number, or
 * whose cycle leaves the type open, are not.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemasDocument, specWithSchemas } from '../support/fixtures.js';
import { generateInline } from '../support/generate-inline.js';
import { modelOf } from '../support/model.js';

const ref = (name: string) => `{ $ref: '#/components/schemas/${name}' }`;
/** The end of every warning of an allOf part closed against what another part requires. */
const why =
  " forbids (`additionalProperties: false` sees only its own part's properties; 3.1 writes " +
  '`unevaluatedProperties: false`)';

async function warningsOf(schemas: string[], version = '3.1.0', about = 'no value satisfies'): Promise<string[]> {
  const { diagnostics } = await modelOf(specWithSchemas(schemas.join('\n'), version));
  return diagnostics.warnings
    .filter((w) => w.message.startsWith(about))
    .map((w) => `${w.location?.line}: ${w.message}`);
}

describe('schemas no value satisfies', () => {
  it('a type beside a $ref or allOf member of another type, and allOf members that disagree', async () => {
    const warned = await warningsOf([
      'User: { type: object, properties: { id: { type: string } } }',
      "Name: { type: string, allOf: [{ $ref: '#/components/schemas/User' }] }",
      'Both: { allOf: [{ type: number }, { type: string }] }',
      "Tagged: { const: 3, $ref: '#/components/schemas/User' }",
      'Picked: { type: object, oneOf: [{ type: array }, { type: string }] }',
    ]);
    expect(warned).toEqual([
      '9: no value satisfies this schema: its parts share no JSON type: `type` (string), `allOf[0]` "User" (object)',
      '10: no value satisfies this schema: its parts share no JSON type: `allOf[0]` (number), `allOf[1]` (string)',
      '11: no value satisfies this schema: its parts share no JSON type: `const` (integer), `$ref` "User" (object)',
      '12: no value satisfies this schema: its parts share no JSON type: `type` (object), `oneOf` (string or array)',
    ]);
  });

  it('once, where the parts meet, not at each schema that includes it', async () => {
    const warned = await warningsOf([
      'Never: { allOf: [{ type: number }, { type: string }] }',
      "Outer: { type: object, properties: { n: { allOf: [{ $ref: '#/components/schemas/Never' }, { minimum: 1 }] } } }",
    ]);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^8: .*`allOf\[0\]` \(number\), `allOf\[1\]` \(string\)$/);
  });

  it('not where the parts meet: integer and number, a nullable member, an untyped member, a cycle', async () => {
    expect(
      await warningsOf([
        'Count: { type: integer, allOf: [{ type: number, minimum: 0 }] }',
        "Maybe: { type: [object, 'null'], allOf: [{ $ref: '#/components/schemas/Node' }] }",
        "Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } }, allOf: [{ $ref: '#/components/schemas/Node' }] }",
        'Loose: { type: string, allOf: [{ minLength: 1 }, { description: any }] }',
        'Pick: { type: string, anyOf: [{ type: integer }, { enum: [a, b] }] }',
      ]),
    ).toEqual([]);
  });

  it('bounds no value meets: numbers (inclusive, exclusive, 3.0 booleans), strings, arrays, objects', async () => {
    const warned = await warningsOf(
      [
        'A: { type: integer, minimum: 10, maximum: 1 }',
        'B: { type: number, minimum: 5, exclusiveMaximum: 5 }',
        'C: { type: string, minLength: 3, maxLength: 2 }',
        'D: { type: array, minItems: 2, maxItems: 1 }',
        'E: { type: object, minProperties: 4, maxProperties: 3 }',
        // Met: equal inclusive bounds; an inclusive bound beside a looser exclusive one.
        'F: { type: number, minimum: 5, maximum: 5, exclusiveMinimum: 1 }',
      ],
      '3.1.0',
      'no ',
    );
    expect(warned).toEqual([
      '8: no number satisfies these bounds: minimum 10, maximum 1',
      '9: no number satisfies these bounds: minimum 5, exclusiveMaximum 5',
      '10: no string satisfies these bounds: minLength 3, maxLength 2',
      '11: no array satisfies these bounds: minItems 2, maxItems 1',
      '12: no object satisfies these bounds: minProperties 4, maxProperties 3',
    ]);
    const openapi30 = await warningsOf(
      ['G: { type: number, minimum: 5, maximum: 5, exclusiveMaximum: true }'],
      '3.0.3',
      'no ',
    );
    expect(openapi30).toEqual(['8: no number satisfies these bounds: minimum 5, exclusiveMaximum 5']);
  });

  it('bounds no integer, or no multiple of a whole multipleOf, meets; fractional steps and met bounds pass', async () => {
    const warned = await warningsOf(
      [
        'A: { type: integer, minimum: 1.2, maximum: 1.8 }',
        'B: { type: integer, exclusiveMinimum: 1, exclusiveMaximum: 2 }',
        'C: { type: number, multipleOf: 10, minimum: 1, maximum: 9 }',
        // Met: an integer between; a number between; a multiple at the bound; a fractional step.
        'D: { type: integer, minimum: 1.2, maximum: 2 }',
        'E: { type: number, minimum: 1.2, maximum: 1.8 }',
        'F: { type: integer, multipleOf: 10, minimum: 1, maximum: 10 }',
        'G: { type: number, multipleOf: 0.01, minimum: 0.1, maximum: 0.1 }',
        'H: { type: [integer, number], minimum: 1.2, maximum: 1.8 }',
      ],
      '3.1.0',
      'no ',
    );
    expect(warned).toEqual([
      '8: no integer satisfies these bounds: minimum 1.2, maximum 1.8',
      '9: no integer satisfies these bounds: exclusiveMinimum 1, exclusiveMaximum 2',
      '10: no multiple of 10 satisfies these bounds: minimum 1, maximum 9',
    ]);
  });

  it("enum and const values the schema's own keywords refuse, judged as the validator judges them", async () => {
    const schemas = [
      'A: { type: integer, enum: [0, 1, 2], minimum: 1 }',
      "B: { type: string, enum: [USD, eur, GBP], pattern: '^[A-Z]{3}$' }",
      'C: { type: string, enum: [ab, abc], maxLength: 2 }',
      'D: { type: number, const: 7, multipleOf: 5 }',
      'E: { type: object, const: { a: 1 }, required: [a, b] }',
      // Passes: lengths in code points (one emoji), multipleOf's tolerance, a value of another type
      // (the enum's type check warns of that), a nullable enum's null.
      'F: { type: string, enum: ["\\U0001F600"], maxLength: 1 }',
      'G: { type: number, enum: [0.0075], multipleOf: 0.0001 }',
      'H: { type: integer, enum: [10, ab], minLength: 3, minimum: 9 }',
      'I: { type: [string, "null"], enum: [ab, null], minLength: 2 }',
    ];
    const refused = await warningsOf(schemas, '3.1.0', 'the validator refuses');
    expect(refused).toEqual([
      "8: the validator refuses `enum` values the type admits, by the schema's own keywords: 0 (minimum 1)",
      '9: the validator refuses `enum` values the type admits, by the schema\'s own keywords: "eur" (pattern "^[A-Z]{3}$")',
      '10: the validator refuses `enum` values the type admits, by the schema\'s own keywords: "abc" (maxLength 2)',
    ]);
    const none = await warningsOf(schemas, '3.1.0', 'no value satisfies');
    expect(none).toEqual([
      '11: no value satisfies this schema: its own keywords refuse its `const`: 7 (multipleOf 5)',
      '12: no value satisfies this schema: its own keywords refuse its `const`: {"a":1} (required "b")',
    ]);
    const all = await warningsOf(
      ['J: { type: integer, enum: [1, 2, 3, 4, 5, 6, 7], minimum: 10 }'],
      '3.1.0',
      'no value satisfies',
    );
    expect(all).toEqual([
      '8: no value satisfies this schema: its own keywords refuse every `enum` value: ' +
        '1 (minimum 10), 2 (minimum 10), 3 (minimum 10), 4 (minimum 10), 5 (minimum 10), and 2 more',
    ]);
  });

  it('a required property whose schema is false', async () => {
    const warned = await warningsOf(
      [
        'H: { type: object, required: [id, legacy], properties: { id: { type: string }, legacy: false, other: false } }',
      ],
      '3.1.0',
      'no object',
    );
    expect(warned).toEqual(['8: no object satisfies this schema: "legacy" is required and its schema is `false`']);
  });

  it("an allOf part closed by additionalProperties: false against another part's required property", async () => {
    const warned = await warningsOf(
      [
        'Page: { type: object, required: [limit], properties: { limit: { type: integer } } }',
        'Items: { type: object, additionalProperties: false, properties: { items: { type: array } } }',
        // GrowthBook's list responses: a closed part, and the paging part it then forbids.
        `List: { allOf: [${ref('Items')}, ${ref('Page')}] }`,
        `Closed: { additionalProperties: false, properties: { limit: { type: integer } }, allOf: [${ref('Page')}] }`,
        // Met: the closed part declares what the other requires (or a pattern does); nothing required.
        "Paged: { allOf: [{ additionalProperties: false, patternProperties: { '^lim': {} } }, " + `${ref('Page')}] }`,
        `Loose: { allOf: [${ref('Items')}, { properties: { limit: { type: integer } } }] }`,
      ],
      '3.1.0',
      'no object',
    );
    expect(warned).toEqual([
      `10: no object satisfies this schema: \`allOf[1]\` "Page" requires "limit", which \`allOf[0]\` "Items"${why}`,
    ]);
  });

  it("an allOf part closed by a union of closed alternatives (GitBook's button data), not an open one", async () => {
    const closed = (p: string) =>
      `{ type: object, additionalProperties: false, required: [${p}], properties: { ${p}: {} } }`;
    const warned = await warningsOf(
      [
        'Label: { type: object, required: [label], properties: { label: { type: string } } }',
        `Button: { allOf: [${ref('Label')}, { oneOf: [${closed('ref')}, ${closed('action')}] }] }`,
        `Own: { required: [label], properties: { label: {} }, allOf: [${ref('Label')}], anyOf: [${closed('ref')}] }`,
        // Met: one alternative declares the label, or one is open.
        `Declares: { allOf: [${ref('Label')}, { oneOf: [${closed('ref')}, ${closed('label')}] }] }`,
        `OneOpen: { allOf: [${ref('Label')}, { oneOf: [${closed('ref')}, { type: object }] }] }`,
      ],
      '3.1.0',
      'no object',
    );
    expect(warned).toEqual([
      `9: no object satisfies this schema: \`allOf[0]\` "Label" requires "label", which every alternative of ` +
        `\`allOf[1]\`'s \`oneOf\`${why}`,
      `10: no object satisfies this schema: the schema requires "label", which every alternative of its \`anyOf\`${why}`,
    ]);
  });

  it("a required property additionalProperties: false forbids (Letta's), not one a pattern declares", async () => {
    const warned = await warningsOf(
      [
        'Archive: { type: object, additionalProperties: false, required: [name, organization_id], ' +
          'properties: { name: { type: string } } }',
        'Tagged: { type: object, additionalProperties: false, required: [x-id], ' +
          "patternProperties: { '^x-': { type: string } } }",
        'Open: { type: object, required: [organization_id], properties: { name: { type: string } } }',
        'Both: { type: object, additionalProperties: false, required: [a, b], properties: {} }',
      ],
      '3.1.0',
      'no object',
    );
    expect(warned).toEqual([
      '8: no object satisfies this schema: "organization_id" is required, and `additionalProperties: false` forbids ' +
        'any property not among `properties` (declare it there)',
      '11: no object satisfies this schema: "a", "b" are required, and `additionalProperties: false` forbids ' +
        'any property not among `properties` (declare it there)',
    ]);
  });

  it('follows a chain of thousands of $refs without running out of stack, and finds its contradiction', async () => {
    const chain = Array.from(
      { length: 5_000 },
      (_, i) => `S${i}: { type: object, allOf: [{ $ref: '#/components/schemas/S${i + 1}' }] }`,
    );
    const warned = await warningsOf([...chain, 'S5000: { type: string }']);
    // S4999 meets the string; every schema before it includes S4999, and is not warned again.
    expect(warned).toEqual([
      '5007: no value satisfies this schema: its parts share no JSON type: `type` (object), `allOf[0]` "S5000" (string)',
    ]);
  }, 30_000);
});

describe('a format no string within the lengths has', () => {
  it('is warned of at the format, and documented but not validated', async () => {
    const warned = await warningsOf(
      [
        // Intercom's contact id: a 24-digit hex ID the server sends, written as a uuid.
        "Contact: { type: string, format: uuid, minLength: 24, maxLength: 24, example: '536e564f316c83104c000020' }",
        'Day: { type: string, format: date, minLength: 11 }',
        'Address: { type: string, format: ipv4, maxLength: 6 }',
      ],
      '3.1.0',
      'format',
    );
    expect(warned).toEqual([
      '8: format "uuid" takes strings 36 characters long, which maxLength 24 excludes: ' +
        'the format is documented but not validated, so the strings the length allows pass',
      '9: format "date" takes strings 10 characters long, which minLength 11 excludes: ' +
        'the format is documented but not validated, so the strings the length allows pass',
      '10: format "ipv4" takes strings 7 to 15 characters long, which maxLength 6 excludes: ' +
        'the format is documented but not validated, so the strings the length allows pass',
    ]);
    const pkg = await generateInline(
      schemasDocument({
        Contact: { type: 'string', format: 'uuid', minLength: 24, maxLength: 24 },
        Id: { type: 'string', format: 'uuid', maxLength: 36 },
      }),
    );
    const { schemas } = (await pkg.load()) as { schemas: Record<string, { is(v: unknown): boolean }> };
    expect(schemas['Contact']!.is('536e564f316c83104c000020')).toBe(true);
    expect(schemas['Contact']!.is('536e564f')).toBe(false);
    // Lengths a uuid fits stay checked with the format.
    expect(schemas['Id']!.is('536e564f316c83104c000020')).toBe(false);
    expect(schemas['Id']!.is('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b')).toBe(true);
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toContain("Format: `uuid` (not checked: the spec's lengths exclude it)");
  }, 30_000);

  it('not where a string of the format fits', async () => {
    expect(
      await warningsOf(
        [
          'A: { type: string, format: uuid, minLength: 36, maxLength: 36 }',
          'B: { type: string, format: ipv6, minLength: 2, maxLength: 100 }',
          'C: { type: string, format: email, maxLength: 3 }',
        ],
        '3.1.0',
        'format',
      ),
    ).toEqual([]);
  });
});
