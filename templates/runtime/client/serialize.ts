/**
 * Writing a request: server URLs, path, query and cookie parameters by their `style`/`explode`,
 * and bodies by media type.
 */
import { type RequestBody, SpecforgeRequestError } from './results.js';
import type { BodySpec, OperationSpec, ParamSpec, SerialStyle, ServerSpec } from './spec.js';

/**
 * A caller's value by a spec's name, own properties only: a parameter called `constructor` or
 * `toString` must not pick up Object.prototype's.
 */
export function own(values: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  return values !== undefined && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

/**
 * Specs often name a relative server (`/api/v3`; no `servers` at all means `/`). In a browser that
 * resolves against the page, as the spec intends; elsewhere it stays relative, and a call asks for
 * an absolute `baseUrl`.
 */
export function absoluteBase(base: string): string {
  if (URL.canParse(base)) return base;
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof page === 'string' && URL.canParse(base || '/', page) ? new URL(base || '/', page).href : base;
}

/** The host a server URL names ('' for a relative one; the generator's servers.ts decides alike). */
export function hostOf(url: string): string {
  return URL.canParse(url, 'http://relative.invalid/')
    ? new URL(url, 'http://relative.invalid/').host.replace('relative.invalid', '')
    : '';
}

/** A server's URL with its variables filled in (the caller's values, else the defaults). */
export function serverUrl(
  server: ServerSpec | undefined,
  variables: Readonly<Record<string, string>> | undefined,
): string {
  if (!server) return '';
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => variables?.[name] ?? server.variables[name] ?? '');
}

/** Percent-encodes all but RFC 3986 unreserved characters (and `$`, which some APIs' parameter names start with). */
export function encodeComponent(value: string, allowReserved = false): string {
  const encoded = encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  if (!allowReserved) return encoded;
  return encoded.replace(/%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (m) => decodeURIComponent(m));
}

export function encodeName(name: string): string {
  return encodeComponent(name).replace(/%24/g, '$');
}

export function primitive(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  // An object where a style has no place for one (an array item): JSON keeps its content.
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** `simple` style (path and header): `a,b` / `k,v,k2,v2` / exploded `k=v,k2=v2`. */
export function serializeSimple(
  value: unknown,
  explode: boolean,
  json?: boolean,
  encode: (s: string) => string = (s) => s,
): string {
  if (json) return encode(JSON.stringify(value));
  if (Array.isArray(value)) return value.map((v) => encode(primitive(v))).join(',');
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries
      .map(([k, v]) => (explode ? `${encode(k)}=${encode(primitive(v))}` : `${encode(k)},${encode(primitive(v))}`))
      .join(',');
  }
  return encode(primitive(value));
}

/**
 * The `name=value` pairs of an exploded list or object (RFC 6570's `*`): a list repeats the name,
 * an object's keys name their own pairs. Undefined for any other value, which is one pair.
 */
function explodedPairs(
  key: string,
  value: unknown,
  encodeKey: (s: string) => string,
  encode: (s: string) => string,
): [string, string][] | undefined {
  if (Array.isArray(value)) return value.map((v) => [key, encode(primitive(v))]);
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [encodeKey(k), encode(primitive(v))]);
}

/**
 * `matrix` style (RFC 6570 `{;name}`, `{;name*}`): `;id=3,4,5`, exploded `;id=3;id=4;id=5`; an
 * object `;id=role,admin`, exploded `;role=admin`; an empty value is the bare `;id`.
 */
export function serializeMatrix(
  name: string,
  value: unknown,
  explode: boolean,
  json: boolean | undefined,
  encode: (s: string) => string,
): string {
  const key = encodeName(name);
  const exploded = explode && !json ? explodedPairs(key, value, encodeName, encode) : undefined;
  const pairs = exploded ?? [[key, serializeSimple(value, false, json, encode)]];
  return pairs.map(([k, v]) => (v === '' ? `;${k}` : `;${k}=${v}`)).join('');
}

/**
 * A cookie parameter's `name=value` pairs. OpenAPI 3.2's `cookie` style, as its style table writes
 * it: `ids=1,2`, exploded `ids=1; ids=2`, an exploded object `a=x; b=2`; only what RFC 6265 does not
 * allow in a cookie value is percent-encoded (a `;` in a value must not start another cookie). The
 * `form` style of earlier versions (the default) sends one pair, its value percent-encoded whole.
 */
export function cookiePairs(p: ParamSpec, value: unknown): string[] {
  const name = encodeCookieOctets(p.name);
  if (p.style !== 'cookie') return [`${name}=${encodeURIComponent(serializeSimple(value, false, p.json))}`];
  const enc = encodeCookieOctets;
  const exploded = p.explode && !p.json ? explodedPairs(name, value, enc, enc) : undefined;
  const pairs = exploded ?? [[name, serializeSimple(value, false, p.json, enc)]];
  return pairs.map(([k, v]) => `${k}=${v}`);
}

/** Percent-encodes what RFC 6265's cookie-octet excludes: controls, space, `"`, `,`, `;`, `\`, `%` and non-ASCII. */
function encodeCookieOctets(text: string): string {
  return text.replace(/[^\x21\x23\x24\x26-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** Fills the path template; every value is percent-encoded so it stays one segment. */
export function buildPath(op: OperationSpec, values: Readonly<Record<string, unknown>>): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = op.params.find((q) => q.in === 'path' && q.name === name);
    const value = own(values, name);
    if (value === undefined || value === null)
      throw new SpecforgeRequestError(`${op.id}: missing path parameter ${name}`, 'invalid-request', op.id, op.path);
    // A value that spans segments (`{+name}`, a resource name `projects/p1`) keeps its slashes; each
    // piece between them must still be a segment of its own, never `..`.
    if (p?.allowReserved) return spanningValue(op, name, value);
    const enc = (s: string) => encodeComponent(s);
    if (p?.style === 'label')
      return `.${serializeSimple(value, p.explode, p.json, enc).replace(/,/g, p.explode ? '.' : ',')}`;
    if (p?.style === 'matrix') return serializeMatrix(name, value, p.explode, p.json, enc);
    return serializeSimple(value, p?.explode ?? false, p?.json, enc);
  });
  // A value that empties a segment, or makes it `.` or `..` (which URLs resolve, `%2e` included),
  // would send the call to another path: `deleteUser({ path: { userId: '..' } })` to the collection.
  const template = op.path.split('/');
  path.split('/').forEach((segment, i) => {
    if (template[i]?.includes('{') && /^((\.|%2e){1,2})?$/i.test(segment))
      throw new SpecforgeRequestError(
        `${op.id}: path parameter value ${JSON.stringify(segment)} in ${template[i]} would change the request's path`,
        'invalid-request',
        op.id,
        op.path,
      );
  });
  return path;
}

/** A path parameter's value whose slashes are sent as they are, every piece between them checked. */
function spanningValue(op: OperationSpec, name: string, value: unknown): string {
  const pieces = serializeSimple(value, false, undefined, (s) => s)
    .split('/')
    .map((piece) => encodeComponent(piece));
  if (pieces.some((piece) => /^((\.|%2e){1,2})?$/i.test(piece)))
    throw new SpecforgeRequestError(
      `${op.id}: path parameter ${name} has an empty, \`.\` or \`..\` segment, which would change the request's path`,
      'invalid-request',
      op.id,
      op.path,
    );
  return pieces.join('/');
}

/** Query serialisation by `style`/`explode`: form, spaceDelimited, pipeDelimited, deepObject. */
export function appendQuery(url: URL, op: OperationSpec, given: Readonly<Record<string, unknown>> | undefined): void {
  // A `querystring` parameter given as text (a string, or JSON) is the whole query.
  if (op.querystring === 'text') {
    const text = given === undefined || given === null ? '' : typeof given === 'string' ? given : JSON.stringify(given);
    if (text) url.search = encodeComponent(text);
    return;
  }
  const values = given ?? {};
  const pairs: string[] = [];
  for (const p of op.params) if (p.in === 'query') formPairs(pairs, p.name, own(values, p.name), p);
  // Keys the spec does not declare (a next link's own cursor, a parameter the spec forgot) go too.
  for (const name of Object.keys(values)) {
    if (!op.params.some((p) => p.in === 'query' && p.name === name)) formPairs(pairs, name, values[name], FORM_DEFAULT);
  }
  if (pairs.length) url.search = pairs.join('&');
}

/** The `name=value` pairs of one query parameter or form body property, percent-encoded. */
export function formPairs(pairs: string[], name: string, value: unknown, how: SerialStyle): void {
  if (value === undefined || value === null) return;
  const enc = (s: string) => encodeComponent(s, how.allowReserved);
  const key = encodeName(name);
  if (how.json) pairs.push(`${key}=${enc(JSON.stringify(value))}`);
  else if (how.style === 'deepObject' && typeof value === 'object' && !(value instanceof Date))
    deepObjectPairs(pairs, key, value, enc);
  else if (Array.isArray(value)) {
    if (how.explode && how.style === 'form') for (const v of value) pairs.push(`${key}=${enc(primitive(v))}`);
    else {
      const sep = how.style === 'spaceDelimited' ? '%20' : how.style === 'pipeDelimited' ? '|' : ',';
      pairs.push(`${key}=${value.map((v) => enc(primitive(v))).join(sep)}`);
    }
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    // An exploded object's list property repeats its name, as an exploded list does (Spring's
    // `Pageable`: `sort=name,asc&sort=id,desc`); OpenAPI leaves it undefined, JSON no server reads.
    if (how.explode)
      for (const [k, v] of entries)
        for (const item of Array.isArray(v) ? v : [v]) pairs.push(`${encodeName(k)}=${enc(primitive(item))}`);
    else pairs.push(`${key}=${entries.map(([k, v]) => `${enc(k)},${enc(primitive(v))}`).join(',')}`);
  } else pairs.push(`${key}=${enc(primitive(value))}`);
}

/**
 * `deepObject`: `name[key]=value`. OpenAPI defines one level; deeper objects and arrays nest the
 * way qs, Rails and PHP write and read them (`items[0][price]=…`), which is what Stripe expects.
 * A null inside is sent empty (Stripe's way to unset a key); undefined is left out.
 */
export function deepObjectPairs(pairs: string[], key: string, value: unknown, enc: (s: string) => string): void {
  if (value === undefined) return;
  if (Array.isArray(value)) value.forEach((v, i) => deepObjectPairs(pairs, `${key}%5B${i}%5D`, v, enc));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) deepObjectPairs(pairs, `${key}%5B${encodeName(k)}%5D`, v, enc);
  } else pairs.push(`${key}=${value === null ? '' : enc(primitive(value))}`);
}

/** A form body property the spec says nothing about: arrays repeat the name, objects go as JSON. */
export const FORM_DEFAULT: SerialStyle = { style: 'form', explode: true };

export const FORM_JSON: SerialStyle = { style: 'form', explode: true, json: true };

/** How the spec's `encoding` says to write a body property; own keys only (`toString` is data). */
export function encodingOf(body: BodySpec, key: string): SerialStyle | undefined {
  return own(body.encoding, key) as SerialStyle | undefined;
}

/**
 * The body's media type a call asks for (`contentType`), or the spec's first choice; a media type
 * the operation does not accept is a request error listing those it does.
 */
export function bodySpecFor(
  op: OperationSpec,
  contentType: string | undefined,
  where: () => string,
): BodySpec | undefined {
  if (contentType === undefined || !op.body) return op.body;
  const wanted = contentType.toLowerCase();
  const all = [op.body, ...(op.bodies ?? [])];
  const found = all.find((b) => b.mediaType.toLowerCase() === wanted);
  if (found) return found;
  const accepted = all.map((b) => b.mediaType).join(', ');
  throw new SpecforgeRequestError(
    `${op.id}: contentType ${JSON.stringify(contentType)} is not one the operation accepts: ${accepted}`,
    'invalid-request',
    op.id,
    where(),
  );
}

/**
 * The request body as `fetch` takes it. `refuse` is called (and throws) for a value the media
 * type cannot carry: a file in a form body, which would go as `{}`, its bytes lost.
 */
export function encodeBody(body: BodySpec, value: unknown, refuse: (reason: string) => never): RequestBody {
  const kind = body.kind;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'lines') return (Array.isArray(value) ? value : [value]).map((v) => `${JSON.stringify(v)}\n`).join('');
  if (kind === 'text') return String(value);
  if (kind === 'form') {
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v instanceof Blob || (Array.isArray(v) && v.some((item) => item instanceof Blob)))
        refuse(`body property ${JSON.stringify(k)} holds a file (Blob), which ${body.mediaType} cannot carry`);
      const how = encodingOf(body, k);
      const isObject = typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
      formPairs(pairs, k, v, how ?? (isObject ? FORM_JSON : FORM_DEFAULT));
    }
    // Spaces as `+`, as a browser's form submission and URLSearchParams write them.
    return pairs.join('&').replace(/%20/g, '+');
  }
  if (kind === 'multipart') {
    const form = new FormData();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      // A part the spec types as JSON goes with that content type (a Spring `@RequestPart` needs it),
      // which FormData can only give a file part.
      if (encodingOf(body, k)?.json) {
        form.append(k, new Blob([JSON.stringify(v)], { type: 'application/json' }));
        continue;
      }
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item instanceof Blob) form.append(k, item);
        else form.append(k, typeof item === 'object' && item !== null ? JSON.stringify(item) : primitive(item));
      }
    }
    return form;
  }
  return value as RequestBody;
}
