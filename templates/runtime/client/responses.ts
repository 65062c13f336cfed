/**
 * Reading a response: the body by its media type, within the size limit; the validator or
 * transform of its status; issues as text.
 */
import { redactError, redactUrl, type Secrets } from './redact.js';
import { type AnyResult, SpecforgeRequestError } from './results.js';
import { own } from './serialize.js';
import type { BodyValidator, OperationSpec, OperationValidators, RequestParts, ValidationIssue } from './spec.js';

/** The entry for a status: exact, then `4XX`-style, then `default`. */
export function pickByStatus<T>(table: Readonly<Record<string, T>> | undefined, status: number): T | undefined {
  if (!table) return undefined;
  return table[String(status)] ?? table[`${String(status)[0]}XX`] ?? table['default'];
}

/**
 * The keys of `table` that speak for a status: its own entry (pickByStatus); for a success status
 * the spec does not declare (a 200 where only 201 is), every declared success, since the result's
 * `data` is typed as their union and must be checked against it, never passed on unchecked.
 */
export function statusKeys(table: Readonly<Record<string, unknown>> | undefined, status: number): string[] {
  if (!table) return [];
  for (const key of [String(status), `${String(status)[0]}XX`, 'default'])
    if (own(table, key) !== undefined) return [key];
  if (status < 200 || status > 299) return [];
  return Object.keys(table)
    .filter((key) => key[0] === '2')
    .sort();
}

/** The issues of the parameters (a required one left out, a given one that fails), each at `[location, name, …]`. */
export function parameterIssues(
  op: OperationSpec,
  validators: OperationValidators | undefined,
  parts: RequestParts,
): ValidationIssue[] {
  const checks = validators?.params ?? {};
  const given = { path: parts.path, query: parts.query, header: parts.headers, cookie: parts.cookies };
  const out: ValidationIssue[] = [];
  if (validators?.querystring && parts.query !== undefined && parts.query !== null)
    for (const issue of validators.querystring(parts.query, 'strict'))
      out.push({ message: issue.message, path: ['query', ...(issue.path ?? [])] });
  for (const p of op.params) {
    const check = own(checks[p.in], p.name) as BodyValidator | undefined;
    const value = own(given[p.in], p.name);
    if ((value === undefined || value === null) && p.required)
      out.push({ message: 'is required', path: [p.in, p.name] });
    if (!check || value === undefined || value === null) continue;
    for (const issue of check(value, 'strict'))
      out.push({ message: issue.message, path: [p.in, p.name, ...(issue.path ?? [])] });
  }
  return out;
}

/**
 * A body that broke off after the headers came: the time limit ran out (`timeout`), the caller
 * aborted (`aborted`) or the connection dropped (`network`), as the same errors before the headers.
 */
export function bodyFailure(op: OperationSpec, url: URL, secrets: Secrets, error: unknown): SpecforgeRequestError {
  const name = (error as { name?: unknown } | null)?.name;
  const kind = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'network';
  const what =
    kind === 'timeout'
      ? 'timed out reading the response body'
      : kind === 'aborted'
        ? 'aborted by the caller'
        : 'the connection broke while reading the response body';
  return new SpecforgeRequestError(`${op.id}: ${what}`, kind, op.id, redactUrl(url, secrets), {
    cause: redactError(error, secrets),
  });
}

/** Reads the body by content type: JSON, text, binary, or nothing (204, HEAD, empty). */
export async function readResult(
  op: OperationSpec,
  response: Response,
  url: URL,
  secrets: Secrets,
  maxBytes: number,
): Promise<Omit<AnyResult, 'headers'>> {
  const ok = response.status >= 200 && response.status < 300;
  let payload: unknown;
  if (response.status === 204 || response.status === 205 || response.status === 304 || op.method === 'HEAD') {
    payload = undefined;
    await response.body?.cancel().catch(() => undefined);
  } else {
    const bytes = await readBytes(op, response, url, secrets, maxBytes);
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/json/.test(type) || type === '') {
      const text = new TextDecoder().decode(bytes);
      if (text === '') payload = undefined;
      else {
        try {
          // JSON.parse creates `__proto__` as an own property, never a prototype: no pollution.
          payload = JSON.parse(text);
        } catch (error) {
          // An error status whose body is not the JSON it claims (a proxy's "Bad Gateway") still
          // comes back as that status, with the text as its error; a success must be what it says.
          if (type !== '' && ok) {
            throw new SpecforgeRequestError(
              `${op.id}: HTTP ${response.status} response is not valid JSON`,
              'invalid-response',
              op.id,
              redactUrl(url, secrets),
              { cause: error },
            );
          }
          payload = text;
        }
      }
    } else if (type.startsWith('text/') || /xml|html/.test(type)) payload = new TextDecoder().decode(bytes);
    else payload = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  }
  if (ok) return { status: response.status, data: payload, response };
  return { status: response.status, error: payload ?? null, response };
}

/** The body, refused (stream cancelled) as soon as it exceeds `maxBytes`. */
export async function readBytes(
  op: OperationSpec,
  response: Response,
  url: URL,
  secrets: Secrets,
  maxBytes: number,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new SpecforgeRequestError(
      `${op.id}: response body is larger than ${maxBytes} bytes (maxResponseBytes)`,
      'invalid-response',
      op.id,
      redactUrl(url, secrets),
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: Awaited<ReturnType<typeof reader.read>>;
    try {
      read = await reader.read();
    } catch (error) {
      throw bodyFailure(op, url, secrets, error);
    }
    const { done, value } = read;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path && i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
