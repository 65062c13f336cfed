import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exampleSites } from '../test/support/example-probes.ts';
import { corpusSpecs } from '../test/support/corpus.ts';
let n = 0; for (const s of corpusSpecs()) n += exampleSites(parse(readFileSync(s.file, 'utf8'))).length;
console.log(n);
