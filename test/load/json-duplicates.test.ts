/** generator/load/json-duplicates.ts: keys a JSON object repeats (JSON.parse keeps the last silently). */
import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys } from '../../generator/load/json-duplicates.js';

describe('duplicateJsonKeys', () => {
  it('finds each repeated key of an object, at its offset, and not keys repeated across objects', () => {
    const text = '{"a": 1, "b": {"a": 2, "c": 3, "c": 4}, "a": 5}';
    expect(duplicateJsonKeys(text)).toEqual([
      { key: 'c', offset: text.indexOf('"c": 4') },
      { key: 'a', offset: text.lastIndexOf('"a"') },
    ]);
  });

  it('reads escapes and strings that look like keys, and stops at the limit', () => {
    expect(duplicateJsonKeys('{"\\u0061": 1, "a": 2}').map((d) => d.key)).toEqual(['a']);
    expect(duplicateJsonKeys('{"x": ["\\"x\\":", "x"], "y": 1}')).toEqual([]);
    const many = `{${Array.from({ length: 10 }, () => '"k": 1').join(', ')}}`;
    expect(duplicateJsonKeys(many, 3)).toHaveLength(3);
  });

  it('takes a document nested a million levels deep without a stack', () => {
    const depth = 1_000_000;
    expect(duplicateJsonKeys('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toEqual([]);
  });
});
