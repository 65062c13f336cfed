/**
 * The msw module of a spec with many operations type-checks. Each operation's answer is a
 * top-level constant; an optional chain in each (`responses?.['200']`) was a branch tsc walks back
 * through, and past about a thousand tsc refused the module: "The containing function or module
 * body is too large for control flow analysis" (GitHub Enterprise Cloud's spec, 1,471 operations).
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateInline } from '../../support/generate-inline.js';
import { typeCheck } from '../../support/tsc.js';

const OPERATIONS = 1_200;

function manyOperations(): object {
  const ok = {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  };
  const paths = Object.fromEntries(
    Array.from({ length: OPERATIONS }, (_, i) => [
      `/r${i}`,
      { get: { operationId: `op${i}`, responses: { 200: ok } } },
    ]),
  );
  return { openapi: '3.1.0', info: { title: 'many', version: '1' }, paths };
}

it(`type-checks the msw module of ${OPERATIONS} operations (no top-level branch per operation)`, async () => {
  const pkg = await generateInline(manyOperations(), { targets: ['types', 'client', 'validators', 'msw'] });
  const module = readFileSync(path.join(pkg.out, 'msw.gen.ts'), 'utf8');
  expect(module.match(/check: checkOf\(/g)).toHaveLength(OPERATIONS);
  expect(module).not.toMatch(/\?\.\[/);
  expect(typeCheck(pkg.out).output).toBe('');
}, 120_000);
