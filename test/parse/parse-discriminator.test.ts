/** generator/parse/parse-discriminator.ts: a discriminator's property, explicit and implicit mapping, default. */
import { expect, it } from 'vitest';
import type { KeywordSchemaNode } from '../../generator/ir/ir.js';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

async function discriminatorOf(pet: string, version = '3.1.0') {
  const schemas = `Cat: { type: object, properties: { kind: { type: string } } }
Dog: { type: object, properties: { kind: { type: string } } }
Other: { type: object }
Pet:
${pet.replace(/^/gm, '  ')}`;
  const { model, diagnostics } = await modelOf(specWithSchemas(schemas, version));
  const node = model.schemas.find((s) => s.rawName === 'Pet')!.schema as KeywordSchemaNode;
  return { d: node.discriminator, warnings: diagnostics.warnings.map((w) => w.message) };
}

it('maps explicit values, then names each other $ref alternative by its component name', async () => {
  const { d } =
    await discriminatorOf(`oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]
discriminator: { propertyName: kind, mapping: { meow: '#/components/schemas/Cat' } }`);
  expect(d).toEqual({
    propertyName: 'kind',
    mapping: [
      { value: 'meow', target: '#/components/schemas/Cat' },
      { value: 'Dog', target: '#/components/schemas/Dog' },
    ],
  });
});

it('takes a bare component name as a mapping target, and 3.2 defaultMapping', async () => {
  const { d } = await discriminatorOf(
    `oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Other' }]
discriminator: { propertyName: kind, mapping: { cat: Cat }, defaultMapping: Other }`,
    '3.2.0',
  );
  expect(d?.mapping[0]).toEqual({ value: 'cat', target: '#/components/schemas/Cat' });
  expect(d?.defaultTarget).toBe('#/components/schemas/Other');
});

it('ignores, with a warning, a discriminator without a string propertyName', async () => {
  const { d, warnings } = await discriminatorOf(`oneOf: [{ $ref: '#/components/schemas/Cat' }]
discriminator: { mapping: { cat: Cat } }`);
  expect(d).toBeUndefined();
  expect(warnings).toContain('`discriminator` must have a string `propertyName`; ignored');
});

it("reads an x- key of the mapping that names no schema as an extension (Speakeasy's), with a warning", async () => {
  const { d, warnings } = await discriminatorOf(
    `oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]
discriminator:
  propertyName: kind
  mapping: { cat: Cat, x-speakeasy-unknown-values: allow, x-dog: Dog }`,
  );
  // An x- key that does name a schema is a tag value like any other.
  expect(d?.mapping).toEqual([
    { value: 'cat', target: '#/components/schemas/Cat' },
    { value: 'x-dog', target: '#/components/schemas/Dog' },
  ]);
  expect(warnings).toEqual([
    'discriminator mapping key "x-speakeasy-unknown-values" names no schema ("allow"): read as an extension, ' +
      'not a mapping (extensions belong beside `mapping`, in the discriminator)',
  ]);
  // Any other key that names no schema is still the error it was.
  await expect(
    discriminatorOf(`oneOf: [{ $ref: '#/components/schemas/Cat' }]
discriminator: { propertyName: kind, mapping: { cat: Kitten } }`),
  ).rejects.toThrow(/Kitten/);
});
