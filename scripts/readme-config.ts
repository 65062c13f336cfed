/**
 * The README's config table, from the JSDoc of `generator/cli/config.ts` (one source of truth).
 * `npx tsx scripts/readme-config.ts` rewrites the table between the README's markers;
 * test/cli/readme-config.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README = path.join(ROOT, 'README.md');
const START = '<!-- config-table: written by scripts/readme-config.ts from generator/cli/config.ts -->';
const END = '<!-- /config-table -->';

/** Rows for the properties of `SourceConfig` (as `sources[].x`) and `SpecforgeConfig`. */
export function configTable(): string {
  const file = path.join(ROOT, 'generator/cli/config.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const rows: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isInterfaceDeclaration(node) &&
      (node.name.text === 'SourceConfig' || node.name.text === 'SpecforgeConfig')
    ) {
      const prefix = node.name.text === 'SourceConfig' ? 'sources[].' : '';
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
        if (member.name.text === 'sources') continue; // its members are the rows above
        const doc = ts
          .getJSDocCommentsAndTags(member)
          .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const [, meaning = doc, fallback] = /^(.*?)(?:\s*Default: (.+?)\.)?$/.exec(doc) ?? [];
        rows.push(
          `| \`${prefix}${member.name.text}\` | ${meaning.replace(/\.$/, '')} | ` +
            `${fallback ?? (member.questionToken ? '—' : 'required')} |`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [START, '| option | meaning | default |', '|---|---|---|', ...rows, END].join('\n');
}

/** The README with its table replaced by `configTable()`. */
export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} markers`);
  return readme.slice(0, start) + configTable() + readme.slice(end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(README, readmeWithTable(readFileSync(README, 'utf8')));
  console.log('README.md: config table written');
}
