/**
 * `$ref` strings: splitting into a document address and a JSON pointer, and finding the `$ref`s of a
 * document that point at other files (so they can be loaded before parsing starts).
 *
 * @see https://spec.openapis.org/oas/v3.1.0#reference-object
 */

/** A parsed `$ref`: `address` is '' for the same document. */
export interface ParsedRef {
  readonly address: string;
  readonly pointer: readonly string[];
}

/** Splits `other.yaml#/a/b~1c` into `other.yaml` and `['a', 'b/c']`; undefined if not a JSON pointer. */
export function parseRef(ref: string): ParsedRef | undefined {
  const hash = ref.indexOf('#');
  const address = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  if (decoded !== '' && !decoded.startsWith('/')) return undefined; // an $anchor, not a pointer
  return { address, pointer: pointerTokens(`#${decoded}`) };
}

/** The tokens of a `#/…` pointer as `formatPointer` writes it (its inverse). */
export function pointerTokens(pointer: string): string[] {
  return pointer === '#' ? [] : pointer.slice(2).split('/').map(unescapeToken);
}

/** The name in `…#/components/<kind>/<name>` (decoded), in whatever document; undefined for any other `$ref`. */
export function componentName(ref: string, kind: string): string | undefined {
  const pointer = parseRef(ref)?.pointer;
  return pointer && componentAt(pointer, kind);
}

/** The component name a pointer `['components', kind, name]` names; undefined for any other. */
export function componentAt(pointer: readonly string[], kind: string): string | undefined {
  return pointer.length === 3 && pointer[0] === 'components' && pointer[1] === kind ? pointer[2] : undefined;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Encodes a pointer as a `#/…` fragment (for IDs and messages). */
export function formatPointer(pointer: readonly string[]): string {
  return appendPointer('#', pointer);
}

/**
 * `formatted` (a `#/…` fragment) extended by `tokens`. The result refers to `formatted` instead of
 * copying it (V8 keeps a long concatenation as a pair of strings), so the pointers of a schema's
 * subschemas, built from its own, grow with the spec and not with its size times its depth: a spec of
 * 1,000 schemas nested 200 levels deep kept 2.5 GB of them and spent 17 of 21 s linting in the
 * garbage collector when each subschema's was formatted anew.
 */
export function appendPointer(formatted: string, tokens: readonly string[]): string {
  // Every schema's ID is one (0.38 s of a 64x synthetic spec with a map and two replaces per token).
  let out = formatted;
  for (const t of tokens) out += '/' + (t.includes('~') || t.includes('/') ? escapeToken(t) : t);
  return out;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Whether `address` is a network address rather than a file path. */
export function isRemoteAddress(address: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(address) && !address.startsWith('file://');
}

/** Keys whose values are instance data (examples, defaults, enums, extensions), never references. */
function isDataKey(key: string): boolean {
  return key === 'example' || key === 'default' || key === 'const' || key === 'enum' || key.startsWith('x-');
}

/** Maps whose keys are names chosen by the author (a property called `default` is not a default). */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  'dependencies',
  'schemas',
  'definitions',
  '$defs',
  'responses',
  'parameters',
  'headers',
  'content',
  'examples',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'webhooks',
  'encoding',
  'variables',
  'mapping',
]);

/** A path as a linked list: extending it is O(1), so deep documents are walked in linear time. */
interface PathNode {
  readonly parent: PathNode | undefined;
  readonly key: string;
}

function pathOf(node: PathNode | undefined): string[] {
  const out: string[] = [];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

/**
 * Calls `visit` for every `$ref` string (and discriminator mapping value) in `data` that names
 * another document, with the pointer of that string. Iterative with O(1) path steps, so a deeply
 * nested document cannot overflow the stack or take quadratic time.
 */
export function forEachExternalRef(data: unknown, visit: (ref: string, pointer: readonly string[]) => void): void {
  const stack: Array<{ value: unknown; at: PathNode | undefined }> = [{ value: data, at: undefined }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], at: { parent: at, key: String(i) } });
      continue;
    }
    const inNameMap = at !== undefined && NAME_MAPS.has(at.key);
    const record = value as Record<string, unknown>;
    const ref = record['$ref'];
    if (typeof ref === 'string' && !ref.startsWith('#')) visit(ref, [...pathOf(at), '$ref']);
    // A discriminator's mapping values are references too (bare names are component names).
    if (at?.key === 'mapping' && at.parent?.key === 'discriminator') {
      for (const [name, target] of Object.entries(record)) {
        if (typeof target === 'string' && !target.startsWith('#') && (target.includes('#') || target.includes('/')))
          visit(target, [...pathOf(at), name]);
      }
    }
    // An Example Object (an entry of an `examples` map) holds instance data under `value`
    // (`dataValue` in 3.2): a `"$ref"` key there is data (a SCIM resource's), never a reference.
    const isExampleObject = at?.parent?.key === 'examples' && !Array.isArray(record);
    for (const key of Object.keys(record).reverse()) {
      if (!inNameMap && isDataKey(key)) continue;
      if (isExampleObject && (key === 'value' || key === 'dataValue')) continue;
      // Schema `examples` is an array of instances; Media Type `examples` is a map of Example objects.
      if (key === 'examples' && Array.isArray(record[key])) continue;
      stack.push({ value: record[key], at: { parent: at, key } });
    }
  }
}
