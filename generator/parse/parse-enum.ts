/**
 * A Schema Object's `enum`: duplicates dropped and values checked against the schema's `type`
 * (each with a located warning), and the member names vendor extensions give the values.
 */
import { quote } from '../diagnostics.js';
import type { Place } from '../load/load-spec.js';
import type { EnumMember, JsonType } from '../ir/ir.js';
import { child, type ParseContext } from './parse-context.js';

/**
 * `x-enum-varnames` (or `x-enumNames`) paired with `enum`, and `x-enum-descriptions` when present;
 * or Azure's `x-ms-enum` `values` list (a value it leaves out is named by itself, when a string).
 * Only a complete, unambiguous list names members: one distinct name per value, primitive values;
 * otherwise a warning says why no constants are emitted.
 */
export function enumMembers(
  s: Record<string, unknown>,
  place: Place,
  ctx: ParseContext,
  values: readonly unknown[] = s['enum'] as unknown[],
): EnumMember[] | undefined {
  const keyword =
    s['x-enum-varnames'] !== undefined
      ? 'x-enum-varnames'
      : s['x-enumNames'] !== undefined
        ? 'x-enumNames'
        : s['x-ms-enum'] !== undefined
          ? 'x-ms-enum'
          : undefined;
  if (!keyword) return undefined;
  const azure = keyword === 'x-ms-enum' ? azureEnumNames(s['x-ms-enum'], values) : undefined;
  if (keyword === 'x-ms-enum' && !azure) return undefined; // no `values` list: nothing names the members
  const names = azure ? azure.names : s[keyword];
  const descriptions = azure
    ? azure.descriptions
    : Array.isArray(s['x-enum-descriptions'])
      ? (s['x-enum-descriptions'] as unknown[])
      : [];
  const skip = (why: string) => {
    ctx.diagnostics.warn(
      `\`${keyword}\` ${why}; no named constants are emitted for this enum`,
      ctx.spec.locate(child(place, keyword)),
    );
    return undefined;
  };
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n !== ''))
    return skip('must be an array of non-empty strings');
  if (names.length !== values.length) return skip(`has ${names.length} names for ${values.length} values`);
  if (new Set(names).size !== names.length) return skip('names a member twice');
  if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return skip('names non-primitive values');
  const seen = new Set<string>();
  const members: EnumMember[] = [];
  values.forEach((value, i) => {
    const k = JSON.stringify(value);
    if (holdsNonFinite(value) || seen.has(k)) return; // left out by dedupe(), with a warning
    seen.add(k);
    const description = descriptions[i];
    members.push({
      name: names[i] as string,
      value: value as EnumMember['value'],
      ...(typeof description === 'string' && description ? { description } : {}),
    });
  });
  return members;
}

/** Whether Azure's `x-ms-enum` says the enum is extensible (`modelAsString: true`). */
export function modelAsString(s: Record<string, unknown>): boolean {
  const ext = s['x-ms-enum'];
  return ext !== null && typeof ext === 'object' && (ext as Record<string, unknown>)['modelAsString'] === true;
}

/**
 * Azure's `x-ms-enum: { values: [{ value, name, description }] }`, lined up with `enum`: a value the
 * list leaves out, or names that are not strings, fail the checks of `enumMembers` (with a warning).
 */
function azureEnumNames(
  raw: unknown,
  values: readonly unknown[],
): { names: unknown[]; descriptions: unknown[] } | undefined {
  const list =
    raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)['values'])
      ? ((raw as Record<string, unknown>)['values'] as unknown[])
      : undefined;
  if (!list) return undefined;
  const entries = list.filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object');
  const entryOf = (value: unknown) => entries.find((e) => e['value'] === value);
  return {
    names: values.map((v) => entryOf(v)?.['name'] ?? (typeof v === 'string' ? v : undefined)),
    descriptions: values.map((v) => entryOf(v)?.['description']),
  };
}

/**
 * Whether a value holds a number JSON cannot carry (YAML's `.nan`, `.inf`): no instance can equal
 * it, `JSON.stringify` would make it `null`, and emitted as a literal it would compare with `===`.
 */
export function holdsNonFinite(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || depth > 300) return false;
  return Object.values(value).some((v) => holdsNonFinite(v, depth + 1));
}

export function dedupe(values: unknown[], place: Place, ctx: ParseContext): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  values.forEach((v, i) => {
    if (holdsNonFinite(v)) {
      ctx.diagnostics.warn(
        `enum value ${String(v)} is not a JSON number (NaN or Infinity: YAML's .nan, .inf); ignored`,
        ctx.spec.locate(child(place, 'enum', String(i))),
      );
      return;
    }
    const k = JSON.stringify(v) ?? 'undefined';
    if (seen.has(k)) {
      ctx.diagnostics.warn(
        `enum value ${k} is listed twice; the duplicate is ignored`,
        ctx.spec.locate(child(place, 'enum', String(i))),
      );
      return;
    }
    seen.add(k);
    out.push(v);
  });
  return out;
}

function jsonTypeOf(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

/** Whether a value is of one of `types` (an integer is a number too). */
export function typeAdmits(types: readonly JsonType[], v: unknown): boolean {
  const t = jsonTypeOf(v);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/**
 * Enum values as the schema's `type` reads them: in a YAML file, in a schema of type `string` (and
 * of no type the value has), a number or boolean is the string it was written as. YAML reads an
 * unquoted `4.1` or `true` as a number or a boolean (Plaid: `PrismDetectVersion: { type: string,
 * enum: [4.1, 4] }`), and kept so, the validator refused every value, the strings the type promises
 * included. JSON says which it means: there the value stays, with checkEnumAgainstType's warning.
 */
export function enumAsTyped(
  values: readonly unknown[],
  types: readonly JsonType[] | undefined,
  place: Place,
  ctx: ParseContext,
): unknown[] {
  if (!types?.includes('string') || !place.file.yaml) return [...values];
  return values.map((v, i) => {
    if ((typeof v !== 'number' && typeof v !== 'boolean') || typeAdmits(types, v)) return v;
    const text = String(v);
    ctx.diagnostics.warn(
      `enum value ${text} is a ${typeof v} in a schema of type ${types.join('|')}: read as the string ` +
        `${quote(text)} (quote it in YAML)`,
      ctx.spec.locate(child(place, 'enum', String(i))),
    );
    return text;
  });
}

export function checkEnumAgainstType(
  values: unknown[],
  types: readonly JsonType[] | undefined,
  place: Place,
  ctx: ParseContext,
): void {
  if (!types) return;
  values.forEach((v, i) => {
    if (!typeAdmits(types, v))
      ctx.diagnostics.warn(
        `enum value ${quote(v)} does not match the schema's type ${types.join('|')}`,
        ctx.spec.locate(child(place, 'enum', String(i))),
      );
  });
}
