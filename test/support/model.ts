/** Builds the model of an inline spec (via a temp file, as the CLI would). */
import path from 'node:path';
import { Diagnostics } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { checkStructure } from '../../generator/load/check-structure.js';
import { parseDocument } from '../../generator/parse/parse-document.js';
import type { ApiModel } from '../../generator/ir/ir.js';
import { tempSpecDir } from './fixtures.js';

export async function modelOf(yaml: string, strict = false): Promise<{ model: ApiModel; diagnostics: Diagnostics }> {
  const dir = tempSpecDir({ 'openapi.yaml': yaml });
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const diagnostics = new Diagnostics(strict);
  checkStructure(spec.root, spec.version, diagnostics);
  return { model: parseDocument(spec, diagnostics), diagnostics };
}
