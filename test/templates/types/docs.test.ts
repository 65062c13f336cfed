/** templates/types/docs.ts: JSDoc lines from a schema's annotations and from text fields, neutralised. */
import { expect, it } from 'vitest';
import { jsDoc } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import { schemaDocLines, textDocLines } from '../../../templates/types/docs.js';

const node = (n: Partial<KeywordSchemaNode>): KeywordSchemaNode => ({ kind: 'keywords', pointer: '#', ...n });

it('renders title, a description unlike it, format, default, examples and deprecated, in that order', () => {
  const lines = schemaDocLines(
    node({
      title: 'User',
      description: 'A person.',
      format: 'uuid',
      default: { value: 'x' },
      examples: [{ a: 1 }],
      deprecated: true,
    }),
  );
  expect(lines).toEqual(['User', 'A person.', 'Format: `uuid`', '@default "x"', '@example {"a":1}', '@deprecated']);
  expect(schemaDocLines(node({ title: 'Same', description: 'Same' }))).toEqual(['Same']);
  expect(schemaDocLines({ kind: 'boolean', pointer: '#', value: true })).toEqual([]);
});

it('keeps spec text inside the comment: no closing `*/`, no JSDoc tag of its own, no other line breaks', () => {
  const text = jsDoc(textDocLines('ends here */ export const pwned = 1; /*', '@type {any}', 'a\u2028b')).text;
  expect(text).toBe('/**\n * ends here *\\/ export const pwned = 1; /*\n *\n * \\@type {any}\n *\n * a\n * b\n */\n');
});

it('cuts a long example and writes one that JSON cannot hold as undefined', () => {
  const [long] = schemaDocLines(node({ examples: ['x'.repeat(1000)] }));
  expect(long!.length).toBeLessThan(520);
  expect(long!.endsWith('…')).toBe(true);
  expect(schemaDocLines(node({ examples: [undefined] }))).toEqual(['@example undefined']);
});

it('textDocLines drops empty and repeated texts', () => {
  expect(textDocLines('a', undefined, '', 'a', 'b')).toEqual(['a', 'b']);
});
