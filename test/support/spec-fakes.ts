/**
 * Fake API data made from the specs themselves: a schema's own example (or a value built from its
 * required fields) with the fields a test cares about laid over it. Fakes made this way carry IDs
 * of the right form and every field the spec requires, so clients that validate responses accept
 * them, and a fake that drifts from its spec fails the test that serves it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './corpus.js';
import { exampleValue } from './example-request.js';

const docs = new Map<string, Record<string, any>>();

function doc(source: 'clockify' | 'journyx'): Record<string, any> {
  const known = docs.get(source);
  if (known) return known;
  const parsed = parse(readFileSync(path.join(REPO_ROOT, `spec/${source}/openapi.yaml`), 'utf8')) as Record<
    string,
    any
  >;
  docs.set(source, parsed);
  return parsed;
}

/** An instance of `components.schemas[schema]` of the source's spec, with `fields` laid over it. */
export function fake<T extends object>(
  source: 'clockify' | 'journyx',
  schema: string,
  fields: T,
): Record<string, unknown> & T {
  const base = exampleValue(doc(source), { $ref: `#/components/schemas/${schema}` });
  return { ...(base as Record<string, unknown>), ...fields } as Record<string, unknown> & T;
}

/** A 24-hex Clockify ID and a 32-hex Journyx ID, numbered so tests can tell them apart. */
export const clockifyId = (n: number) => n.toString(16).padStart(24, '0');
export const journyxId = (n: number) => n.toString(16).toUpperCase().padStart(32, '0');
