/** generator/ir/inheritance.ts: the tag a child inherits from a discriminated parent it extends by `allOf`. */
import { expect, it } from 'vitest';
import type { ApiModel, KeywordSchemaNode, NamedSchema } from '../../generator/ir/ir.js';
import { extendedParent, inheritedTag, listsChild } from '../../generator/ir/inheritance.js';
import { modelOf } from '../support/model.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [petType]
      properties: { petType: { type: string } }
      discriminator:
        propertyName: petType
        mapping: { cat: '#/components/schemas/Cat', kitty: '#/components/schemas/Cat' }
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]
    Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: object, properties: { purrs: { type: boolean } } }] }
    Dog: { allOf: [{ $ref: '#/components/schemas/Pet' }] }
    Counted:
      type: object
      properties: { kind: { type: integer } }
      discriminator: { propertyName: kind, mapping: { 'one': '#/components/schemas/One' } }
    One: { allOf: [{ $ref: '#/components/schemas/Counted' }] }
    Base:
      type: object
      properties: { t: { type: string } }
      discriminator:
        propertyName: t
        mapping: { mid: '#/components/schemas/Mid', leaf: '#/components/schemas/Leaf' }
    Mid: { allOf: [{ $ref: '#/components/schemas/Base' }] }
    Leaf: { allOf: [{ $ref: '#/components/schemas/Mid' }] }
    Plain:
      type: object
      properties: { kind: { type: string } }
      discriminator: { propertyName: kind, mapping: { Other: '#/components/schemas/Named' } }
    Named: { allOf: [{ $ref: '#/components/schemas/Plain' }] }
    Other: { allOf: [{ $ref: '#/components/schemas/Plain' }] }
    Extends: { allOf: [{ $ref: '#/components/schemas/Pet' }] }
`;

async function schemas() {
  const { model } = await modelOf(SPEC);
  const byName = new Map(model.schemas.map((s) => [s.rawName, s]));
  const table = new Map(model.schemas.map((s) => [s.id, s]));
  const named = (name: string): NamedSchema => byName.get(name)!;
  return { model: model as ApiModel, named, table };
}

it('a leaf child inherits the values its parent maps to it, under the parent property', async () => {
  const { named, table } = await schemas();
  const cat = named('Cat');
  expect(inheritedTag(cat.schema, cat.id, table)).toEqual({ propertyName: 'petType', values: ['cat', 'kitty'] });
});

it('tags a child the mapping leaves out by its name; none when its property cannot take the value', async () => {
  const { named, table } = await schemas();
  const dog = named('Dog');
  expect(inheritedTag(dog.schema, dog.id, table)).toEqual({ propertyName: 'petType', values: ['Dog'] });
  // Counted maps 'one' to One, but its `kind` is an integer: 'one' would make One `never`.
  const one = named('One');
  expect(inheritedTag(one.schema, one.id, table)).toBeUndefined();
});

it('tags an unmapped child of a parent that lists no alternatives by its component name, unless mapped elsewhere', async () => {
  const { named, table } = await schemas();
  const tag = (name: string) => inheritedTag(named(name).schema, named(name).id, table);
  expect(tag('Named')).toEqual({ propertyName: 'kind', values: ['Other'] });
  expect(tag('Other')).toBeUndefined();
  // Pet lists Cat and Dog in its oneOf: a schema extending Pet is one of them, not a variant named Extends.
  expect(tag('Extends')).toBeUndefined();
});

it('only a leaf gets a tag: a schema that others extend is each of them too', async () => {
  const { named, table } = await schemas();
  const mid = named('Mid');
  const leaf = named('Leaf');
  expect(inheritedTag(mid.schema, mid.id, table)).toBeUndefined();
  // Leaf's nearest discriminated ancestor is Base, two levels up.
  expect(inheritedTag(leaf.schema, leaf.id, table)).toEqual({ propertyName: 't', values: ['leaf'] });
});

it('listsChild sees the parent to child cycle; extendedParent follows an allOf $ref to an object schema', async () => {
  const { named, table } = await schemas();
  const pet = named('Pet').schema as KeywordSchemaNode;
  expect(listsChild(pet, named('Cat').id)).toBe(true);
  expect(listsChild(pet, named('One').id)).toBe(false);
  const catMembers = (named('Cat').schema as KeywordSchemaNode).allOf!;
  expect(extendedParent(catMembers[0]!, table)).toBe(pet);
  expect(extendedParent(catMembers[1]!, table)).toBeUndefined();
});
