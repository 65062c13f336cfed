/**
 * generator/parse/endless.ts: a named schema whose required properties lead back to it with no way
 * out has no finite value; it is warned of at the property that loops, and every schema that needs
 * it is too. A way out anywhere (null, an optional property, an empty array, another alternative,
 * a schema without `type`) means no warning.
 */
import { describe, expect, it } from 'vitest';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

async function warnedAt(schemas: string[]): Promise<string[]> {
  const { diagnostics } = await modelOf(specWithSchemas(schemas.join('\n')));
  return diagnostics.warnings
    .filter((w) => w.message.startsWith('no finite value'))
    .map((w) => `${w.location?.line}: ${w.message.replace(/ \(required properties.*$/, '')}`);
}

const ref = (name: string) => `{ $ref: '#/components/schemas/${name}' }`;

describe('schemas only an endless value satisfies', () => {
  it('a required self-reference, a required cycle of two, and a schema that needs one', async () => {
    const warned = await warnedAt([
      `TreeNode: { type: object, required: [id, parent], properties: { id: { type: string }, parent: ${ref('TreeNode')} } }`,
      `Root: { type: object, required: [tree], properties: { tree: ${ref('TreeNode')} } }`,
      `A: { type: object, required: [b], properties: { b: ${ref('B')} } }`,
      `B: { type: object, required: [a], properties: { a: ${ref('A')} } }`,
      `Inline: { type: object, required: [x], properties: { x: { type: object, required: [y], properties: { y: ${ref('Inline')} } } } }`,
      `Via: { allOf: [${ref('TreeNode')}] }`,
    ]);
    expect(warned).toEqual([
      '8: no finite value satisfies this schema: its required "parent" is "TreeNode", which only an endless nesting satisfies',
      '9: no finite value satisfies this schema: its required "tree" is "TreeNode", which only an endless nesting satisfies',
      '10: no finite value satisfies this schema: its required "b" is "B", which only an endless nesting satisfies',
      '11: no finite value satisfies this schema: its required "a" is "A", which only an endless nesting satisfies',
      '12: no finite value satisfies this schema: its required "x" has no finite value',
      '13: no finite value satisfies this schema: each way to meet it leads to a schema only an endless nesting satisfies',
    ]);
  });

  it('a hub of 5,000 required $refs: each found finite once, so the loop after them is still found', async () => {
    // Asked again at each of its targets' answers, the hub re-read every property before the cursors:
    // 12.5M steps here, past the budget past which nothing is warned (and 94 s at 20,000 properties).
    // Listed against the order the targets gain their answers, so each asking got one property further.
    const hub = Array.from({ length: 5000 }, (_, i) => `p${i}: ${ref(`S${4999 - i}`)}`).join(', ');
    const required = Array.from({ length: 5000 }, (_, i) => `p${i}`).join(', ');
    const warned = await warnedAt([
      `Hub: { type: object, required: [${required}, self], properties: { ${hub}, self: ${ref('Hub')} } }`,
      ...Array.from(
        { length: 5000 },
        (_, i) => `S${i}: { type: object, required: [v], properties: { v: { type: string } } }`,
      ),
    ]);
    expect(warned).toEqual([
      '8: no finite value satisfies this schema: its required "self" is "Hub", which only an endless nesting satisfies',
    ]);
  });

  it('not where the nesting can end', async () => {
    const warned = await warnedAt([
      `Nullable: { type: object, required: [next], properties: { next: { anyOf: [${ref('Nullable')}, { type: 'null' }] } } }`,
      `Optional: { type: object, properties: { next: ${ref('Optional')} } }`,
      `List: { type: object, required: [items], properties: { items: { type: array, items: ${ref('List')} } } }`,
      `Untyped: { required: [self], properties: { self: ${ref('Untyped')} } }`,
      `Choice: { oneOf: [${ref('Choice')}, { type: string }] }`,
      // A thousand schemas, each requiring the next, ending in a string: linear, and finite.
      ...Array.from(
        { length: 1000 },
        (_, i) => `C${i}: { type: object, required: [n], properties: { n: ${ref(`C${i + 1}`)} } }`,
      ),
      'C1000: { type: string }',
    ]);
    expect(warned).toEqual([]);
  });
});
