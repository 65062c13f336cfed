/**
 * bench/results.md: one file, one section per benchmark script, each replaced in place between
 * markers so that running one script (e.g. `npx tsx bench/scale.ts`) keeps the others' results.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
const ORDER = ['generators', 'scale', 'typecheck', 'validators', 'bundle'] as const;
export type Section = (typeof ORDER)[number];

/** The machine, as every section states it. */
export function machine(): string {
  const cpus = os.cpus();
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`;
  const cpu = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}`;
  return `${cpu}, ${memory}, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function writeSection(name: Section, markdown: string): void {
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const sections = new Map<string, string>();
  for (const s of ORDER) {
    const m = new RegExp(`<!-- ${s} -->\\n([\\s\\S]*?)<!-- /${s} -->`).exec(old);
    if (m) sections.set(s, m[1]!);
  }
  sections.set(name, `${markdown.trim()}\n\n_Written ${new Date().toISOString().slice(0, 10)} on ${machine()}._\n`);
  const body = ORDER.filter((s) => sections.has(s)).map((s) => `<!-- ${s} -->\n${sections.get(s)}<!-- /${s} -->`);
  writeFileSync(
    RESULTS,
    [
      '# Benchmark results',
      '',
      'Written by `npm run bench` (see bench/README.md for what each number means and how it is measured).',
      '',
      ...body,
      '',
    ].join('\n'),
  );
}
