/**
 * Every example a spec gives (schema `example`/`examples` at any depth, media-type and parameter
 * `example`) paired with the schema it illustrates. `probeSpec` adds a component per example site
 * (`$ref` to the schema's pointer), so the generated `schemas` object has a validator for each.
 */
import { formatPointer } from '../../generator/load/refs.js';

export interface ExampleSite {
  readonly id: string;
  readonly pointer: string;
  readonly example: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds example sites; `schemaContext` is true inside schema objects. */
export function exampleSites(doc: unknown): ExampleSite[] {
  const sites: ExampleSite[] = [];
  const add = (schemaAt: string[], example: unknown) =>
    sites.push({ id: `Probe${sites.length}`, pointer: formatPointer(schemaAt), example });
  const walk = (node: unknown, at: string[], inSchema: boolean): void => {
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, [...at, String(i)], inSchema));
    if (!isObject(node)) return;
    if (inSchema && typeof node['$ref'] !== 'string') {
      if ('example' in node) add(at, node['example']);
      if (Array.isArray(node['examples'])) for (const e of node['examples']) add(at, e);
    }
    if (!inSchema && isObject(node['schema']) && 'example' in node) add([...at, 'schema'], node['example']);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'example' || k === 'examples' || k === 'default' || k === 'enum' || k === 'const' || k.startsWith('x-'))
        continue;
      const child = [...at, k];
      const parent = at[at.length - 1];
      const entersSchema =
        k === 'schema' ||
        parent === 'schemas' ||
        (inSchema && k !== 'discriminator' && k !== 'xml' && k !== 'externalDocs');
      walk(v, child, entersSchema && (inSchema || k === 'schema' || parent === 'schemas'));
    }
  };
  walk(doc, [], false);
  return sites;
}

/** A copy of `doc` with one component per example site. */
export function probeSpec(doc: Json, sites: readonly ExampleSite[]): Json {
  const components = isObject(doc['components']) ? doc['components'] : {};
  const schemas = isObject(components['schemas']) ? components['schemas'] : {};
  return {
    ...doc,
    components: {
      ...components,
      schemas: { ...schemas, ...Object.fromEntries(sites.map((s) => [s.id, { $ref: s.pointer }])) },
    },
  };
}
