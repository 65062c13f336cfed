/**
 * A Journyx custom field value as the Clockify custom field it goes to expects it.
 *
 * Journyx sends every value as a string (or null), whatever its `attr_type`: a NUMBER field's
 * value is `"5"`, a DATE field's `"20240115"`. Clockify types its values by the field's `type`.
 * A value that cannot be converted is skipped with a reason rather than written wrong.
 */
import type { CustomFieldDtoV1, CustomFieldValue } from '@specforge-generated/clockify';

export type Converted = { readonly value: CustomFieldValue } | { readonly skip: string };

/** `NUMBER`, `DATE`… from `M_ENUM_STRING_252`, `ENUM_INTEGER`, `DATE`. */
export function baseType(attrType: string | undefined): string {
  return (attrType ?? 'STRING').replace(/^(M_ENUM_|ENUM_)/, '').replace(/_\d+$/, '');
}

/** `YYYYMMDD` as `YYYY-MM-DD`, the form Clockify's date filters and reports use. */
function isoDate(f8: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(f8);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  // Date.parse rolls 20240231 over to March 2nd, or gives NaN for month 13: neither is this date.
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso) ? iso : undefined;
}

/** A Journyx value as text: dates and timestamps in ISO form, the rest as sent. */
function asText(raw: string, journyxType: string): string | undefined {
  if (journyxType === 'DATE') return isoDate(raw);
  if (journyxType === 'TIMESTAMP') {
    const seconds = Number(raw);
    return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
  }
  return journyxType === 'CHAR' ? raw.trimEnd() : raw;
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'off']);

/**
 * Converts `raw` (a Journyx value of type `attrType`) for the Clockify field `field`. Null or empty
 * clears the Clockify value (`null`). Multi-select values are split on commas (Inferred: Journyx's
 * separator for `M_ENUM_` values is not documented).
 */
export function toClockifyValue(
  raw: string | null | undefined,
  attrType: string | undefined,
  field: Pick<CustomFieldDtoV1, 'type' | 'allowedValues' | 'name'>,
): Converted {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: null };
  const journyxType = baseType(attrType);
  const text = asText(raw.trim(), journyxType);
  if (text === undefined) return { skip: `${JSON.stringify(raw)} is not a valid Journyx ${journyxType}` };
  const allowed = field.allowedValues ?? [];
  const outside = (values: readonly string[]) => allowed.length > 0 && values.find((v) => !allowed.includes(v));
  switch (field.type) {
    case 'NUMBER': {
      const n = Number(text);
      return Number.isFinite(n) && text !== '' ? { value: n } : { skip: `${JSON.stringify(raw)} is not a number` };
    }
    case 'CHECKBOX': {
      const lower = text.toLowerCase();
      return TRUE.has(lower)
        ? { value: true }
        : FALSE.has(lower)
          ? { value: false }
          : { skip: `${JSON.stringify(raw)} is not yes or no` };
    }
    case 'DROPDOWN_MULTIPLE': {
      const values = text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const bad = outside(values);
      return bad
        ? { skip: `${JSON.stringify(bad)} is not an option of ${field.name ?? 'the field'}` }
        : { value: values };
    }
    case 'DROPDOWN_SINGLE': {
      const bad = outside([text]);
      return bad
        ? { skip: `${JSON.stringify(bad)} is not an option of ${field.name ?? 'the field'}` }
        : { value: text };
    }
    default:
      // TXT, LINK, and types Clockify may add: the text as it is.
      return { value: text };
  }
}

/** Whether two custom field values are the same (lists compare by items). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  return (a ?? null) === (b ?? null);
}
