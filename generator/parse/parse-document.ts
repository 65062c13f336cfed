/**
 * The model stage's entry: a loaded `SpecSet` → `ApiModel`. Pure: reads the spec, never mutates it.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#openapi-object
 */
import { quote, SpecforgeError } from '../diagnostics.js';
import { contradictions } from './contradictions.js';
import { endlessWarnings } from './endless.js';
import { looseOneOfs } from './loose-one-of.js';
import type { Diagnostics } from '../diagnostics.js';
import type { SpecSet } from '../load/load-spec.js';
import { componentAt } from '../load/refs.js';
import type { ApiModel, NamedSchema, SchemaId, SecuritySchemeNode, WebhookNode } from '../ir/ir.js';
import { createParseContext, obj, type Json } from './parse-context.js';
import {
  parseOperations,
  parseSecurity,
  parseServers,
  parseWebhooks,
  reportIgnoredHeaders,
} from './parse-operations.js';
import { parseSchema } from './parse-schema.js';
import { typeTagValues } from './type-tag-values.js';

/** Builds the model of a loaded spec. Throws `SpecforgeError` on input it cannot represent. */
export function parseDocument(spec: SpecSet, diagnostics: Diagnostics): ApiModel {
  const ctx = createParseContext(spec, diagnostics);
  const doc = spec.root.data as Json;
  const info = obj(doc['info']);
  const rootPlace = { file: spec.root, pointer: [] as string[] };

  // Every component schema is named, referenced or not; other `$ref` targets join as found.
  const componentSchemas = obj(obj(doc['components'])['schemas']);
  for (const name of Object.keys(componentSchemas)) {
    if (/\p{Cs}/u.test(name)) {
      // A lone surrogate (a JSON `\ud800` escape) is no Unicode text: no URI, module or file can carry it.
      throw new SpecforgeError(
        `schema name ${quote(name)} has a lone surrogate (it is not Unicode text); rename it`,
        spec.locate({ file: spec.root, pointer: ['components', 'schemas', name] }),
      );
    }
    ctx.schemaRef(
      `#/components/schemas/${encodeToken(name)}`,
      { file: spec.root, pointer: ['components', 'schemas', name] },
      false,
    );
  }
  const security = parseSecurity(doc['security']);
  const { operations, callbacks } = parseOperations(ctx, security);
  // Callbacks join the webhooks: both are requests the API sends, whose payloads a receiver checks.
  const webhooks = distinctNames([...parseWebhooks(ctx, security), ...callbacks]);
  reportIgnoredHeaders(ctx);

  let schemas: NamedSchema[] = [];
  for (let i = 0; i < ctx.pending.length; i++) {
    const entry = ctx.pending[i]!;
    const schema = parseSchema(entry.value, entry.place, ctx);
    const isComponent = exportedByName(entry.place.pointer, entry.place.file === spec.root);
    schemas.push({
      id: entry.id,
      rawName: rawNameOf(entry.place.pointer, entry.place.file.absolutePath),
      isComponent,
      schema,
    });
  }
  // Where a `$dynamicRef` binds by dynamic scope, checking a named schema enters its resource.
  if (ctx.dynamicScope) schemas = schemas.map((s) => ({ ...s, resource: spec.resourceOf(ctx.known.get(s.id)!.place) }));
  const byId = new Map(schemas.map((s) => [s.id, s]));
  for (const { place, message } of [...contradictions(ctx.compositions, byId), ...looseOneOfs(ctx.oneOfs, byId)])
    diagnostics.warn(message, spec.locate(place));
  for (const { key, place } of typeTagValues(ctx.discriminators, byId)) {
    diagnostics.warn(
      `discriminator mapping key ${quote(key)} is a value the schema it maps to cannot take; ignored`,
      spec.locate(place),
    );
  }
  const cyclic = refCycles(schemas, spec, ctx.known, diagnostics);
  // A `$ref` cycle with no schema was warned of as such (and reads as any value).
  const finiteOrNot = schemas.filter((s) => !cyclic.has(s.id));
  for (const { message, place } of endlessWarnings(finiteOrNot, (id) => ctx.known.get(id)!.place))
    diagnostics.warn(message, spec.locate(place));
  schemas.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const model: { -readonly [K in keyof ApiModel]?: ApiModel[K] } = {
    openapiVersion: spec.version,
    title: String(info['title'] ?? ''),
    version: String(info['version'] ?? ''),
    servers: parseServers(doc['servers']),
    securitySchemes: parseSecuritySchemes(obj(obj(doc['components'])['securitySchemes']), ctx.deref, rootPlace),
    operations,
    webhooks,
    schemas:
      cyclic.size === 0
        ? schemas
        : schemas.map((s) =>
            cyclic.has(s.id) ? { ...s, schema: { kind: 'boolean', pointer: s.schema.pointer, value: true } } : s,
          ),
  };
  if (typeof info['description'] === 'string') model.description = info['description'];
  return model as ApiModel;
}

function encodeToken(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}

const STRUCTURAL = new Set([
  'components',
  'schemas',
  'properties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'paths',
  'content',
  'schema',
  'definitions',
  '$defs',
  'additionalProperties',
  'prefixItems',
  'responses',
  'parameters',
  'requestBody',
  'application~1json',
]);

/** A readable name for a schema from where it lives (the planner makes it an identifier). */
/**
 * Whether a named schema is one of the spec's own names, exported as such (a `schemas` validator,
 * an enum's constant): a component of the root document, or of any file its `$ref`s reach; and in
 * a split spec's other files, what a file holds at its top: the whole file (Redocly's
 * `components/schemas/Order.yaml`), one of its top-level entries or an entry of its `$defs`,
 * `definitions` or `schemas` map (DigitalOcean's `models/droplet_actions.yml#/droplet_action`).
 * A schema deeper in a file (a property of one) is named for its type only.
 */
function exportedByName(pointer: readonly string[], inRoot: boolean): boolean {
  if (componentAt(pointer, 'schemas') !== undefined) return true;
  if (inRoot) return false;
  return pointer.length <= 1 || (pointer.length === 2 && ['$defs', 'definitions', 'schemas'].includes(pointer[0]!));
}

function rawNameOf(pointer: readonly string[], file: string): string {
  if (pointer.length === 3 && pointer[1] === 'schemas') return pointer[2]!;
  const tokens = pointer.filter((t) => !STRUCTURAL.has(t) && !/^\d+$/.test(t) && !t.includes('/'));
  if (tokens.length > 0) return tokens.slice(-3).join('_');
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Schema';
}

/**
 * A named schema that is only a `$ref` chain back to itself describes no value. Real specs have this
 * (hey-api's corpus does), so it is a warning and the schemas become "any"; `--strict` refuses it.
 */
function refCycles(
  schemas: NamedSchema[],
  spec: SpecSet,
  known: Map<SchemaId, { place: { file: SpecSet['root']; pointer: readonly string[] } }>,
  diagnostics: Diagnostics,
): Set<SchemaId> {
  const byId = new Map(schemas.map((s) => [s.id, s]));
  const cyclic = new Set<SchemaId>();
  for (const start of schemas) {
    const seen: SchemaId[] = [];
    let current: NamedSchema | undefined = start;
    while (current && current.schema.kind === 'ref') {
      if (seen.includes(current.id)) {
        if (current.id === start.id) {
          const place = known.get(start.id)!.place;
          diagnostics.warn(
            `$ref cycle without a schema: ${[...seen, current.id].join(' → ')}; typed as unknown`,
            spec.locate({ file: place.file, pointer: [...place.pointer, '$ref'] }),
          );
          cyclic.add(start.id);
        }
        break;
      }
      seen.push(current.id);
      current = byId.get(current.schema.target);
    }
  }
  return cyclic;
}

function parseSecuritySchemes(
  raw: Json,
  deref: (v: unknown, p: { file: SpecSet['root']; pointer: string[] }) => { value: unknown },
  root: { file: SpecSet['root']; pointer: string[] },
): SecuritySchemeNode[] {
  return Object.keys(raw).map((name) => {
    const s = obj(deref(raw[name], { file: root.file, pointer: ['components', 'securitySchemes', name] }).value);
    const node: { -readonly [K in keyof SecuritySchemeNode]?: SecuritySchemeNode[K] } = {
      name,
      type: s['type'] as SecuritySchemeNode['type'],
    };
    if (s['in'] === 'header' || s['in'] === 'query' || s['in'] === 'cookie') node.in = s['in'];
    if (typeof s['name'] === 'string') node.parameterName = s['name'];
    if (typeof s['scheme'] === 'string') node.scheme = s['scheme'].toLowerCase();
    if (typeof s['description'] === 'string') node.description = s['description'];
    return node as SecuritySchemeNode;
  });
}

/**
 * Webhook names are keys of the `webhooks` validators: a name met again (a callback named like a webhook) gets ` (2)`.
 */
function distinctNames(webhooks: WebhookNode[]): WebhookNode[] {
  const taken = new Set<string>();
  return webhooks.map((w) => {
    let name = w.name;
    for (let i = 2; taken.has(name); i++) name = `${w.name} (${i})`;
    taken.add(name);
    return name === w.name ? w : { ...w, name };
  });
}
