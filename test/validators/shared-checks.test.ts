/**
 * Schemas with the same checks share one function: a component repeated inline, or two components
 * with the same shape, cost one function in validators.gen.ts, and each still reports under its
 * own name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { specWithSchemas, tempSpecDir } from '../support/fixtures.js';

type Schema = {
  is(v: unknown): boolean;
  issues(v: unknown): Array<{ message: string; path: unknown[] }>;
  parse(v: unknown): unknown;
};

describe('shared check functions', () => {
  let text: string;
  let schemas: Record<string, Schema>;
  beforeAll(async () => {
    const pet = `type: object\nrequired: [name]\nproperties:\n  name: { type: string }\nadditionalProperties: false`;
    const indent = (s: string, n: number) => s.replace(/\n/g, `\n${' '.repeat(n)}`);
    const dir = tempSpecDir({
      'openapi.yaml': specWithSchemas(
        [
          `Pet:\n  ${indent(pet, 2)}`,
          `Animal:\n  ${indent(pet, 2)}`,
          `Owner:\n  type: object\n  properties:\n    pet:\n      ${indent(pet, 6)}`,
          // Same shape, but each refers to itself: not the same checks, so not merged.
          `TreeA:\n  type: object\n  properties:\n    next: { $ref: '#/components/schemas/TreeA' }\n    label: { ` +
            `type: string }`,
          `TreeB:\n  type: object\n  properties:\n    next: { $ref: '#/components/schemas/TreeB' }\n    label: { ` +
            `type: string }`,
        ].join('\n'),
      ),
    });
    await generate({ spec: path.join(dir, 'openapi.yaml'), out: path.join(dir, 'pkg') });
    text = readFileSync(path.join(dir, 'pkg/validators.gen.ts'), 'utf8');
    schemas = (
      (await import(pathToFileURL(path.join(dir, 'pkg/validators.gen.ts')).href)) as { schemas: typeof schemas }
    ).schemas;
  });

  it('emits one function for the shape and an alias for the twin component', () => {
    // Components are compiled in name order, so Animal's function is the one kept.
    expect(text).toMatch(/^function validateAnimal\(/m);
    expect(text).not.toMatch(/^function validatePet\(/m);
    expect(text).toContain('/** Same checks as `validateAnimal`. */\nconst validatePet = validateAnimal;');
    // The inline copy inside Owner calls the component's function instead of a new one.
    expect(text).toMatch(/validateAnimal\(x\.pet, e, m\)/);
    expect(text.match(/is not allowed \(additionalProperties\)/g)).toHaveLength(1);
  });

  it('keeps self-referencing twins apart', () => {
    expect(text).toMatch(/^function validateTreeA\(/m);
    expect(text).toMatch(/^function validateTreeB\(/m);
  });

  it('checks each schema as before and names it in errors', () => {
    expect(schemas['Animal']!.is({ name: 'Rex' })).toBe(true);
    expect(schemas['Animal']!.issues({ name: 'Rex', legs: 4 })).toEqual([
      { message: 'is not allowed (additionalProperties)', path: ['legs'] },
    ]);
    expect(() => schemas['Pet']!.parse({})).toThrow(/^Pet: name is required/);
    expect(schemas['Pet']!.issues({ name: 'Rex', legs: 4 })).toEqual([
      { message: 'is not allowed (additionalProperties)', path: ['legs'] },
    ]);
    expect(schemas['Owner']!.issues({ pet: {} })).toEqual([{ message: 'is required', path: ['pet', 'name'] }]);
    expect(schemas['TreeB']!.issues({ next: { next: { label: 1 } } })).toEqual([
      { message: 'must be string', path: ['next', 'next', 'label'] },
    ]);
  });
});
