/** Redaction: credentials never reach an error message, a hook or a log. */
import { encodeComponent } from './serialize.js';

export const REDACTED = '[redacted]';

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), encodeComponent(secret)]))
      out = out.split(form).join(REDACTED);
  }
  return out;
}

export function redactUrl(url: URL, secrets: readonly string[]): string {
  return redactText(url.href, secrets);
}

export const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function redactHeaders(headers: Headers, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SENSITIVE_HEADERS.has(key) ? REDACTED : redactText(value, secrets);
  });
  return out;
}

/** A network error's message may echo the URL; the cause we expose must not carry credentials. */
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return error;
  const copy = new Error(redactText(error.message, secrets));
  copy.name = error.name;
  return copy;
}
