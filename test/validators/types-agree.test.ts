/**
 * Property test: every value a generated validator accepts type-checks as the schema's generated
 * type, so a response that passes `validate.response` is what its type says. A type narrower than
 * its validator is how the discriminator bug looked (a branch typed `never` whose values passed).
 *
 * Random schemas as in differential.test.ts (ajv picks the valid values), with one convention made
 * explicit: the types read object keywords as `type: object`, array keywords as `type: array`, and
 * string keywords as `type: string` when no `type` is written (as authors mean them), where JSON
 * Schema lets other types through. The schemas get that `type` written, so both sides agree on it.
 */
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparable, generateSchemas, value } from '../support/random-schemas.js';
import { typeCheckAssignments, type Assignment } from '../support/tsc.js';

const SCHEMAS = Number(process.env['FUZZ_SCHEMAS'] ?? 150);
const VALUES = Number(process.env['FUZZ_VALUES'] ?? 200);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
const PER_SCHEMA = 6;

/**
 * Writes the `type` our types infer from object, array and string keywords (templates/types/schema-type.ts
 * `inferTypes`).
 */
function typed(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(typed);
  if (typeof s !== 'object' || s === null) return s;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) o[k] = k === 'enum' || k === 'const' ? v : typed(v);
  if (o['type'] !== undefined) return o;
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (has('properties', 'additionalProperties', 'patternProperties', 'required')) o['type'] = 'object';
  else if (has('items', 'prefixItems')) o['type'] = 'array';
  else if (!has('allOf', 'anyOf', 'oneOf', '$ref') && has('minLength', 'maxLength', 'pattern')) o['type'] = 'string';
  return o;
}

/** Every property name the schema declares, at any depth. */
function declaredNames(s: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(s)) for (const x of s) declaredNames(x, into);
  else if (typeof s === 'object' && s !== null) {
    for (const [k, v] of Object.entries(s)) {
      if (k === 'enum' || k === 'const') continue;
      if (k === 'properties' && typeof v === 'object' && v !== null) for (const name of Object.keys(v)) into.add(name);
      declaredNames(v, into);
    }
  }
  return into;
}

/**
 * Whether an object in `v` has properties, none of them declared anywhere in the schema: the value
 * TypeScript's weak-type check refuses where the type has no index signature (the convention below).
 * Inside a union tsc says only "not assignable", so such values are left out rather than excused by
 * message.
 */
function meetsWeakTypeCheck(v: unknown, names: ReadonlySet<string>): boolean {
  if (Array.isArray(v)) return v.some((x) => meetsWeakTypeCheck(x, names));
  if (typeof v !== 'object' || v === null) return false;
  const keys = Object.keys(v);
  if (keys.length > 0 && !keys.some((k) => names.has(k))) return true;
  return Object.values(v).some((x) => meetsWeakTypeCheck(x, names));
}

describe('generated types accept every value their validator accepts', () => {
  const schemas = fc.sample(comparable, { numRuns: SCHEMAS, seed: SEED }).map(typed);
  let pkg = '';
  beforeAll(async () => {
    pkg = await generateSchemas(schemas, 'specforge-types-agree-');
  }, 120_000);

  it('on random schemas, each valid value (by ajv) is assignable to its type (tsc)', () => {
    const assignments: Assignment[] = [];
    schemas.forEach((s, i) => {
      const valid = new Ajv2020({ strict: false, validateFormats: false }).compile(s as object);
      const seen = new Set<string>();
      const names = declaredNames(s);
      for (const v of fc.sample(value, { numRuns: VALUES, seed: SEED + i })) {
        const json = JSON.stringify(v);
        let ok = false;
        try {
          ok = valid(v) as boolean;
        } catch {
          continue; // ajv's own bugs (oracle-gaps.test.ts)
        }
        if (!ok || seen.has(json) || seen.size >= PER_SCHEMA || meetsWeakTypeCheck(v, names)) continue;
        seen.add(json);
        assignments.push({ type: `S${i}`, value: v, note: `S${i}: ${JSON.stringify(s)}` });
      }
    });
    expect(assignments.length).toBeGreaterThan(150); // the test checks something
    // An object schema without additionalProperties is typed by its declared properties only (no
    // index signature, as the peers type it), so TypeScript's weak-type check refuses a value that
    // shares none of them: a convention of the types, not a disagreement.
    expect(typeCheckAssignments(pkg, assignments, /has no properties in common/)).toBe('');
  }, 120_000);
});
