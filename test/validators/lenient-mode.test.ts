/**
 * Lenient mode (what `validate.response: 'lenient'` uses) accepts what a newer server may send: an
 * enum value the spec does not list yet, a property it does not declare. It must only ever accept
 * more than strict mode, also where a subschema's answer counts against the value: two `oneOf`
 * alternatives that both take an unknown value (or any value: a loose `oneOf`), a `not`, an `if` choosing
 * its branch, `maxContains`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { schemasDocument } from '../support/fixtures.js';

const spec = schemasDocument({
  // Shutterstock's ISOCountryCode: 3-letter or 2-letter codes.
  Country: {
    oneOf: [
      { type: 'string', enum: ['USA', 'FRA'] },
      { type: 'string', enum: ['US', 'FR'] },
    ],
  },
  NotDraft: { type: 'string', not: { enum: ['draft'] } },
  // A loose oneOf of open objects: most values match both (PagerDuty's, GitHub's event payloads).
  Loose: {
    oneOf: [
      { type: 'object', properties: { a: { type: 'string' } } },
      { type: 'object', properties: { b: { type: 'string' } } },
    ],
  },
  Shipment: {
    type: 'object',
    properties: { mode: { type: 'string', enum: ['air', 'sea'] }, flight: { type: 'string' } },
    if: { properties: { mode: { enum: ['air'] } } },
    then: { required: ['flight'] },
  },
  // Variants tagged by const (3.1) and by a one-value enum (3.0): a new variant's tag is let through alike.
  Event: {
    anyOf: [
      {
        type: 'object',
        properties: { type: { const: 'file.edited' }, path: { type: 'string' } },
        required: ['type', 'path'],
      },
      { type: 'object', properties: { type: { type: 'string', enum: ['session.idle'] } }, required: ['type'] },
    ],
  },
  // Tagged through allOf and $ref, no discriminator: a oneOf picks by the tag all the same.
  Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] },
  Animal: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
  Cat: {
    allOf: [
      { $ref: '#/components/schemas/Animal' },
      {
        type: 'object',
        properties: { kind: { const: 'cat' }, meows: { type: 'boolean' }, mood: { enum: ['calm', 'angry'] } },
      },
    ],
  },
  Dog: {
    allOf: [
      { $ref: '#/components/schemas/Animal' },
      { type: 'object', properties: { kind: { const: 'dog' }, barks: { type: 'boolean' } } },
    ],
  },
  AtMostOneAdmin: { type: 'array', contains: { enum: ['admin'] }, minContains: 0, maxContains: 1 },
  Closed: {
    oneOf: [
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false },
      { type: 'object', properties: { b: { type: 'string' } }, required: ['b'], additionalProperties: false },
    ],
  },
});

describe('lenient mode accepts only more than strict mode', () => {
  let schemas: Record<string, { issues(v: unknown, o?: { lenient?: boolean }): unknown[] }>;
  beforeAll(async () => {
    schemas = (await (await generateInline(spec)).load())['schemas'];
  });
  const lenient = (name: string, value: unknown) => schemas[name]!.issues(value, { lenient: true });
  const strict = (name: string, value: unknown) => schemas[name]!.issues(value);

  it('oneOf: a listed value matches its one alternative; an unknown one may match several', () => {
    expect(lenient('Country', 'USA')).toEqual([]);
    expect(lenient('Country', 'FR')).toEqual([]);
    expect(strict('Country', 'USA')).toEqual([]);
    // Unknown to the spec: strict fails it, lenient lets it through though both alternatives take it.
    expect(strict('Country', 'DEU')).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
    expect(lenient('Country', 'DEU')).toEqual([]);
    // The wrong type still fails.
    expect(lenient('Country', 3)).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
  });

  it('oneOf: a value two alternatives take is one the type takes; strict mode keeps the letter of the spec', () => {
    expect(strict('Loose', { a: 'x' })).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
    expect(lenient('Loose', { a: 'x' })).toEqual([]);
    // Matched by one alternative only: valid either way; by none: refused either way.
    expect(strict('Loose', { a: 1 })).toEqual([]);
    expect(lenient('Loose', { a: 1, b: 2 })).toEqual([{ message: 'must match exactly one schema in oneOf', path: [] }]);
  });

  it('oneOf: an undeclared property is let through, in one alternative or several', () => {
    expect(lenient('Closed', { a: 'x', extra: 1 })).toEqual([]);
    expect(lenient('Closed', { a: 'x', b: 'y' })).toEqual([]);
    expect(strict('Closed', { a: 'x', b: 'y' })).toEqual([
      { message: 'must match exactly one schema in oneOf', path: [] },
    ]);
  });

  it('a const tag is a one-value enum: a newer variant passes, a wrong type does not', () => {
    expect(strict('Event', { type: 'file.created', path: 'a' })).toEqual([
      { message: 'must match at least one schema in anyOf', path: [] },
    ]);
    expect(lenient('Event', { type: 'file.created', path: 'a' })).toEqual([]);
    expect(lenient('Event', { type: 'pty.exited' })).toEqual([]);
    expect(lenient('Event', { type: 7 })).toEqual([{ message: 'must match at least one schema in anyOf', path: [] }]);
  });

  it('a known tag is checked by its own variant only: another variant does not take it as a new tag', () => {
    // file.edited with a wrong path: the session.idle variant used to take "file.edited" as an unlisted
    // tag. The variant's own issue is given, as a discriminator's dispatch gives it.
    const badPath = { type: 'file.edited', path: 1 };
    expect(strict('Event', badPath)).toEqual([{ message: 'must be string', path: ['path'] }]);
    expect(lenient('Event', badPath)).toEqual([{ message: 'must be string', path: ['path'] }]);
    expect(lenient('Pet', { kind: 'cat', meows: 'loud' })).toEqual([{ message: 'must be boolean', path: ['meows'] }]);
    expect(strict('Pet', { kind: 'cat', mood: 'new' })).toEqual([
      { message: 'must be one of: calm, angry', path: ['mood'] },
    ]);
    // Lenient about the rest of a known variant, and about a tag no variant lists.
    expect(lenient('Event', { type: 'file.edited', path: 'a', extra: 1 })).toEqual([]);
    expect(lenient('Pet', { kind: 'cat', meows: true, mood: 'new' })).toEqual([]);
    expect(lenient('Pet', { kind: 'bird' })).toEqual([]);
    expect(strict('Pet', { kind: 'dog', barks: true })).toEqual([]);
  });

  it('contains counts the items that match as the spec has them', () => {
    expect(lenient('AtMostOneAdmin', ['admin', 'guest', 'owner'])).toEqual([]);
    expect(lenient('AtMostOneAdmin', ['admin', 'admin'])).toEqual([
      { message: 'must contain at most 1 matching items', path: [] },
    ]);
  });

  it('not and if read their subschema as the spec has it', () => {
    expect(lenient('NotDraft', 'published')).toEqual([]);
    expect(lenient('NotDraft', 'draft')).toEqual([{ message: 'must not match the schema in not', path: [] }]);
    // An unknown mode is not "air": no flight is required for it.
    expect(lenient('Shipment', { mode: 'rail' })).toEqual([]);
    expect(lenient('Shipment', { mode: 'air' })).toEqual([{ message: 'is required', path: ['flight'] }]);
  });
});
