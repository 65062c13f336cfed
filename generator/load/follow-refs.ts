/**
 * Following a chain of `$ref`s to the object it ends at: a Path Item, an Operation, a Parameter, a
 * Response… (schemas have their own resolution, with `$id`s and dynamic scopes, in the parser).
 * The structure check and the parser both walk such chains; one function, so they agree on where
 * each chain ends and refuse the same cycles.
 */
import { SpecforgeError } from '../diagnostics.js';
import type { Place, SpecSet } from './load-spec.js';
import { formatPointer } from './refs.js';

/** Where the `$ref` chain starting at `value` (found at `place`) ends; `value` itself when it is no `$ref`. */
export function followRefs(spec: SpecSet, value: unknown, place: Place): { value: unknown; place: Place } {
  const seen = new Set<string>();
  let current = { value, place };
  while (isRefObject(current.value)) {
    const at = { file: current.place.file, pointer: [...current.place.pointer, '$ref'] };
    const key = `${current.place.file.absolutePath}#${formatPointer(current.place.pointer)}`;
    if (seen.has(key))
      throw new SpecforgeError(`$ref cycle: ${current.value.$ref} leads back to itself`, spec.locate(at));
    seen.add(key);
    const target = spec.resolveRef(current.value.$ref, at);
    current = { value: target.value, place: { file: target.file, pointer: target.pointer } };
  }
  return current;
}

function isRefObject(v: unknown): v is { $ref: string } {
  return typeof v === 'object' && v !== null && typeof (v as { $ref?: unknown }).$ref === 'string';
}
