/** Headers: setting them safely, and reading the declared response headers as typed values. */
import { pickByStatus } from './responses.js';
import { SpecforgeRequestError } from './results.js';
import type { HeaderSpec, OperationSpec, ValidationIssue } from './spec.js';

/**
 * Sets a header, or says it cannot: fetch refuses a value with a line break inside (header
 * injection) or a character past Latin-1. Callers name the header (or the credential) in their error.
 */
export function trySet(headers: Headers, name: string, value: string): boolean {
  try {
    headers.set(name, value);
    return true;
  } catch {
    return false;
  }
}

/** Sets a header, or refuses the request before it is sent: an `invalid-request` error saying why. */
export function setOrRefuse(
  headers: Headers,
  name: string,
  value: string,
  op: OperationSpec,
  where: () => string,
  why: () => string,
): void {
  if (!trySet(headers, name, value))
    throw new SpecforgeRequestError(`${op.id}: ${why()}`, 'invalid-request', op.id, where());
}

/**
 * The declared headers of a response, read once: `values` for `result.headers`, each converted to
 * its schema's type, and the `issues` `validate.response` reports. A header the server did not send
 * is absent from `values` (an issue when the spec requires it), and so is one whose text does not
 * convert (`abc` for a number: an issue), while `result.response.headers` keeps the text. Keys are
 * the spec's names, set as own properties, so a header called `__proto__` is data.
 */
export function readHeaders(
  op: OperationSpec,
  response: Response,
): { values: Readonly<Record<string, unknown>>; issues: ValidationIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  for (const h of pickByStatus(op.responseHeaders, response.status) ?? []) {
    const text = response.headers.get(h.name);
    if (text === null) {
      if (h.required) issues.push({ message: missingHeader(response, h.name), path: ['headers', h.name] });
      continue;
    }
    const parts = h.array ? (text.trim() === '' ? [] : text.split(',').map((t) => t.trim())) : [text];
    const converted = parts.map((t) => headerValue(t, h.type));
    if (converted.includes(undefined)) {
      issues.push({
        message: `must be ${h.array ? `a list of ${h.type}s` : `a ${h.type}`}`,
        path: ['headers', h.name],
      });
      continue;
    }
    Object.defineProperty(values, h.name, {
      value: h.array ? converted : converted[0],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { values, issues };
}

/** Headers a browser shows of any cross-origin response (the Fetch standard's safelist). */
export const CORS_SAFELISTED: ReadonlySet<string> = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);

/**
 * Why a required header is missing. A browser hides a cross-origin response's other headers unless
 * the server names them in Access-Control-Expose-Headers: sent or not, they read as absent, and
 * the fix is on the server, which the message says.
 */
export function missingHeader(response: Response, name: string): string {
  if (response.type !== 'cors' || CORS_SAFELISTED.has(name.toLowerCase())) return 'is required';
  return (
    'is required (or hidden: a browser shows a cross-origin response header ' +
    'only if the server lists it in Access-Control-Expose-Headers)'
  );
}

export const NUMBER: RegExp = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A header's text (or one element of a list) as its type, or undefined when it is not one. */
export function headerValue(text: string, type: HeaderSpec['type']): unknown {
  if (type === 'number') return NUMBER.test(text.trim()) ? Number(text) : undefined;
  if (type === 'boolean') return /^true$/i.test(text.trim()) ? true : /^false$/i.test(text.trim()) ? false : undefined;
  return text;
}

export const DATE_TIME: RegExp = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

/** A date-time string as a `Date`; anything else (including an unparseable string) unchanged. */
export function toDate(value: unknown): unknown {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}
