/**
 * The README's examples of the generated clients, and the committed packages' own README examples,
 * compile against the committed packages, so the front door cannot drift from what `npm run
 * generate` emits. Each `ts` block that imports a
 * generated package is type-checked as a module of its own; the names the prose leaves to the
 * reader (`workspaceId`, `username`, …) are declared for it (test/support/readme-example.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';
import { typeCheck } from '../support/tsc.js';
import { readmeExample, tsBlocks } from '../support/readme-example.js';

// The project's README, and each committed package's own (its usage example calls an operation).
// A package README's blocks all use that package; the project README's, those that import one.
const readme = (file: string) => tsBlocks(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
const examples = [
  ...readme('README.md')
    .filter((code) => code.includes("from '@specforge-generated/"))
    .map((code) => readmeExample(code, { nodeTypes: true })),
  ...['clockify', 'journyx'].flatMap((name) =>
    readme(`generated/${name}/README.md`).map((code) =>
      readmeExample(code, { nodeTypes: true, pkg: `@specforge-generated/${name}` }),
    ),
  ),
];

// Inside the repo, so that the workspace packages resolve as a user's code would import them.
mkdirSync(path.join(REPO_ROOT, 'scratch'), { recursive: true });
const dir = mkdtempSync(path.join(REPO_ROOT, 'scratch', 'readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('type-check against the generated packages', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    examples.forEach((code, i) => writeFileSync(path.join(dir, `example${i}.ts`), code));
    expect(typeCheck(dir, { types: ['node'], typeRoots: [path.join(REPO_ROOT, 'node_modules/@types')] }).output).toBe(
      '',
    );
  }, 60_000);
});
