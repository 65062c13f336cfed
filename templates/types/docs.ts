/** JSDoc lines for schemas, properties and operations, built only from neutralised text. */
import { docTag, docText, type DocText } from '../../generator/safe/code.js';
import type { SchemaNode } from '../../generator/ir/ir.js';

/** Doc lines for a schema's annotations (title, description, format, default, examples, deprecated). */
export function schemaDocLines(node: SchemaNode): DocText[] {
  if (node.kind === 'boolean') return [];
  const lines: DocText[] = [];
  if (node.title) lines.push(docText(node.title));
  if (node.description && node.description !== node.title) lines.push(docText(node.description));
  if (node.kind === 'keywords' && node.format) lines.push(docText(`Format: \`${node.format}\``));
  if (node.kind === 'keywords' && node.formatUnchecked)
    lines.push(docText(`Format: \`${node.formatUnchecked}\` (not checked: the spec's lengths exclude it)`));
  if (node.default) lines.push(docTag('default', safeJson(node.default.value)));
  for (const example of node.examples ?? []) lines.push(docTag('example', safeJson(example)));
  if (node.deprecated) lines.push(docTag('deprecated'));
  return lines;
}

/** Doc lines from plain text fields (operations, parameters). */
export function textDocLines(...texts: Array<string | undefined>): DocText[] {
  const seen = new Set<string>();
  const lines: DocText[] = [];
  for (const t of texts) {
    if (!t || seen.has(t)) continue;
    seen.add(t);
    lines.push(docText(t));
  }
  return lines;
}

function safeJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return 'undefined';
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
