/**
 * validators.gen.ts ships with `@ts-nocheck` (users' tsc skips the generated check bodies), so the
 * suite's own type-check must still see its errors: test/support/tsc.ts checks it without the pragma.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheck } from '../support/tsc.js';

describe('type-checking generated code with @ts-nocheck', () => {
  it('reports an error in a file that carries the pragma', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specforge-nocheck-'));
    writeFileSync(
      path.join(dir, 'validators.gen.ts'),
      "/** header */\n\n// @ts-nocheck: generated check functions\nexport const n: number = 'not a number';\n",
    );
    const result = typeCheck(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('TS2322');
  });
});
