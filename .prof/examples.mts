import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { generate } from '../generator/generate.ts';
import { corpusSpecs } from '../test/support/corpus.ts';
let bad = 0, total = 0;
for (const s of corpusSpecs()) {
  const out = `/tmp/ex/${s.version}/${s.name}`;
  await generate({ spec: s.file, out });
  const mod = await import(pathToFileURL(`${out}/index.ts`).href);
  const doc = parse(readFileSync(s.file, 'utf8'));
  for (const [name, schema] of Object.entries<any>(doc.components?.schemas ?? {})) {
    const examples = [...('example' in (schema ?? {}) ? [schema.example] : []), ...(Array.isArray(schema?.examples) ? schema.examples : [])];
    for (const ex of examples) {
      total++;
      const issues = mod.schemas[name].issues(ex, { all: true });
      if (issues.length) { bad++; console.log(s.version, s.name, name, JSON.stringify(ex).slice(0, 80), JSON.stringify(issues).slice(0, 200)); }
    }
  }
}
console.log('bad', bad, 'of', total);
