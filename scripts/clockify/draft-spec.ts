/**
 * Drafts the operations of `spec/clockify/openapi.yaml` that it does not have yet from Clockify's
 * published file, correcting that file's known classes of error on the way (see
 * ../shared/reference/clockify/README.md), and checks every response schema against the evidence:
 * the live captures and the webhook payload samples. Operations and schemas the document already
 * has are left as they are (the hand-written ones win), so the script can run again after a hand
 * edit and only fills gaps.
 *
 *   npx tsx scripts/clockify/draft-spec.ts [--reference ../shared/reference/clockify]
 *
 * The corrections, each a rule below:
 * - hosts: report operations on `reports.api.clockify.me`, time-off operations on
 *   `pto.api.clockify.me`, each with its regional form; the rest on the document's `https://{host}/api`;
 * - operationIds: descriptive and unique (operation-ids.ts), one tag per resource;
 * - errors: `{ message, code }` on 400, 401, 403, 404 and 429 of every operation;
 * - `*∕*` media types are JSON; flags the file marks required with a string default are optional
 *   booleans; `type: object` scalars (custom-field values) are any JSON value; string enums whose
 *   example is a list are lists; the malformed enum schemas are string enums;
 * - responses: every field a sample or capture carries is declared with the type it has there, the
 *   fields every sample carries are required, and the others may be null (Clockify sends absent
 *   values as null); an enum value a sample shows is added;
 * - examples that do not fit their schema are dropped rather than kept wrong.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { OPERATION_IDS } from './operation-ids.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: any };

const args = process.argv.slice(2);
const reference = args.includes('--reference')
  ? args[args.indexOf('--reference') + 1]!
  : '../shared/reference/clockify';
const SPEC = 'spec/clockify/openapi.yaml';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const ERRORS = {
  '400': 'BadRequest',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'NotFound',
  '429': 'TooManyRequests',
};
const PTO_TAGS = new Set(['Balance', 'Policy', 'Time Off']);
const REGIONS = ['euc1', 'use2', 'euw2', 'apse2'];

const official = JSON.parse(readFileSync(path.join(reference, 'openapi-v1-official.json'), 'utf8')) as Obj;
const doc = parse(readFileSync(SPEC, 'utf8')) as Obj;
const sourceSchemas = official.components.schemas as Obj;
const schemas = doc.components.schemas as Obj;
const notes: string[] = [];
// The hand-written schemas keep their types: only their required lists learn from the evidence.
const handWritten = new Set(Object.keys(schemas));

// ---------------------------------------------------------------------------------------------
// Schemas

/** Whether a JSON value fits a (converted) schema's type and enum: enough to keep or drop an example. */
function fits(schema: Obj, value: unknown): boolean {
  if (schema.$ref) {
    const name = String(schema.$ref).slice('#/components/schemas/'.length);
    const resolved = schemas[name] ?? (sourceSchemas[name] ? convert(sourceSchemas[name]) : undefined);
    return resolved ? fits(resolved, value) : true;
  }
  if (schema.enum && !schema.enum.includes(value)) return false;
  const types: string[] = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length === 0) return true;
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (kind === 'array' && types.includes('array'))
    return (value as unknown[]).every((v) => !schema.items || fits(schema.items, v));
  if (kind === 'number') return types.includes('number') || (types.includes('integer') && Number.isInteger(value));
  if (kind === 'object') return types.includes('object');
  return types.includes(kind);
}

/** The malformed enums: `type: object` with a `oneOf` of one string enum, and bogus properties. */
function malformedEnum(s: Obj): string[] | undefined {
  if (s.type !== 'object' || !Array.isArray(s.oneOf) || s.oneOf.length !== 1) return undefined;
  const only = s.oneOf[0];
  return only?.type === 'string' && Array.isArray(only.enum) ? only.enum : undefined;
}

/** A schema of the vendor's file in OpenAPI 3.1, with its known errors corrected. */
function convert(s: Obj, name = ''): Obj {
  if (s.$ref) return { $ref: s.$ref };
  const values = malformedEnum(s);
  if (values) return { type: 'string', description: s.description, enum: values };
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'nullable' || k === 'example') continue;
    if (k === 'properties')
      out.properties = Object.fromEntries(Object.entries(v as Obj).map(([p, ps]) => [p, convertProperty(ps as Obj)]));
    else if (k === 'items' || k === 'additionalProperties' || k === 'not')
      out[k] = typeof v === 'object' ? convert(v as Obj) : v;
    else if (k === 'allOf' || k === 'oneOf' || k === 'anyOf') out[k] = (v as Obj[]).map((x) => convert(x));
    else out[k] = v;
  }
  if (s.nullable && out.type) out.type = [out.type, 'null'].flat();
  if (Array.isArray(out.required) && out.properties) {
    const missing = out.required.filter((r: string) => !(r in out.properties));
    if (missing.length)
      notes.push(
        `${name || 'a schema'}: required ${missing.join(', ')} names no property (the vendor's file): left out`,
      );
    out.required = out.required.filter((r: string) => r in out.properties);
    if (!out.required.length) delete out.required;
  }
  if (s.example !== undefined && s.type !== 'object' && fits(out, s.example)) out.examples = [s.example];
  return out;
}

function convertProperty(ps: Obj): Obj {
  // A custom-field value or default: the file says object, the data is any JSON value.
  if (ps.type === 'object' && !ps.properties && !ps.additionalProperties && !ps.$ref) {
    return {
      description: (
        `${ps.description ?? ''} Any JSON value (the vendor's file says object; ` +
        'values are strings, numbers, booleans, lists or objects).'
      ).trim(),
    };
  }
  // `workingDays` and kin: a string enum in the file, a list in every example.
  if (ps.type === 'string' && Array.isArray(ps.enum) && Array.isArray(ps.example)) {
    return {
      type: 'array',
      description: ps.description,
      items: { type: 'string', enum: ps.enum },
      examples: [ps.example],
    };
  }
  return convert(ps);
}

/** Copies `name` and every schema it references from the vendor's file, converted. */
function adoptSchema(name: string): void {
  if (schemas[name] !== undefined) return;
  const source = sourceSchemas[name];
  if (!source) throw new Error(`no schema ${name} in the vendor's file`);
  schemas[name] = convert(source, name);
  for (const ref of refsIn(source)) adoptSchema(ref);
}

function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/'))
        found.add(v.slice('#/components/schemas/'.length));
      else refsIn(v, found);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Operations

function serversFor(tag: string, pathServers: string[]): Obj[] | undefined {
  if (pathServers.some((u) => u.includes('reports.api'))) {
    return [
      { url: 'https://reports.api.clockify.me', description: 'Reports host (global).' },
      {
        url: 'https://{region}.clockify.me/report',
        description: 'Reports host of a regional workspace.',
        variables: { region: { default: 'euc1', enum: REGIONS } },
      },
    ];
  }
  if (PTO_TAGS.has(tag)) {
    return [
      {
        url: 'https://pto.api.clockify.me',
        description:
          "Time-off host (global). The vendor's file says the backend host; " +
          'its own description and the fact sheet say this one.',
      },
      {
        url: 'https://{region}.api.clockify.me/pto',
        description: 'Time-off host of a regional workspace.',
        variables: { region: { default: 'euc1', enum: REGIONS } },
      },
    ];
  }
  return undefined;
}

const SHARED_PARAMETERS: Record<string, string> = {
  workspaceId: 'workspaceId',
  userId: 'userId',
  customFieldId: 'customFieldId',
  projectId: 'projectId',
  page: 'page',
  'page-size': 'pageSize',
};

function convertParameter(p: Obj): Obj {
  if (p.in === 'path' && SHARED_PARAMETERS[p.name])
    return { $ref: `#/components/parameters/${SHARED_PARAMETERS[p.name]}` };
  if (p.in === 'query' && (p.name === 'page' || p.name === 'page-size') && p.schema?.maximum === undefined)
    return { $ref: `#/components/parameters/${SHARED_PARAMETERS[p.name]}` };
  const schema = convert(p.schema ?? { type: 'string' });
  const out: Obj = {
    name: p.name,
    in: p.in,
    ...(p.in === 'path' ? { required: true } : {}),
    ...(p.description ? { description: p.description } : {}),
    schema,
  };
  // Flags marked required with a string default ("true"/"false"): optional booleans.
  if (schema.type === 'string' && (schema.default === 'true' || schema.default === 'false')) {
    out.schema = { type: 'boolean', default: schema.default === 'true' };
    notes.push(`${p.name}: an optional boolean (the vendor's file: a required string, default "${schema.default}")`);
  } else if (p.required && p.in !== 'path' && schema.default === undefined) out.required = true;
  if (p.example !== undefined && fits(out.schema, p.example)) out.example = p.example;
  if (p.explode !== undefined) out.explode = p.explode;
  if (p.style !== undefined) out.style = p.style;
  return out;
}

function jsonContent(content: Obj | undefined): Obj | undefined {
  if (!content) return undefined;
  const out: Obj = {};
  for (const [media, m] of Object.entries(content)) {
    // A file (an expense receipt, an invoice export): the file says `*∕*` and a base64 string; it is bytes.
    if (m.schema?.type === 'string' && (m.schema.format === 'byte' || m.schema.format === 'binary')) {
      out['application/octet-stream'] = { schema: { type: 'string', format: 'binary' } };
      notes.push("file downloads: application/octet-stream bytes (the vendor's file: */* base64 strings)");
      continue;
    }
    const type = media === '*/*' ? 'application/json' : media;
    const schema = m.schema ? convert(m.schema) : undefined;
    for (const ref of refsIn(m.schema)) adoptSchema(ref);
    // The entity-change lists mix kinds that share every field but `documentType`: any of them.
    if (schema?.items?.oneOf) {
      schema.items = { anyOf: schema.items.oneOf };
      notes.push('entity-change lists: anyOf, not oneOf (the kinds overlap)');
    }
    out[type] = schema ? { schema } : {};
  }
  return out;
}

function convertOperation(op: Obj, tag: string): Obj {
  const id = OPERATION_IDS[op.operationId] ?? op.operationId;
  const out: Obj = { operationId: id, tags: [tag], summary: op.summary };
  if (op.description && op.description !== op.summary) out.description = op.description;
  if (op.parameters?.length) out.parameters = op.parameters.map(convertParameter);
  if (op.requestBody)
    out.requestBody = { required: op.requestBody.required ?? true, content: jsonContent(op.requestBody.content) };
  out.responses = {};
  for (const [status, r] of Object.entries(op.responses as Obj)) {
    const content = jsonContent((r as Obj).content);
    out.responses[status] = {
      description: (r as Obj).description || 'OK',
      ...(content && Object.keys(content).length ? { content } : {}),
    };
  }
  for (const [status, name] of Object.entries(ERRORS))
    out.responses[status] = { $ref: `#/components/responses/${name}` };
  if (op.security) out.security = op.security;
  return out;
}

function addOperations(): number {
  let added = 0;
  const existing = new Set<string>();
  for (const [p, item] of Object.entries(doc.paths as Obj)) {
    for (const m of METHODS) {
      const op = (item as Obj)[m];
      if (!op) continue;
      existing.add(`${m} ${p}`);
      op.operationId = OPERATION_IDS[op.operationId] ?? op.operationId;
    }
  }
  for (const [p, item] of Object.entries(official.paths as Obj)) {
    for (const m of METHODS) {
      const op = (item as Obj)[m];
      if (!op || op.deprecated || existing.has(`${m} ${p}`)) continue;
      const tag = op.tags?.[0] ?? 'Other';
      const target = (doc.paths[p] ??= {});
      const servers = serversFor(
        tag,
        ((item as Obj).servers ?? []).map((s: Obj) => s.url),
      );
      if (servers) target.servers = servers;
      target[m] = convertOperation(op, tag);
      added++;
    }
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// Evidence: live captures and webhook samples

function webhookSamples(): Map<string, Json> {
  const text = readFileSync(path.join(reference, 'webhook-samples.md'), 'utf8');
  const samples = new Map<string, Json>();
  for (const m of text.matchAll(/^## ([A-Z_]+)\n```json\n([\s\S]*?)```/gm))
    samples.set(m[1]!, JSON.parse(m[2]!) as Json);
  return samples;
}

function captures(): Json[] {
  const dir = path.join(reference, 'live-captures');
  return readdirSync(dir).flatMap((op) =>
    readdirSync(path.join(dir, op))
      .filter((f) => /^response-2\d\d\.json$/.test(f))
      .map((f) => (JSON.parse(readFileSync(path.join(dir, op, f), 'utf8')) as { body: Json }).body),
  );
}

function isObject(v: unknown): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The schema a JSON value has, for a field the vendor's file does not declare. */
function inferred(value: Json): Obj {
  if (value === null) return {};
  if (Array.isArray(value))
    return { type: 'array', ...(value.length && value[0] !== null ? { items: inferred(value[0]!) } : {}) };
  if (isObject(value))
    return { type: 'object', properties: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inferred(v)])) };
  // A whole number in one sample is no proof of an integer field: `number`.
  return { type: typeof value };
}

function target(s: Obj): Obj {
  return s.$ref ? schemas[s.$ref.slice('#/components/schemas/'.length)] : s;
}

/** The response schema whose properties a sample's keys match best (most of the sample's keys declared). */
function bestMatch(sample: { [k: string]: Json }, candidates: string[]): string | undefined {
  const keys = Object.keys(sample);
  let best: string | undefined;
  let score = 0.75;
  for (const name of candidates) {
    const props = Object.keys(schemas[name]?.properties ?? {});
    if (props.length < 3) continue;
    const shared = keys.filter((k) => props.includes(k)).length;
    const s = shared / Math.max(keys.length, props.length * 0.6);
    if (shared >= 3 && s > score) [best, score] = [name, s];
  }
  return best;
}

/** Seen: for a response schema, the samples of it, to derive its required list. */
const seen = new Map<Obj, { [k: string]: Json }[]>();
/** Fields only the evidence declares: a webhook may carry more than the API's answer, so never required. */
const undeclared = new Set<Obj>();

/** Makes `schema` accept `value`, as the server sent it: declares missing fields, widens wrong types. */
function reconcile(schema: Obj, value: Json, where: string): void {
  const s = target(schema);
  if (!s || value === null) return;
  if (s.enum && !s.enum.includes(value)) {
    s.enum.push(value);
    notes.push(`${where}: enum value ${JSON.stringify(value)} added (seen in the evidence)`);
  }
  if (isObject(value) && s.properties) {
    seen.set(s, [...(seen.get(s) ?? []), value]);
    for (const [k, v] of Object.entries(value)) {
      const prop = s.properties[k];
      if (!prop) {
        s.properties[k] = {
          ...inferred(v),
          description: "Not in the vendor's file; sent by the server (webhook samples, live captures).",
        };
        undeclared.add(s.properties[k]);
        notes.push(`${where}.${k}: declared (sent by the server, missing from the vendor's file)`);
        continue;
      }
      const resolved = target(prop);
      if (resolved && v !== null && !fits({ type: resolved.type }, v) && resolved.type !== undefined) {
        notes.push(
          `${where}.${k}: ${JSON.stringify(resolved.type)} in the vendor's file, ` +
            `${inferred(v).type} in the data: the data wins`,
        );
        s.properties[k] = {
          ...inferred(v),
          description: (
            `${resolved.description ?? ''} The vendor's file says ${JSON.stringify(resolved.type)}; ` +
            `the server sends ${inferred(v).type}.`
          ).trim(),
        };
        continue;
      }
      reconcile(prop, v, `${where}.${k}`);
    }
  } else if (Array.isArray(value) && s.items) value.forEach((v) => reconcile(s.items, v, `${where}[]`));
}

/** Response schemas (transitively), the ones the evidence is checked against. */
function responseSchemas(): Set<string> {
  const roots = new Set<string>();
  for (const item of Object.values(doc.paths as Obj)) {
    for (const m of METHODS)
      for (const r of Object.values((item as Obj)[m]?.responses ?? {})) refsIn((r as Obj).content, roots);
  }
  const all = new Set<string>();
  const visit = (n: string) => {
    if (all.has(n) || !schemas[n]) return;
    all.add(n);
    refsIn(schemas[n]).forEach(visit);
  };
  roots.forEach(visit);
  return all;
}

/** Required lists from the evidence, and `null` allowed on every other response field. */
function tighten(names: Set<string>): void {
  for (const name of names) {
    const s = schemas[name];
    if (!s?.properties || name === 'ErrorResponse') continue;
    const samples = seen.get(s) ?? [];
    // Hand-written schemas keep their (non-null) types, so they require what the samples never leave
    // null; drafted ones require what the samples always carry, and allow null on all but the
    // identity fields and flags the samples never leave null (one sample is no proof of more).
    const keep = handWritten.has(name);
    const always = Object.keys(s.properties).filter(
      (k) =>
        samples.length > 0 &&
        !undeclared.has(s.properties[k]) &&
        samples.every((x) => k in x && (!keep || x[k] !== null)),
    );
    const nonNull = new Set(
      Object.keys(s.properties).filter(
        (k) =>
          ['id', 'workspaceId', 'name'].includes(k) ||
          (samples.length > 0 && samples.every((x) => typeof x[k] === 'boolean')),
      ),
    );
    const required = new Set([...(s.required ?? []), ...always, ...('id' in s.properties ? ['id'] : [])]);
    if (required.size) s.required = [...required].sort();
    if (handWritten.has(name)) continue;
    for (const [k, p] of Object.entries(s.properties as Obj)) {
      if (nonNull.has(k)) continue;
      if (p.$ref) {
        s.properties[k] = { anyOf: [{ $ref: p.$ref }, { type: 'null' }] };
        continue;
      }
      if (p.type === undefined) continue;
      const types = [p.type].flat();
      if (!types.includes('null')) p.type = [...types, 'null'];
    }
  }
}

function addWebhooks(samples: Map<string, Json>, candidates: string[]): void {
  doc.webhooks ??= {};
  const byShape = new Map<string, string>();
  for (const [event, sample] of samples) {
    if (doc.webhooks[event]) continue;
    let ref: string | undefined = isObject(sample) ? bestMatch(sample, candidates) : undefined;
    if (ref) reconcile({ $ref: `#/components/schemas/${ref}` }, sample, ref);
    else {
      const schema = inferred(sample);
      const shape = JSON.stringify(schema);
      ref =
        byShape.get(shape) ??
        `${event.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())}WebhookEvent`;
      byShape.set(shape, ref);
      schemas[ref] ??= {
        type: 'object',
        description: `The body of a \`${event}\` webhook (from Clockify's published samples).`,
        ...schema,
      };
      seen.set(schemas[ref], [...(seen.get(schemas[ref]) ?? []), sample as { [k: string]: Json }]);
    }
    doc.webhooks[event] = {
      post: {
        operationId: `on${event.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())}`,
        summary: `${event} webhook`,
        description:
          `Clockify calls your endpoint with this body when \`${event}\` happens in a workspace with such a webhook. ` +
          "The `Clockify-Signature` header carries the webhook's token.",
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` }, example: sample } },
        },
        responses: { '200': { description: 'Received.' } },
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------

const added = addOperations();
const responses = responseSchemas();
const candidates = [...responses];
for (const body of captures()) {
  const values = Array.isArray(body) ? body : [body];
  for (const v of values)
    if (isObject(v)) reconcile({ $ref: `#/components/schemas/${bestMatch(v, candidates) ?? 'none'}` }, v, 'capture');
}
addWebhooks(webhookSamples(), candidates);
tighten(new Set([...responseSchemas(), ...Object.keys(schemas).filter((n) => n.endsWith('WebhookEvent'))]));
writeFileSync(SPEC, stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }));
console.log(
  `${added} operations added; ${Object.keys(schemas).length} schemas; ` +
    `${Object.keys(doc.webhooks ?? {}).length} webhooks`,
);
for (const n of [...new Set(notes)]) console.log(`- ${n}`);
