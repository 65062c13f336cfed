/**
 * A synthetic spec of any size for the scale benchmark: `copies` renamed copies of our Clockify spec
 * (its paths, webhooks, operations and every component), cross-references rewired inside each copy.
 * One copy is the whole Clockify API (154 operations, 50 webhooks; about the vendor's 775 KB
 * document), our "1×".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Copies per "1× Clockify". */
export const COPIES_PER_CLOCKIFY = 1;

export function syntheticSpec(clockifyYaml: string, copies: number): Json {
  const base = parse(clockifyYaml) as { [key: string]: Json };
  const components = (base['components'] ?? {}) as { [section: string]: { [name: string]: Json } };
  const out = {
    ...base,
    paths: {} as { [key: string]: Json },
    webhooks: {} as { [key: string]: Json },
    components: { securitySchemes: components['securitySchemes'] ?? {} } as { [key: string]: { [name: string]: Json } },
  };
  for (let k = 0; k < copies; k++) {
    const suffix = `_c${k}`;
    const rename = (value: Json): Json => {
      if (Array.isArray(value)) return value.map(rename);
      if (value === null || typeof value !== 'object') return value;
      const copy: { [key: string]: Json } = {};
      for (const [key, v] of Object.entries(value)) {
        if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) copy[key] = v + suffix;
        else if (key === 'operationId' && typeof v === 'string') copy[key] = v + suffix;
        else copy[key] = rename(v);
      }
      return copy;
    };
    for (const [p, item] of Object.entries((base['paths'] ?? {}) as { [key: string]: Json }))
      out.paths[`/c${k}${p}`] = rename(item);
    for (const [name, item] of Object.entries((base['webhooks'] ?? {}) as { [key: string]: Json }))
      out.webhooks[name + suffix] = rename(item);
    for (const [section, entries] of Object.entries(components)) {
      if (section === 'securitySchemes') continue;
      const target = (out.components[section] ??= {});
      for (const [name, schema] of Object.entries(entries)) target[name + suffix] = rename(schema);
    }
  }
  return out;
}

/** Writes the spec as JSON and returns its size in bytes. */
export function writeSyntheticSpec(clockifyFile: string, copies: number, file: string): number {
  const text = JSON.stringify(syntheticSpec(readFileSync(clockifyFile, 'utf8'), copies), null, 2);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
