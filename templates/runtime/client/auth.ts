/**
 * Credentials: each security requirement of an operation, tried in the spec's order, applied to
 * the request.
 */
import { trySet } from './headers.js';
import type { BasicCredentials, Credential } from './options.js';
import type { ApiBase, OperationSpec } from './spec.js';
import type { Secrets } from './redact.js';

export async function resolveCredential(credential: Credential<unknown>): Promise<unknown> {
  return typeof credential === 'function' ? await (credential as () => unknown)() : credential;
}

/** What a request carries so far: the headers, query and cookies credentials are added to. */
export interface RequestSoFar {
  readonly headers: Headers;
  /** The call's own headers, applied after the credentials (they win). */
  readonly callHeaders: Headers;
  readonly url: URL;
  readonly cookies: string[];
  /** A browser sending its own cookies: cookie schemes are met by them. */
  readonly browserCookies: boolean;
}

/**
 * Applies a security alternative; returns an error message or undefined. An alternative whose
 * credentials are all configured (`auth`) wins. Otherwise a scheme also counts as met when the
 * caller put its header, query parameter or cookie on the request by hand (that value is then
 * redacted like a configured one), and a scheme the client cannot apply (`mutualTLS`: a client
 * certificate, set up in your `fetch`) always does.
 */
export async function applyAuth(
  op: OperationSpec,
  schemes: ApiBase['securitySchemes'],
  auth: Record<string, Credential<unknown>>,
  request: RequestSoFar,
  secrets: Secrets,
): Promise<string | undefined> {
  if (op.security.length === 0) return undefined;
  const { headers, callHeaders, url, cookies } = request;
  const given = (name: string) =>
    auth[name] !== undefined && schemes[name] !== undefined && schemes[name].type !== 'other';
  const carried = (name: string): string | undefined => {
    const scheme = schemes[name];
    if (!scheme) return undefined; // a scheme the spec does not define
    if (scheme.type === 'other') return ''; // applied outside the client
    if (scheme.type === 'http' || scheme.in === 'header') {
      const header = scheme.type === 'http' ? 'authorization' : scheme.name;
      return callHeaders.get(header) ?? headers.get(header) ?? undefined;
    }
    if (scheme.in === 'query') return url.searchParams.get(scheme.name) ?? undefined;
    const prefix = `${scheme.name}=`;
    return cookies.find((c) => c.startsWith(prefix))?.slice(prefix.length) ?? (request.browserCookies ? '' : undefined);
  };
  // `{}` among the alternatives makes auth optional: credentials the caller has are still sent.
  const alternatives = op.security.filter((alternative) => alternative.length > 0);
  const usable =
    alternatives.find((alternative) => alternative.every(given)) ??
    alternatives.find((alternative) => alternative.every((name) => given(name) || carried(name) !== undefined));
  if (!usable) {
    if (alternatives.length < op.security.length) return undefined; // anonymous allowed
    const schemeList = op.security.map((a) => a.join(' + ')).join(' or ');
    return `no credentials for any of its security schemes (${schemeList}); pass them in createClient({ auth })`;
  }
  // Every scheme used marks its place (header, query parameter) as one to redact, whether the
  // credential is configured or was put there by hand; cookies go in the always-redacted Cookie header.
  for (const name of usable) {
    const scheme = schemes[name]!;
    if (scheme.type === 'http') secrets.headers.add('authorization');
    else if (scheme.type === 'apiKey' && scheme.in === 'header') secrets.headers.add(scheme.name.toLowerCase());
    else if (scheme.type === 'apiKey' && scheme.in === 'query') secrets.query.add(scheme.name);
  }
  for (const name of usable.filter(given)) {
    const scheme = schemes[name]!;
    const value = await resolveCredential(auth[name]!);
    // A credential fetch refuses in a header (trySet): say which, never its value.
    const refused =
      `the credential for ${name} cannot be sent in a header: ` + 'it has a line break or a character past Latin-1';
    if (scheme.type === 'apiKey') {
      const key = String(value);
      if (scheme.in === 'header') {
        if (!trySet(headers, scheme.name, key)) return refused;
      } else if (scheme.in === 'query') url.searchParams.set(scheme.name, key);
      else cookies.push(`${scheme.name}=${encodeURIComponent(key)}`);
    } else if (scheme.type === 'http' && scheme.scheme === 'basic') {
      const { username, password } = value as BasicCredentials;
      const token = base64(`${username}:${password}`);
      if (!trySet(headers, 'authorization', `Basic ${token}`)) return refused;
    } else if (scheme.type === 'http') {
      const token = String(value);
      if (!trySet(headers, 'authorization', `${scheme.scheme === 'bearer' ? 'Bearer' : scheme.scheme} ${token}`))
        return refused;
    }
  }
  return undefined;
}

export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
