/**
 * Structural checks that the model relies on, with the position of the offending node: the shape of
 * `info`, `servers`, `paths`, operations and parameters, and unique `operationId`s. Path items and
 * operations are followed through `$ref` into the files that hold them (a split spec keeps each in
 * its own file), so those are checked too. Deeper semantic problems are found (and located) by the
 * parser.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#openapi-object
 */
import { SpecforgeError, type Diagnostics, quote } from '../diagnostics.js';
import type { SourceFile } from './source-file.js';
import type { Place, SpecSet } from './load-spec.js';
import { FIXED_METHODS, wireMethod } from '../ir/ir.js';
import { METHOD_TOKEN, followedOperations } from './path-item-operations.js';
import { followRefs } from './follow-refs.js';

const PARAMETER_LOCATIONS = new Set(['query', 'header', 'path', 'cookie', 'querystring']);

type Json = Record<string, unknown>;
type Fail = (pointer: readonly string[], message: string) => never;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `fail` that throws at a pointer of `file`. */
function failIn(file: SourceFile): Fail {
  return (pointer, message) => {
    throw new SpecforgeError(message, file.locate(pointer));
  };
}

function expectObject(value: unknown, pointer: readonly string[], what: string, fail: Fail): Json {
  if (!isObject(value)) fail(pointer, `${what} must be an object`);
  return value as Json;
}

/**
 * Throws `SpecforgeError` at the first structural problem. A duplicate operationId is one, unless
 * `allowDuplicateOperationIds` makes it a warning.
 */
export function checkStructure(
  spec: SpecSet,
  diagnostics: Diagnostics,
  options: { readonly allowDuplicateOperationIds?: boolean } = {},
): void {
  const { root, version } = spec;
  const fail = failIn(root);
  const doc = root.data as Json;

  const info = expectObject(doc['info'], doc['info'] === undefined ? [] : ['info'], '`info`', fail);
  if (typeof info['title'] !== 'string') diagnostics.warn('`info.title` should be a string', root.locate(['info']));

  if (doc['servers'] !== undefined) checkServers(doc['servers'], ['servers'], fail);

  // Paths and webhooks are both maps of path items; paths' operations become client methods, so
  // their routes and operationIds are checked too.
  if (doc['paths'] === undefined && version === '3.0')
    diagnostics.warn('`paths` is required in OpenAPI 3.0; treated as empty', root.locate([]));
  const operationIds = new OperationIds(spec, options.allowDuplicateOperationIds ? diagnostics : undefined);
  const identicalPaths = new IdenticalPaths(root);
  for (const member of ['paths', 'webhooks'] as const) {
    if (doc[member] === undefined) continue;
    const items = expectObject(doc[member], [member], `\`${member}\``, fail);
    const isPath = member === 'paths';
    for (const [name, item] of Object.entries(items)) {
      if (name.startsWith('x-')) continue;
      if (isPath && !name.startsWith('/')) fail([member, name], `path ${quote(name)} must start with "/"`);
      if (isPath) identicalPaths.add(name, diagnostics);
      const what = isPath ? `path item ${JSON.stringify(name)}` : `webhook ${JSON.stringify(name)}`;
      const { value, place } = followRefs(spec, item, { file: root, pointer: [member, name] });
      const pathItem = checkPathItem(value, place, what, spec, diagnostics);
      for (const { method, operation, place: opPlace } of followedOperations(spec, pathItem, place)) {
        const label = isPath ? `operation ${wireMethod(method)} ${name}` : `${what} ${wireMethod(method)}`;
        const op = checkOperation(operation, opPlace, label);
        if (isPath) operationIds.claim(op['operationId'], opPlace);
      }
    }
  }

  if (doc['components'] !== undefined) {
    const components = expectObject(doc['components'], ['components'], '`components`', fail);
    for (const [kind, members] of Object.entries(components)) {
      if (!kind.startsWith('x-')) expectObject(members, ['components', kind], `\`components.${kind}\``, fail);
    }
  }
}

/** A path item (at the end of its `$ref`s): its servers, parameters and additional operations. */
function checkPathItem(value: unknown, place: Place, what: string, spec: SpecSet, diagnostics: Diagnostics): Json {
  const fail = failIn(place.file);
  const at = place.pointer;
  const pathItem = expectObject(value, at, what, fail);
  if (pathItem['servers'] !== undefined) checkServers(pathItem['servers'], [...at, 'servers'], fail);
  checkParameters(pathItem['parameters'], [...at, 'parameters'], fail);
  // OpenAPI 3.2's path item fields, read in an older document all the same.
  for (const field of ['query', 'additionalOperations']) {
    if (pathItem[field] !== undefined && spec.version !== '3.2')
      diagnostics.warn(
        `\`${field}\`${field === 'query' ? ' (HTTP QUERY)' : ''} is an OpenAPI 3.2 field; ` +
          `read in this ${spec.version} document all the same`,
        place.file.locate([...at, field]),
      );
  }
  checkAdditionalOperations(pathItem['additionalOperations'], [...at, 'additionalOperations'], fail);
  return pathItem;
}

/** An operation (at the end of its `$ref`s): its parameters, responses and servers. */
function checkOperation(value: unknown, place: Place, what: string): Json {
  const fail = failIn(place.file);
  const at = place.pointer;
  const op = expectObject(value, at, what, fail);
  checkParameters(op['parameters'], [...at, 'parameters'], fail);
  if (op['responses'] !== undefined) expectObject(op['responses'], [...at, 'responses'], '`responses`', fail);
  if (op['servers'] !== undefined) checkServers(op['servers'], [...at, 'servers'], fail);
  return op;
}

/**
 * Paths equal but for their parameters' names (`/a/{x}`, `/a/{y}`), which OpenAPI forbids: one URL
 * reaches both. Warned, not refused: clients call each right (Elasticsearch ships 27 such paths),
 * and the MSW handlers tell them apart by the request (generator/analyse/shared-routes.ts).
 */
class IdenticalPaths {
  private readonly first = new Map<string, string>();
  constructor(private readonly root: SourceFile) {}

  add(path: string, diagnostics: Diagnostics): void {
    const key = path.replace(/\{[^}]*\}/g, '{}');
    const first = this.first.get(key);
    if (first === undefined) return void this.first.set(key, path);
    const was = this.root.locate(['paths', first]);
    diagnostics.warn(
      // One message for every path like the first, so that a spec's many are counted, not listed.
      `a path equal to ${quote(first)} (line ${was.line}) but for its parameters' names: ` +
        'OpenAPI forbids such paths, as one URL reaches both',
      this.root.locate(['paths', path]),
    );
  }
}

const ALLOWED_DUPLICATE = 'an operationId used before: its client method and types take a number after it (`getJob2`)';

/**
 * The operationIds of the paths' operations, each where it was first written: they name client
 * methods. A duplicate is an error, or a warning where `lenient` diagnostics are given: the plan names
 * the later operation apart (`respondActivityTaskCompletedById2`).
 */
class OperationIds {
  private readonly first = new Map<string, Place>();
  constructor(
    private readonly spec: SpecSet,
    private readonly lenient: Diagnostics | undefined,
  ) {}

  claim(id: unknown, operation: Place): void {
    if (id === undefined) return;
    const at = { file: operation.file, pointer: [...operation.pointer, 'operationId'] };
    const fail = failIn(at.file);
    if (typeof id !== 'string') fail(at.pointer, '`operationId` must be a string');
    const first = this.first.get(id as string);
    // One operation object that two paths `$ref` is one declaration: the client names each method apart.
    if (first && !samePlace(first, at)) {
      const was = this.spec.locate(first);
      const where = first.file === at.file ? '' : `${was.file}:`;
      // Allowed, one message for all, so that a converted spec's hundred are counted, not listed.
      if (this.lenient) return this.lenient.warn(ALLOWED_DUPLICATE, this.spec.locate(at));
      fail(
        at.pointer,
        `duplicate operationId ${quote(id)} (first used at ${where}${was.line}:${was.column}); ` +
          'operationIds must be unique (--allow-duplicate-operation-ids names them apart)',
      );
    }
    this.first.set(id as string, at);
  }
}

function samePlace(a: Place, b: Place): boolean {
  return a.file === b.file && a.pointer.join('/') === b.pointer.join('/');
}

function checkServers(servers: unknown, at: string[], fail: Fail): void {
  if (!Array.isArray(servers)) fail(at, '`servers` must be an array of Server objects');
  (servers as unknown[]).forEach((server, i) => {
    const serverAt = [...at, String(i)];
    if (!isObject(server)) fail(serverAt, 'a server must be an object with a `url`');
    const s = server as Json;
    if (typeof s['url'] !== 'string') fail(serverAt, 'a server must have a string `url`');
    if (s['variables'] === undefined) return;
    if (!isObject(s['variables'])) fail([...serverAt, 'variables'], '`variables` must be an object');
    for (const [name, variable] of Object.entries(s['variables'] as Json)) {
      const vAt = [...serverAt, 'variables', name];
      if (!isObject(variable) || typeof (variable as Json)['default'] !== 'string') {
        fail(vAt, `server variable ${quote(name)} must have a string \`default\``);
      }
    }
  });
}

function checkParameters(parameters: unknown, at: string[], fail: Fail): void {
  if (parameters === undefined) return;
  if (!Array.isArray(parameters)) fail(at, '`parameters` must be an array');
  (parameters as unknown[]).forEach((parameter, i) => {
    const pAt = [...at, String(i)];
    if (!isObject(parameter)) fail(pAt, 'a parameter must be an object');
    const p = parameter as Json;
    if (p['$ref'] !== undefined) return;
    if (typeof p['name'] !== 'string') fail(pAt, 'a parameter must have a string `name`');
    if (typeof p['in'] !== 'string' || !PARAMETER_LOCATIONS.has(p['in'])) {
      fail(pAt, `parameter ${quote(p['name'])}: \`in\` must be one of query, querystring (3.2), header, path, cookie`);
    }
  });
}

/**
 * OpenAPI 3.2's `additionalOperations`: method tokens (case-sensitive, sent as written) that the
 * fixed fields do not cover. `POST` there would be a second POST; fetch refuses CONNECT and TRACK.
 */
function checkAdditionalOperations(extra: unknown, at: string[], fail: Fail): void {
  if (extra === undefined) return;
  if (!isObject(extra)) fail(at, '`additionalOperations` must be an object of method → Operation');
  for (const method of Object.keys(extra as Json)) {
    const methodAt = [...at, method];
    if (!METHOD_TOKEN.test(method)) fail(methodAt, `${quote(method)} is not an HTTP method (an RFC 9110 token)`);
    if ((FIXED_METHODS as readonly string[]).includes(method.toLowerCase()))
      fail(
        methodAt,
        `${method} belongs in the path item's \`${method.toLowerCase()}\` field, not in \`additionalOperations\``,
      );
    if (['connect', 'track'].includes(method.toLowerCase()))
      fail(methodAt, `${method} cannot be sent by fetch (a forbidden method)`);
  }
}

/**
 * Located warnings for what JSON files say other than they seem to: a key repeated in one object
 * (only the last counts), and a file that is not JSON but reads as YAML.
 */
export function warnJsonOddities(files: Iterable<SourceFile>, diagnostics: Diagnostics): void {
  for (const file of files) {
    for (const { key, at } of file.duplicateKeys ?? []) {
      diagnostics.warn(
        `duplicate key ${quote(key)}: JSON keeps only the last of an object's equal keys; remove the others`,
        at,
      );
    }
    if (file.notJson)
      diagnostics.warn(
        `not valid JSON (${file.notJson.message}); read as YAML, which may take a missing value as null`,
        file.notJson.at,
      );
  }
}
