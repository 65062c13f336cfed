/**
 * A Schema Object's `discriminator`: its property, and its mapping's values and targets. The values
 * are typed once every schema is parsed (tag-values.ts); here they are collected with their places.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */
import type { Place } from '../load/load-spec.js';
import { componentAt } from '../load/refs.js';
import type { DiscriminatorNode, TagValue } from '../ir/ir.js';
import { quote } from '../diagnostics.js';
import { child, isObject, type Json, type ParseContext } from './parse-context.js';

export function parseDiscriminator(s: Json, place: Place, ctx: ParseContext): DiscriminatorNode | undefined {
  const d = s['discriminator'];
  if (d === undefined) return undefined;
  if (!isObject(d) || typeof d['propertyName'] !== 'string') {
    ctx.diagnostics.warn(
      '`discriminator` must have a string `propertyName`; ignored',
      ctx.spec.locate(child(place, 'discriminator')),
    );
    return undefined;
  }
  const mapping: { value: TagValue; target: string }[] = [];
  const places: (Place | undefined)[] = [];
  const explicit = new Set<string>();
  // A mapping value (and 3.2's `defaultMapping`) is a $ref or a bare component name.
  const refOf = (ref: string) => (ref.includes('#') || ref.includes('/') ? ref : `#/components/schemas/${ref}`);
  const targetOf = (ref: string, at: Place) => ctx.schemaRef(refOf(ref), at, false);
  if (isObject(d['mapping'])) {
    for (const [value, ref] of Object.entries(d['mapping'])) {
      if (typeof ref !== 'string') continue;
      const at = child(place, 'discriminator', 'mapping', value);
      if (value.startsWith('x-') && !resolves(ctx, refOf(ref), at)) {
        ctx.diagnostics.warn(
          `discriminator mapping key ${quote(value)} names no schema (${quote(ref)}): read as an extension, not a ` +
            'mapping (extensions belong beside `mapping`, in the discriminator)',
          ctx.spec.locate(at),
        );
        continue;
      }
      const target = targetOf(ref, at);
      mapping.push({ value, target });
      places.push(at);
      explicit.add(target);
    }
  }
  // Implicit mapping: each `$ref`'d alternative not mapped explicitly is named by its component name.
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alternatives = s[key];
    if (!Array.isArray(alternatives)) continue;
    alternatives.forEach((alt, i) => {
      if (!isObject(alt) || typeof alt['$ref'] !== 'string') return;
      const target = ctx.schemaRef(alt['$ref'], child(place, key, String(i)));
      if (explicit.has(target)) return;
      // Named by where the `$ref` leads (it may be written as an `$id` URI or an anchor).
      const pointer = ctx.known.get(target)?.place.pointer;
      const name = pointer && componentAt(pointer, 'schemas');
      if (!name) return;
      mapping.push({ value: name, target });
      places.push(undefined);
    });
  }
  const node: { -readonly [K in keyof DiscriminatorNode]: DiscriminatorNode[K] } = {
    propertyName: d['propertyName'],
    mapping,
  };
  if (typeof d['defaultMapping'] === 'string')
    node.defaultTarget = targetOf(d['defaultMapping'], child(place, 'discriminator', 'defaultMapping'));
  ctx.discriminators.push({ node, mapping, places });
  return node;
}

/**
 * Whether a mapping's `$ref` leads to something. Speakeasy writes its extensions into the mapping
 * (`x-speakeasy-unknown-values: allow`, OpenRouter's spec): such a key is not a tag value.
 */
function resolves(ctx: ParseContext, ref: string, at: Place): boolean {
  try {
    ctx.spec.resolveRef(ref, at);
    return true;
  } catch {
    return false;
  }
}
