import { loadSpec } from '/work/main/generator/load/load-spec.ts';
import { checkStructure } from '/work/main/generator/load/check-structure.ts';
import { parseDocument } from '/work/main/generator/model/parse-document.ts';
import { planNames } from '/work/main/generator/plan/plan.ts';
import { packageFiles } from '/work/main/templates/package/package-files.ts';
import { printFile } from '/work/main/generator/print/print-file.ts';
import { Diagnostics } from '/work/main/generator/diagnostics.ts';
import { printStructure, StructureKind } from 'ts-morph';
const t = () => performance.now();
let t0 = t();
const spec = await loadSpec(process.argv[2]!);
const d = new Diagnostics(); checkStructure(spec.root, spec.version, d);
console.log('load', (t() - t0).toFixed(0)); t0 = t();
const model = parseDocument(spec, d); console.log('parse', (t() - t0).toFixed(0)); t0 = t();
const plan = planNames(model); console.log('plan', (t() - t0).toFixed(0)); t0 = t();
const files = packageFiles(model, plan, {}); console.log('emit', (t() - t0).toFixed(0)); t0 = t();
for (const f of files) {
  if (!('statements' in f)) continue;
  const t1 = t();
  const body = printStructure({ kind: StructureKind.SourceFile, statements: [...f.statements] });
  const t2 = t();
  const out = await printFile(f, 'x');
  console.log(f.path, 'print', (t2 - t1).toFixed(0), 'print+prettier', (t() - t2).toFixed(0), 'bytes', out.length, body.length);
}
console.log('rss MB', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
