/** Builds the model of an inline spec (via a temp file, as the CLI would). */
import path from 'node:path';
import { Diagnostics } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { checkStructure } from '../../generator/load/check-structure.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import type { ApiModel } from '../../generator/ir/ir.js';
import { tempSpecDir } from './fixtures.js';

export async function modelOf(yaml: string, strict = false): Promise<{ model: ApiModel; diagnostics: Diagnostics }> {
  return modelOfFiles({ 'openapi.yaml': yaml }, strict);
}

/** The same for a spec of several files: `openapi.yaml` and the files its `$ref`s name. */
export async function modelOfFiles(
  files: Record<string, string>,
  strict = false,
): Promise<{ model: ApiModel; diagnostics: Diagnostics }> {
  const dir = tempSpecDir(files);
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const diagnostics = new Diagnostics(strict);
  checkStructure(spec, diagnostics);
  return { model: parseDocument(spec, diagnostics), diagnostics };
}
