import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../generator/print/write-output.js';
import { REPO_ROOT } from '../support/corpus.js';
import { tempSpecDir } from '../support/fixtures.js';

function existing(): { dir: string; out: string } {
  const dir = tempSpecDir({});
  const out = path.join(dir, 'pkg');
  mkdirSync(out);
  writeFileSync(path.join(out, 'old.ts'), 'old');
  return { dir, out };
}

describe('writeOutput', () => {
  it('replaces the folder as a whole', async () => {
    const { out } = existing();
    await writeOutput(
      out,
      new Map([
        ['a.ts', 'A'],
        ['sub/b.ts', 'B'],
      ]),
    );
    expect(readdirSync(out).sort()).toEqual(['a.ts', 'sub']);
    expect(readFileSync(path.join(out, 'sub/b.ts'), 'utf8')).toBe('B');
  });

  it('leaves the previous output and no temp folder when writing fails', async () => {
    const { dir, out } = existing();
    await expect(
      writeOutput(out, new Map([['a.ts', 'A']]), {
        beforeSwap: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(out)).toEqual(['old.ts']);
    expect(readdirSync(dir)).toEqual(['pkg']);
  });

  it('survives a process killed mid-write; the next run cleans up', async () => {
    const { dir, out } = existing();
    const script = `import { writeOutput } from ${JSON.stringify(path.join(REPO_ROOT, 'generator/print/write-output.ts'))};
await writeOutput(${JSON.stringify(out)}, new Map([['a.ts', 'A']]), { beforeSwap: () => process.kill(process.pid, 'SIGKILL') });`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(r.signal).toBe('SIGKILL');
    expect(readdirSync(out)).toEqual(['old.ts']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.specforge-tmp-'))).toHaveLength(1);
    await writeOutput(out, new Map([['a.ts', 'A']]));
    expect(readdirSync(dir)).toEqual(['pkg']);
    expect(readdirSync(out)).toEqual(['a.ts']);
  });
});
