/**
 * The README's examples of the generated clients, and the committed packages' own README examples,
 * compile against the committed packages, so the front door cannot drift from what `npm run
 * generate` emits. Each `ts` block that imports a
 * generated package is type-checked as a module of its own; the names the prose leaves to the
 * reader (`workspaceId`, `username`, …) are declared for it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';
import { typeCheck } from '../support/tsc.js';

const FREE = 'declare const workspaceId: string, userId: string, customFieldId: string, username: string, password: string, value: unknown, body: unknown;';
// The project's README, and each committed package's own (its usage example calls an operation).
const READMES = ['README.md', 'generated/clockify/README.md', 'generated/journyx/README.md'];
const blocks = READMES.flatMap((file) => [...readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(/```ts\n([^]*?)```/g)])
  .map((m) => m[1]!)
  .filter((code) => code.includes("from '@specforge-generated/"));

// Inside the repo, so that the workspace packages resolve as a user's code would import them.
mkdirSync(path.join(REPO_ROOT, 'scratch'), { recursive: true });
const dir = mkdtempSync(path.join(REPO_ROOT, 'scratch', 'readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('type-check against the generated packages', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    blocks.forEach((code, i) => writeFileSync(path.join(dir, `example${i}.ts`), `${FREE}\n${code}\nexport {};\n`));
    expect(typeCheck(dir, { types: ['node'], typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')] }).output).toBe('');
  }, 60_000);
});
