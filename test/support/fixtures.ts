/** Writes small inline specs to a temp folder for a test. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Creates a temp folder with `files` (path → text) and returns its path. */
export function tempSpecDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'specforge-test-'));
  for (const [rel, text] of Object.entries(files)) {
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

/** A minimal valid 3.1 document with the given components.schemas (YAML text indented under it). */
export function specWithSchemas(schemasYaml: string, version = '3.1.0'): string {
  return `openapi: ${version}\ninfo:\n  title: t\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n${schemasYaml.replace(/^/gm, '    ')}\n`;
}

/** A minimal OpenAPI document (as an object) whose components are `schemas`. */
export function schemasDocument(
  schemas: Record<string, unknown>,
  version = '3.1.0',
): {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, never>;
  components: { schemas: Record<string, unknown> };
} {
  return { openapi: version, info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
}

/** `$ref` to a component schema of `schemasDocument`. */
export const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A plan: a name and a number of seats, both required, at least one seat. The object behind the
 * union tests (a nullable `$ref` to it, a union of it and a string).
 */
export const PLAN_SCHEMA = {
  type: 'object',
  required: ['name', 'seats'],
  properties: { name: { type: 'string' }, seats: { type: 'integer', minimum: 1 } },
} as const;
