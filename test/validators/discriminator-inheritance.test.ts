/**
 * OpenAPI inheritance through `allOf` and a parent's discriminator, in the types and the validators:
 * a child carries its tag (`Cat` has `petType: 'cat'`), and a parent that lists its children in a
 * `oneOf` (which the children extend) validates instead of recursing forever.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const child = (parent: string, properties: Record<string, unknown>) => ({
  allOf: [ref(parent), { type: 'object', properties }],
});

const spec = schemasDocument(
  {
    // The OpenAPI example: a parent with a discriminator and a mapping, children extending it.
    Pet: {
      type: 'object',
      required: ['petType'],
      properties: { petType: { type: 'string' }, name: { type: 'string' } },
      discriminator: {
        propertyName: 'petType',
        mapping: {
          cat: '#/components/schemas/Cat',
          kitten: '#/components/schemas/Cat',
          dog: '#/components/schemas/Dog',
        },
      },
    },
    Cat: child('Pet', { meows: { type: 'boolean' } }),
    Dog: child('Pet', { barks: { type: 'boolean' } }),
    // A child the mapping leaves out is named by its component name (OpenAPI's Lizard).
    Hamster: child('Pet', { wheel: { type: 'boolean' } }),
    // The OpenAPI example without a mapping: every child by its name, unless the name is mapped elsewhere.
    Reptile: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind', mapping: { Gecko: '#/components/schemas/Snake' } },
    },
    Lizard: child('Reptile', { legs: { type: 'integer' } }),
    Snake: child('Reptile', { venomous: { type: 'boolean' } }),
    Gecko: child('Reptile', { sticky: { type: 'boolean' } }),
    // Extending a union is one of its alternatives, not a variant of its own name.
    PetChoice: {
      oneOf: [ref('Cat'), ref('Dog')],
      discriminator: {
        propertyName: 'petType',
        mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' },
      },
    },
    AnyPet: { allOf: [ref('PetChoice')] },
    // The parent also lists its children (NSwag writes this): Animal → Bird → Animal → …
    Animal: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' } },
      oneOf: [ref('Bird'), ref('Fish')],
      discriminator: {
        propertyName: 'kind',
        mapping: { bird: '#/components/schemas/Bird', fish: '#/components/schemas/Fish' },
      },
    },
    Bird: child('Animal', { wings: { type: 'integer' } }),
    Fish: child('Animal', { fins: { type: 'integer' } }),
    // The discriminator in an inline allOf member of the parent, whose own type is open (hey-api #4287).
    UserType: { type: 'string', enum: ['HUMAN', 'BOT'] },
    Base: { type: 'object', required: ['id', 'type'], properties: { id: { type: 'string' }, type: ref('UserType') } },
    User: {
      allOf: [
        ref('Base'),
        {
          type: 'object',
          discriminator: {
            propertyName: 'type',
            mapping: { HUMAN: '#/components/schemas/Human', BOT: '#/components/schemas/Bot' },
          },
        },
      ],
    },
    Human: child('User', { email: { type: 'string' } }),
    Bot: child('User', { ipAddress: { type: 'string' } }),
    // Three levels: Car is a Vehicle and is extended by Volvo, so a Car may carry Volvo's tag: only the leaf is tagged.
    Vehicle: {
      type: 'object',
      required: ['$type'],
      properties: { $type: { type: 'string' } },
      discriminator: {
        propertyName: '$type',
        mapping: { Car: '#/components/schemas/Car', Volvo: '#/components/schemas/Volvo' },
      },
    },
    Car: child('Vehicle', { wheels: { type: 'integer' } }),
    Volvo: child('Car', { model: { type: 'string' } }),
    // A parent that does not require its discriminator property.
    Node: {
      type: 'object',
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind', mapping: { leaf: '#/components/schemas/Leaf' } },
    },
    Leaf: child('Node', { weight: { type: 'number' } }),
    // A mapping whose value the parent's property cannot hold: no tag (it would make the child `never`).
    Shape: {
      type: 'object',
      properties: { sides: { type: 'integer' } },
      discriminator: { propertyName: 'sides', mapping: { three: '#/components/schemas/Triangle' } },
    },
    Triangle: child('Shape', { base: { type: 'number' } }),
  },
  '3.0.3',
);

describe('OpenAPI inheritance with a discriminator', () => {
  let pkg: InlinePackage;
  let schemas: Record<
    string,
    { is(v: unknown): boolean; issues(v: unknown, o?: { all?: boolean; lenient?: boolean }): unknown[] }
  >;
  beforeAll(async () => {
    pkg = await generateInline(spec);
    schemas = (await pkg.load())['schemas'];
  });

  it('a child checks its tag: a Dog is not a Cat; responses (lenient) let a tag through', () => {
    expect(schemas['Cat']!.issues({ petType: 'cat', meows: true })).toEqual([]);
    expect(schemas['Cat']!.issues({ petType: 'kitten' })).toEqual([]);
    expect(schemas['Cat']!.issues({ petType: 'dog' })).toEqual([
      { message: 'must be one of: cat, kitten', path: ['petType'] },
    ]);
    expect(schemas['Cat']!.issues({ petType: 'dog' }, { lenient: true })).toEqual([]);
    // Whether the tag must be there is the parent's `required` to say: Pet requires it, Node does not.
    expect(schemas['Cat']!.issues({ meows: true })).toEqual([{ message: 'is required', path: ['petType'] }]);
    expect(schemas['Leaf']!.issues({ weight: 1 })).toEqual([]);
    expect(schemas['Leaf']!.issues({ kind: 'branch' })).toEqual([{ message: 'must be one of: leaf', path: ['kind'] }]);
    // The parent alone is plain JSON Schema: no oneOf, so any tag.
    expect(schemas['Pet']!.is({ petType: 'dog' })).toBe(true);
    expect(schemas['Human']!.issues({ id: '1', type: 'BOT' })).toEqual([
      { message: 'must be one of: HUMAN', path: ['type'] },
    ]);
  });

  it('a child no mapping names is tagged by its component name, as OpenAPI reads it', () => {
    expect(schemas['Hamster']!.issues({ petType: 'Hamster', wheel: true })).toEqual([]);
    expect(schemas['Hamster']!.issues({ petType: 'cat' })).toEqual([
      { message: 'must be one of: Hamster', path: ['petType'] },
    ]);
    expect(schemas['Hamster']!.issues({ petType: 'hamster' }, { lenient: true })).toEqual([]);
    expect(schemas['Lizard']!.issues({ kind: 'Lizard', legs: 4 })).toEqual([]);
    expect(schemas['Lizard']!.issues({ kind: 'Snake' })).toEqual([
      { message: 'must be one of: Lizard', path: ['kind'] },
    ]);
    expect(schemas['Snake']!.issues({ kind: 'Gecko' })).toEqual([]);
    // 'Gecko' is the mapping's name for a Snake: the Gecko schema gets no tag rather than a wrong one.
    expect(schemas['Gecko']!.issues({ kind: 'anything' })).toEqual([]);
    expect(schemas['AnyPet']!.issues({ petType: 'dog', barks: true })).toEqual([]);
    expect(schemas['AnyPet']!.issues({ petType: 'AnyPet' })).toHaveLength(1);
  });

  it('only a leaf checks its tag: a Volvo is a Car, whose own checks still run', () => {
    expect(schemas['Car']!.issues({ $type: 'Volvo', wheels: 4, model: 'XC40' })).toEqual([]);
    expect(schemas['Volvo']!.issues({ $type: 'Volvo', wheels: 4 })).toEqual([]);
    expect(schemas['Volvo']!.issues({ $type: 'Car' })).toEqual([{ message: 'must be one of: Volvo', path: ['$type'] }]);
    expect(schemas['Volvo']!.issues({ $type: 'Volvo', wheels: 4.5 })).toEqual([
      { message: 'must be integer', path: ['wheels'] },
    ]);
  });

  it('a parent listing the children that extend it validates (it recursed until the stack ran out)', () => {
    expect(schemas['Animal']!.issues({ kind: 'bird', wings: 2 })).toEqual([]);
    expect(schemas['Bird']!.issues({ kind: 'bird', wings: 2 })).toEqual([]);
    expect(schemas['Animal']!.issues({ kind: 'bird', wings: 'two' })).toEqual([
      { message: 'must be integer', path: ['wings'] },
    ]);
    expect(schemas['Animal']!.issues({ kind: 'cow' })).toEqual([
      { message: 'must be one of: bird, fish', path: ['kind'] },
    ]);
    expect(schemas['Fish']!.issues({ kind: 'bird' })).toEqual([{ message: 'must be one of: fish', path: ['kind'] }]);
  });

  it('a child type narrows on its tag, keeps the parent properties, and is never `never` (tsc)', () => {
    expect(
      typeCheckUsage(pkg.out, [
        "import type { Cat, Dog, Bird, Fish, Animal, Human, Bot, Triangle, Car, Volvo, Leaf } from './index.js';",
        "import type { Lizard, Snake, Gecko } from './index.js';",
        '// Unmapped children, tagged by name: a union of them narrows.',
        'declare const reptile: Lizard | Snake;',
        "if (reptile.kind === 'Lizard') { const legs: number | undefined = reptile.legs; void legs; }",
        "const gecko: Gecko = { kind: 'anything' };",
        '// @ts-expect-error a Lizard is tagged Lizard',
        "const notLizard: Lizard = { kind: 'Snake' };",
        "const car: Car = { $type: 'Volvo', wheels: 4 };",
        "const volvo: Volvo = { $type: 'Volvo', wheels: 4, model: 'XC40' };",
        '// @ts-expect-error a Volvo is tagged Volvo',
        "const notVolvo: Volvo = { $type: 'Car' };",
        'const leaf: Leaf = { weight: 1 };',
        '// @ts-expect-error a Leaf is tagged leaf when tagged',
        "const notLeaf: Leaf = { kind: 'branch' };",
        '// @ts-expect-error Pet requires petType, so a Dog does too',
        'const untagged: Dog = { barks: true };',
        "const cat: Cat = { petType: 'kitten', name: 'Tom', meows: true };",
        '// @ts-expect-error a Cat is not tagged dog',
        "const notCat: Cat = { petType: 'dog' };",
        'declare const pet: Cat | Dog;',
        "if (pet.petType === 'dog') { const barks: boolean | undefined = pet.barks; void barks; }",
        'declare const animal: Animal;',
        "if (animal.kind === 'fish') { const fins: number | undefined = animal.fins; void fins; }",
        "const bird: Bird = { kind: 'bird', wings: 2 };",
        'declare const user: Human | Bot;',
        "if (user.type === 'HUMAN') { const id: string = user.id; const email: string | undefined = user.email; " +
          'void [id, email]; }',
        'const triangle: Triangle = { sides: 3, base: 2 };',
        'declare const fish: Fish;',
        "const kind: 'fish' = fish.kind;",
        'void [cat, notCat, bird, triangle, kind, car, volvo, notVolvo, leaf, notLeaf, untagged, gecko, notLizard];',
      ]),
    ).toBe('');
  });
});
