import { format } from 'prettier';
import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/oc/validators.gen.ts', 'utf8');
for (const parser of ['typescript', 'babel-ts', 'typescript', 'babel-ts']) {
  const t = performance.now();
  const out = await format(text, { parser, singleQuote: true, printWidth: 120, trailingComma: 'all' });
  console.log(parser, (performance.now() - t).toFixed(0), out === text);
}
