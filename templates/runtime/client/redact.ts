/**
 * Redaction: credentials never reach an error message, a hook or a log. It works by place, never
 * by searching text for a credential's value (a one-letter key would garble every message, and a
 * value in an encoding the search did not try would leak): the client knows where it put each
 * credential (a header, a query parameter, a cookie, a URL's userinfo) and blanks that place.
 */
export const REDACTED = '[redacted]';

/** Where a call's credentials are: filled in as they are applied (auth.ts). */
export class Secrets {
  /** Header names (lower case) whose values are credentials. */
  readonly headers: Set<string> = new Set();
  /** Query parameter names whose values are credentials. */
  readonly query: Set<string> = new Set();
}

export const SENSITIVE_HEADERS: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** A URL with the credentials' query values and any userinfo blanked, other parameters as sent. */
export function redactUrl(url: URL, secrets: Secrets): string {
  const copy = new URL(url.href);
  if (copy.username) copy.username = REDACTED;
  if (copy.password) copy.password = REDACTED;
  if (copy.search.length > 1 && secrets.query.size > 0) {
    const pairs = copy.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        const name = formDecode(eq === -1 ? pair : pair.slice(0, eq));
        return secrets.query.has(name)
          ? `${eq === -1 ? pair : pair.slice(0, eq)}=${encodeURIComponent(REDACTED)}`
          : pair;
      });
    copy.search = `?${pairs.join('&')}`;
  }
  return copy.href;
}

function formDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export function redactHeaders(headers: Headers, secrets: Secrets): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = SENSITIVE_HEADERS.has(key) || secrets.headers.has(key) ? REDACTED : value;
  });
  return out;
}

/**
 * A network error's message may echo the URL it was sent to; the cause we expose must not carry
 * credentials. Each URL in the message is redacted as a URL (by place), not searched for values.
 */
export function redactError(error: unknown, secrets: Secrets): unknown {
  if (!(error instanceof Error)) return error;
  const copy = new Error(redactUrlsIn(error.message, secrets));
  copy.name = error.name;
  return copy;
}

function redactUrlsIn(text: string, secrets: Secrets): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (found) => {
    try {
      return redactUrl(new URL(found), secrets);
    } catch {
      return REDACTED;
    }
  });
}
