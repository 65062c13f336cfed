/**
 * Signing in to Journyx from a Node program, two ways.
 *
 * - A cookie session (what Journyx recommends): `POST /login` answers with the `wtsession` token in
 *   its headers (`Set-Cookie`, and `X-Session-Id`); every later call sends it as
 *   `Cookie: wtsession=<token>`, and `POST /logout` ends it.
 * - HTTP Basic with an API key in place of the password: nothing to sign in or out of; the key is
 *   sent on every call. Suits unattended jobs where SSO leaves no password to use.
 *
 * Either way the client never logs a credential: errors, hooks and middleware see them redacted.
 */
import { createClient, type Client } from '@specforge-generated/journyx';

export interface JournyxLogin {
  /** The site's API root, e.g. `https://example.apps.journyx.com/api/v1`. */
  readonly baseUrl: string;
  readonly username: string;
  /** The password, or an API key in its place. */
  readonly password: string;
}

export interface JournyxSession {
  /** A client whose calls carry the session cookie. */
  readonly client: Client;
  /** Ends the session (`POST /logout`); later calls fail with 403. */
  signOut(): Promise<void>;
}

/** The `wtsession` value of a `Set-Cookie` header (Node's fetch joins several cookies with `, `). */
export function sessionTokenOf(setCookie: string | undefined): string | undefined {
  const match = /(?:^|[;,]\s*)wtsession=([^;,\s]+)/.exec(setCookie ?? '');
  return match?.[1];
}

/** Signs in with a cookie session and returns a client that reuses it until `signOut`. */
export async function signInWithSession(
  login: JournyxLogin,
  options: { readonly retries?: number } = {},
): Promise<JournyxSession> {
  let token = '';
  const client = createClient({
    baseUrl: login.baseUrl,
    // Asked before each request: the client reads the token the sign-in below stores.
    auth: { sessionCookie: () => token },
    validate: { response: true },
    retry: { retries: options.retries ?? 2 },
  });
  const result = await client.signIn({ body: { username: login.username, password: login.password } });
  if (result.error !== undefined || result.status !== 200) {
    throw new Error(`journyx: sign-in as ${login.username} failed with HTTP ${result.status}`);
  }
  token = result.headers['X-Session-Id'] ?? sessionTokenOf(result.headers['Set-Cookie']) ?? '';
  if (!token) throw new Error('journyx: sign-in answered without a wtsession token');
  return {
    client,
    async signOut() {
      const out = await client.signOut();
      token = '';
      // 403: the session had already ended; nothing left to close.
      if (out.error !== undefined && out.status !== 403)
        throw new Error(`journyx: sign-out failed with HTTP ${out.status}`);
    },
  };
}

/** A client that sends the user's login and an API key (or password) with HTTP Basic on every call. */
export function clientWithApiKey(login: JournyxLogin, options: { readonly retries?: number } = {}): Client {
  return createClient({
    baseUrl: login.baseUrl,
    auth: { basicAuth: { username: login.username, password: login.password } },
    validate: { response: true },
    retry: { retries: options.retries ?? 2 },
  });
}
