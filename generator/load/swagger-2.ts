/**
 * Swagger 2.0, read as the OpenAPI 3.0 document it converts to. The conversion is
 * @scalar/openapi-upgrader's (loaded on first use: only a 2.0 document needs it); positions stay
 * the Swagger file's, each place of the converted document mapped back to the place it came from
 * (`#/components/schemas/Pet` was `#/definitions/Pet`, a request body's schema was its `in: body`
 * parameter's), or to its nearest ancestor there. Files the document references are read as they
 * are: a 2.0 schema is a 3.0 schema, but for `type: file`.
 */
import { SpecforgeError, quote } from '../diagnostics.js';
import { formatPointer } from './refs.js';
import type { SourceFile } from './source-file.js';
import { valueAt } from './load-spec.js';

/** Whether a root document is Swagger 2.0 (`swagger: "2.0"`); other `swagger` versions are refused as before. */
export function isSwagger2(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['swagger'] === '2.0';
}

/** `file` read as OpenAPI 3.0: the converted document, located in the Swagger text. */
export async function fromSwagger2(file: SourceFile): Promise<SourceFile> {
  refuseProtoKeys(file);
  const { upgradeFromTwoToThree } = await import('@scalar/openapi-upgrader/2.0-to-3.0');
  let data: unknown;
  try {
    // The converter edits what it is given; the loaded file's data is never edited.
    data = upgradeFromTwoToThree(structuredClone(file.data) as never);
  } catch (error) {
    const why = error instanceof RangeError ? 'it is nested too deeply' : String((error as Error).message ?? error);
    throw new SpecforgeError(`cannot convert this Swagger 2.0 document to OpenAPI 3: ${why}`, file.locate(['swagger']));
  }
  const original = file.data;
  return {
    absolutePath: file.absolutePath,
    displayPath: file.displayPath,
    data,
    locate: (pointer) => file.locate(swaggerPointer(pointer, original)),
    ...(file.duplicateKeys ? { duplicateKeys: file.duplicateKeys } : {}),
    ...(file.notJson ? { notJson: file.notJson } : {}),
    ...(file.yaml ? { yaml: file.yaml } : {}),
  };
}

/**
 * The converter copies objects by assignment, so a key `__proto__` (a property JSON may name) would
 * become the copy's prototype and vanish: refused, where it is, rather than lost without a word.
 */
function refuseProtoKeys(file: SourceFile): void {
  const stack: Array<{ value: unknown; pointer: string[] }> = [{ value: file.data, pointer: [] }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const at = [...pointer, key];
      if (key === '__proto__') {
        throw new SpecforgeError(
          `a key ${quote(key)} (at ${formatPointer(at)}) in a Swagger 2.0 document, which its conversion to ` +
            'OpenAPI 3 cannot keep; convert the document with another tool, or rename the key',
          file.locate(at),
        );
      }
      stack.push({ value: (value as Record<string, unknown>)[key], pointer: at });
    }
  }
}

/** Where a place of the converted document came from in the Swagger one. */
export function swaggerPointer(pointer: readonly string[], swagger: unknown): readonly string[] {
  const [head, section, name, ...tail] = pointer;
  if (head === 'servers') return ['host'];
  if (head === 'components' && section !== undefined) {
    const named = name === undefined ? [] : [name];
    if (section === 'schemas') return ['definitions', ...named, ...tail];
    // A scheme's keywords moved into flows: its name is where to look.
    if (section === 'securitySchemes') return ['securityDefinitions', ...named];
    if (section === 'parameters') return ['parameters', ...named, ...withoutSchema(tail)];
    if (section === 'requestBodies') return ['parameters', ...named, ...bodyTail(tail)];
    if (section === 'responses') return ['responses', ...named, ...responseTail(tail)];
  }
  if (head === 'paths' && section !== undefined && name !== undefined) {
    const operation = ['paths', section, name];
    const params = valueAt(swagger, [...operation, 'parameters']);
    if (name === 'parameters')
      return ['paths', section, ...parameterTail(tail, valueAt(swagger, ['paths', section, name]))];
    const [part, ...rest] = tail;
    if (part === 'parameters') return [...operation, ...parameterTail(rest, params)];
    if (part === 'requestBody') return [...operation, ...requestBodyTail(rest, params)];
    if (part === 'responses' && rest[0] !== undefined)
      return [...operation, 'responses', rest[0], ...responseTail(rest.slice(1))];
  }
  return pointer;
}

/** `content/<media>/schema/…` → `schema/…`: a 2.0 body or response holds its schema directly. */
function bodyTail(tail: readonly string[]): string[] {
  return tail[0] === 'content' && tail[2] === 'schema' ? ['schema', ...tail.slice(3)] : [];
}

/** A response's `content/<media>/schema/…` or `headers/<name>/schema/…`, as 2.0 writes them. */
function responseTail(tail: readonly string[]): string[] {
  if (tail[0] === 'headers' && tail[1] !== undefined) return ['headers', tail[1], ...withoutSchema(tail.slice(2))];
  return tail[0] === 'content' ? bodyTail(tail) : [...tail];
}

/** A 2.0 parameter (not a body) holds its type keywords itself: `schema/…` → `…`. */
function withoutSchema(tail: readonly string[]): string[] {
  return tail[0] === 'schema' ? tail.slice(1) : [...tail];
}

/** `<index>/…` of the converted parameters: the index-th 2.0 parameter that is not a body or a form field. */
function parameterTail(tail: readonly string[], params: unknown): string[] {
  const [index, ...rest] = tail;
  if (index === undefined || !Array.isArray(params)) return [];
  const kept = params.flatMap((p, i) => (isBodyOrForm(p) ? [] : [i]));
  const original = kept[Number(index)];
  return original === undefined ? [] : ['parameters', String(original), ...withoutSchema(rest)];
}

/** A request body's place: its `in: body` parameter, or the `in: formData` one a property was. */
function requestBodyTail(tail: readonly string[], params: unknown): string[] {
  if (!Array.isArray(params)) return [];
  const body = params.findIndex((p) => inOf(p) === 'body');
  if (body >= 0) return ['parameters', String(body), ...bodyTail(tail)];
  // content/<media>/schema/properties/<name>/…
  const field = tail[2] === 'schema' && tail[3] === 'properties' ? tail[4] : undefined;
  const at = params.findIndex((p) => inOf(p) === 'formData' && (p as Record<string, unknown>)['name'] === field);
  return at >= 0 ? ['parameters', String(at), ...tail.slice(5)] : ['parameters'];
}

function isBodyOrForm(p: unknown): boolean {
  return inOf(p) === 'body' || inOf(p) === 'formData';
}

function inOf(p: unknown): unknown {
  return typeof p === 'object' && p !== null ? (p as Record<string, unknown>)['in'] : undefined;
}
