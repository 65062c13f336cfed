/** generator/cli/init.ts: `specforge init <spec>` writes a config, never over an existing one. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { initConfig } from '../../generator/cli/init.js';

it('names the source after the spec folder and points at it relatively', async () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'specforge-init-'));
  const written = await initConfig('apis/My API/openapi.yaml', cwd);
  const text = readFileSync(written, 'utf8');
  expect(written).toBe(path.join(cwd, 'specforge.config.ts'));
  expect(text).toContain("import type { SpecforgeConfig } from 'specforge';");
  expect(text).toContain('name: "my-api",');
  expect(text).toContain('spec: "apis/My API/openapi.yaml",');
  expect(text).toContain('out: "generated/my-api",');
});

it('writes a given name as data, whatever it holds', async () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'specforge-init-'));
  const text = readFileSync(await initConfig('openapi.yaml', cwd, `x", evil: "1`), 'utf8');
  expect(text).toContain(`name: "x\\", evil: \\"1",`);
});

it('refuses to overwrite a config, which stays as it was', async () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'specforge-init-'));
  writeFileSync(path.join(cwd, 'specforge.config.ts'), 'mine');
  await expect(initConfig('openapi.yaml', cwd)).rejects.toThrow(/already exists/);
  expect(readFileSync(path.join(cwd, 'specforge.config.ts'), 'utf8')).toBe('mine');
});
