import { readFileSync } from 'node:fs';
import { parseSourceFile } from '../generator/load/source-file.ts';
import { forEachExternalRef } from '../generator/load/refs.ts';
const t = () => performance.now();
let t0 = t();
const text = readFileSync('/tmp/deep3.json', 'utf8');
const f = parseSourceFile('/tmp/deep3.json', text); console.log('parse', (t() - t0).toFixed(0)); t0 = t();
forEachExternalRef(f.data, () => {}); console.log('refs walk', (t() - t0).toFixed(0)); t0 = t();
console.log(f.locate(['components', 'schemas', 'A']), (t() - t0).toFixed(0));
