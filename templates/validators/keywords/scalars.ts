/**
 * String and number keywords: `minLength`/`maxLength` (in code points), `pattern`, the bounds,
 * `multipleOf`, and the asserted `format`s.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, ident, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode } from '../../../generator/ir/ir.js';
import { ASSERTED_FORMATS } from '../../../generator/ir/formats.js';
import { rejectIf, type ValidatorCompiler } from '../compile-schema.js';

export function stringChecks(c: ValidatorCompiler, s: KeywordSchemaNode): Code[] {
  const out: Code[] = [];
  if (s.minLength !== undefined)
    out.push(
      rejectIf(
        code`(x.length < ${s.minLength} || (x.length < ${s.minLength * 2} && len(x) < ${s.minLength}))`,
        `must have at least ${s.minLength} characters`,
      ),
    );
  if (s.maxLength !== undefined)
    out.push(
      rejectIf(
        code`x.length > ${s.maxLength} && len(x) > ${s.maxLength}`,
        `must have at most ${s.maxLength} characters`,
      ),
    );
  if (s.pattern !== undefined)
    out.push(
      rejectIf(code`!${c.pattern(s.pattern)}.test(x)`, `must match the pattern ${s.patternAsWritten ?? s.pattern}`),
    );
  const f = formatCheck(c, s.format, 'string');
  if (f) out.push(f);
  return out;
}

export function formatCheck(
  c: ValidatorCompiler,
  format: string | undefined,
  kind: 'string' | 'number',
): Code | undefined {
  if (!format || c.options.formats !== 'assert' || !ASSERTED_FORMATS.has(format)) return undefined;
  const numeric = format === 'int32' || format === 'int64';
  if (numeric !== (kind === 'number')) return undefined;
  c.formatsUsed.add(format);
  // The format's own check, called by name: no table lookup per value (the names are fixed, not spec text).
  return rejectIf(code`!${ident(FORMAT_CHECKS[format]!)}(x)`, `must be a valid ${format}`);
}

/** Each asserted format's check in the validators runtime. */
export const FORMAT_CHECKS: Readonly<Record<string, string>> = {
  'date-time': 'isDateTimeFormat',
  date: 'isDateFormat',
  time: 'isTimeFormat',
  email: 'isEmailFormat',
  uuid: 'isUuidFormat',
  uri: 'isUriFormat',
  ipv4: 'isIpv4Format',
  ipv6: 'isIpv6Format',
  int32: 'isInt32Format',
  int64: 'isInt64Format',
};

export function numberChecks(c: ValidatorCompiler, s: KeywordSchemaNode): Code[] {
  const out: Code[] = [];
  const bound = (value: number | undefined, op: Code, text: string): void => {
    if (value !== undefined) out.push(rejectIf(code`x ${op} ${value}`, `must be ${text} ${value}`));
  };
  bound(s.minimum, raw('<'), '>=');
  bound(s.maximum, raw('>'), '<=');
  bound(s.exclusiveMinimum, raw('<='), '>');
  bound(s.exclusiveMaximum, raw('>='), '<');
  if (s.multipleOf !== undefined)
    out.push(rejectIf(code`!multipleOf(x, ${s.multipleOf})`, `must be a multiple of ${s.multipleOf}`));
  const f = formatCheck(c, s.format, 'number');
  if (f) out.push(f);
  return out;
}
