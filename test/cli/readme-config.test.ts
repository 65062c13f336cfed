/** The README's config table is the JSDoc of generator/cli/config.ts (scripts/readme-config.ts writes it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, configTable, readmeWithTable } from '../../scripts/readme-config.js';

describe('README config table', () => {
  it('matches the config JSDoc (run `npx tsx scripts/readme-config.ts` after changing it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(configTable());
    expect(readmeWithTable(readme)).toBe(readme);
  });

  it('has a row per option, with defaults', () => {
    const table = configTable();
    for (const option of [
      'sources[].name',
      'sources[].spec',
      'sources[].out',
      'sources[].packageName',
      'sources[].allowExternalRefs',
      'sources[].dates',
      'sources[].formats',
      'strict',
    ]) {
      expect(table).toContain(`| \`${option}\` |`);
    }
    expect(table).toMatch(/\| `sources\[\]\.formats` \| .* \| `'assert'` \|/);
    expect(table).toMatch(/\| `sources\[\]\.name` \| .* \| required \|/);
  });
});
