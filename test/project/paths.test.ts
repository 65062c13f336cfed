/** generator/paths.ts: the containment test every folder rule uses (inputs, `--out`). */
import path from 'node:path';
import { expect, it } from 'vitest';
import { isInside } from '../../generator/paths.js';

it('is strictly inside: a folder is not inside itself, nor a sibling that shares its prefix', () => {
  expect(isInside('/a/b/c.yaml', '/a/b')).toBe(true);
  expect(isInside('/a/b/deep/er', '/a/b')).toBe(true);
  expect(isInside('/a/b', '/a/b')).toBe(false);
  expect(isInside('/a/bc/x', '/a/b')).toBe(false);
  expect(isInside('/a/x', '/a/b')).toBe(false);
  expect(isInside('/', '/a')).toBe(false);
});

it('takes a name that starts with two dots as a name, not as the parent', () => {
  expect(isInside(path.join('/a/b', '..x'), '/a/b')).toBe(true);
  expect(isInside(path.join('/a/b', '..', 'x'), '/a/b')).toBe(false);
});
