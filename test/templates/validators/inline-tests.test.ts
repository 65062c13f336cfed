/**
 * templates/validators/inline-tests.ts: a property or item checked in place by its type or enum test,
 * its failure reported by one runtime call (`haltProperty`, `haltEnum`) that picks the message. The
 * messages and lenient mode are those the inline conditionals gave; the generated text holds the
 * test only. Also the object whose wrong type ends its check (`fail`) against one whose applicators
 * still run after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateInline } from '../../support/generate-inline.js';
import { schemasDocument } from '../../support/fixtures.js';

const spec = schemasDocument({
  Task: {
    type: 'object',
    required: ['state', 'count', 'size'],
    properties: {
      state: { type: 'string', enum: ['open', 'done'] },
      size: { type: 'number', enum: [1, 2.5] },
      count: { type: 'integer' },
      note: { type: 'string', enum: ['a', 'b'] },
      tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
      // No `type`: an enum of strings that does not fold a type test into it.
      mood: { enum: ['happy', 'sad'] },
    },
  },
  State: { type: 'string', enum: ['open', 'done'] },
  // A nullable enum (3.0's `nullable: true` reads the same): lenient mode lets a new string through.
  Order: { type: ['string', 'null'], enum: ['asc', 'desc', null] },
  // null listed but not in `type`: JSON Schema's answer is that null fails the type.
  Listed: { type: 'string', enum: ['a', null] },
  // Values of two kinds: the read type opens to both (`1 | 'a' | (string & {}) | (number & {})`).
  Mixed: { enum: [1, 'a'] },
  // An object with an applicator after its members: a wrong type does not end the check.
  Both: { type: 'object', properties: { a: { type: 'string' } }, allOf: [{ required: ['b'] }] },
});

type Issues = (value: unknown, options?: { lenient?: boolean; all?: boolean }) => unknown[];

describe('inlined tests report what the conditionals did', () => {
  let schemas: Record<string, { issues: Issues }>;
  let source: string;
  beforeAll(async () => {
    const pkg = await generateInline(spec);
    schemas = (await pkg.load())['schemas'];
    source = readFileSync(path.join(pkg.out, 'validators.gen.ts'), 'utf8');
  });
  const issues = (name: string, value: unknown, options?: { lenient?: boolean; all?: boolean }) =>
    schemas[name]!.issues(value, options);
  const task = { state: 'open', count: 1, size: 1 };

  it('a required property: "is required" when absent, its type or its list when present', () => {
    expect(issues('Task', task)).toEqual([]);
    const { state: _, ...noState } = task;
    expect(issues('Task', noState)).toEqual([{ message: 'is required', path: ['state'] }]);
    expect(issues('Task', { ...task, state: 3 })).toEqual([{ message: 'must be string', path: ['state'] }]);
    expect(issues('Task', { ...task, state: 'new' })).toEqual([
      { message: 'must be one of: open, done', path: ['state'] },
    ]);
    const { count: __, ...noCount } = task;
    expect(issues('Task', noCount)).toEqual([{ message: 'is required', path: ['count'] }]);
    expect(issues('Task', { ...task, count: 1.5 })).toEqual([{ message: 'must be integer', path: ['count'] }]);
  });

  it('a number enum: NaN is "must be number" (no JSON number), an unlisted number the list', () => {
    expect(issues('Task', { ...task, size: Number.NaN })).toEqual([{ message: 'must be number', path: ['size'] }]);
    expect(issues('Task', { ...task, size: 3 })).toEqual([{ message: 'must be one of: 1, 2.5', path: ['size'] }]);
    expect(issues('Task', { ...task, size: 3 }, { lenient: true })).toEqual([]);
    expect(issues('Task', { ...task, size: '1' }, { lenient: true })).toEqual([
      { message: 'must be number', path: ['size'] },
    ]);
  });

  it('lenient mode lets an unlisted value of the type through, optional property, item or root', () => {
    expect(issues('Task', { ...task, note: 'c' })).toEqual([{ message: 'must be one of: a, b', path: ['note'] }]);
    expect(issues('Task', { ...task, note: 'c' }, { lenient: true })).toEqual([]);
    expect(issues('Task', { ...task, note: 1 }, { lenient: true })).toEqual([
      { message: 'must be string', path: ['note'] },
    ]);
    expect(issues('Task', { ...task, tags: ['x', 'z'] })).toEqual([
      { message: 'must be one of: x, y', path: ['tags', 1] },
    ]);
    expect(issues('Task', { ...task, tags: ['z'] }, { lenient: true })).toEqual([]);
    // A hole read as undefined is an item of the wrong type, not a missing property.
    expect(issues('Task', { ...task, tags: [undefined] })).toEqual([{ message: 'must be string', path: ['tags', 0] }]);
    expect(issues('State', 'new')).toEqual([{ message: 'must be one of: open, done', path: [] }]);
    expect(issues('State', 'new', { lenient: true })).toEqual([]);
    expect(issues('State', null)).toEqual([{ message: 'must be string', path: [] }]);
  });

  it('a nullable enum: null and the values pass; lenient mode takes a new string, never a number', () => {
    expect(issues('Order', null)).toEqual([]);
    expect(issues('Order', 'asc')).toEqual([]);
    expect(issues('Order', 'up')).toEqual([{ message: 'must be one of: asc, desc, null', path: [] }]);
    expect(issues('Order', 'up', { lenient: true })).toEqual([]);
    expect(issues('Order', 3, { lenient: true })).toEqual([{ message: 'must be string or null', path: [] }]);
  });

  it('a null listed in an enum whose type is string alone still fails the type', () => {
    expect(issues('Listed', 'a')).toEqual([]);
    expect(issues('Listed', null)).toEqual([{ message: 'must be string', path: [] }]);
    expect(issues('Listed', 'b', { lenient: true })).toEqual([]);
  });

  it('an enum of strings and numbers: lenient mode takes a new value of either kind, nothing else', () => {
    expect(issues('Mixed', 'b')).toEqual([{ message: 'must be one of: 1, a', path: [] }]);
    expect(issues('Mixed', 'b', { lenient: true })).toEqual([]);
    expect(issues('Mixed', 2, { lenient: true })).toEqual([]);
    expect(issues('Mixed', true, { lenient: true })).toEqual([{ message: 'must be one of: 1, a', path: [] }]);
  });

  it('an enum with no type: the list for any value, lenient for a string only', () => {
    expect(issues('Task', { ...task, mood: 1 })).toEqual([{ message: 'must be one of: happy, sad', path: ['mood'] }]);
    expect(issues('Task', { ...task, mood: 'calm' }, { lenient: true })).toEqual([]);
    expect(issues('Task', { ...task, mood: 1 }, { lenient: true })).toHaveLength(1);
  });

  it('every issue at once (ALL mode) after a property fails', () => {
    expect(issues('Task', { state: 'new', count: 'x' }, { all: true })).toEqual([
      { message: 'must be one of: open, done', path: ['state'] },
      { message: 'is required', path: ['size'] },
      { message: 'must be integer', path: ['count'] },
    ]);
  });

  it('a wrong type ends an object check unless an applicator follows it', () => {
    expect(issues('Task', [], { all: true })).toEqual([{ message: 'must be object', path: [] }]);
    expect(issues('Both', 1, { all: true })).toEqual([{ message: 'must be object', path: [] }]);
    expect(issues('Both', { a: 1 }, { all: true })).toEqual([
      { message: 'must be string', path: ['a'] },
      { message: 'is required', path: ['b'] },
    ]);
    const body = (name: string) => source.slice(source.indexOf(`function ${name}(`)).split('\n}\n')[0]!;
    expect(body('validateTask')).toContain("if (!isObject(x)) return fail(e, 'must be object');");
    expect(body('validateBoth')).not.toContain('return fail(');
  });

  it('the generated text holds the tests, not the messages of a required or enum failure', () => {
    expect(source).not.toContain("=== undefined ? 'is required'");
    expect(source).toContain("haltEnum(e, m, 'state', x.state, 'string', 'must be one of: open, done', true)");
    expect(source).toContain("haltProperty(e, m, 'count', x.count, 'must be integer')");
  });
});
