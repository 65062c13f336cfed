/**
 * generator/load/check-structure.ts, through `$ref`s: path items and operations kept in files of
 * their own (a split spec) are checked where they are, and located there.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { Diagnostics, SpecforgeError } from '../../generator/diagnostics.js';
import { checkStructure } from '../../generator/load/check-structure.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { tempSpecDir } from '../support/fixtures.js';

const ROOT = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a: { $ref: 'paths/a.yaml' }
  /b:
    get: { $ref: 'operations/b.yaml' }
`;
const OK = "responses: { '200': { description: ok } }";

/** The message and the file:line of the structure error of a spec made of `files`, or 'ok'. */
async function problem(files: Record<string, string>): Promise<string> {
  const dir = tempSpecDir(files);
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  try {
    checkStructure(spec, new Diagnostics());
    return 'ok';
  } catch (error) {
    if (!(error instanceof SpecforgeError)) throw error;
    return `${path.relative(dir, error.file)}:${error.line}: ${error.message}`;
  }
}

it('checks a path item and an operation where their $refs lead', async () => {
  const valid = { 'openapi.yaml': ROOT, 'paths/a.yaml': `get: { operationId: a, ${OK} }\n` };
  expect(await problem({ ...valid, 'operations/b.yaml': `operationId: b\n${OK}\n` })).toBe('ok');
  expect(await problem({ ...valid, 'operations/b.yaml': `parameters: { id: 1 }\n${OK}\n` })).toBe(
    'operations/b.yaml:1: `parameters` must be an array',
  );
  expect(
    await problem({
      'openapi.yaml': ROOT,
      'paths/a.yaml': `parameters: [{ name: id, in: body }]\nget: { ${OK} }\n`,
      'operations/b.yaml': OK,
    }),
  ).toMatch(/^paths\/a\.yaml:1: parameter "id": `in` must be one of/);
});

it('finds an operationId used twice across files, and names the file of the first', async () => {
  expect(
    await problem({
      'openapi.yaml': ROOT,
      'paths/a.yaml': `get: { operationId: same, ${OK} }\n`,
      'operations/b.yaml': `operationId: same\n${OK}\n`,
    }),
  ).toMatch(/^operations\/b\.yaml:1: duplicate operationId "same" \(first used at .*paths\/a\.yaml:1:\d+\)/);
});

it('reads a duplicate operationId as a warning where allowed, and names the option otherwise', async () => {
  const dir = tempSpecDir({
    'openapi.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /v1/jobs/{id}: { get: { operationId: GetJob, ${OK} } }
  /api/v1/jobs/{id}: { get: { operationId: GetJob, ${OK} } }
`,
  });
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  expect(() => checkStructure(spec, new Diagnostics())).toThrow(
    'duplicate operationId "GetJob" (first used at 4:40); operationIds must be unique ' +
      '(--allow-duplicate-operation-ids names them apart)',
  );
  const diagnostics = new Diagnostics();
  checkStructure(spec, diagnostics, { allowDuplicateOperationIds: true });
  expect(diagnostics.warnings.map((w) => `${w.location?.line}: ${w.message}`)).toEqual([
    '5: an operationId used before: its client method and types take a number after it (`getJob2`)',
  ]);
});

it('one operation that two paths $ref is no duplicate', async () => {
  expect(
    await problem({
      'openapi.yaml': ROOT.replace("get: { $ref: 'operations/b.yaml' }", "get: { $ref: 'paths/a.yaml#/get' }"),
      'paths/a.yaml': `get: { operationId: shared, ${OK} }\n`,
    }),
  ).toBe('ok');
});

it('warns of paths equal but for their parameters’ names, once per message for a spec’s many', async () => {
  const dir = tempSpecDir({
    'openapi.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a/{x}: { get: { ${OK} } }
  /a/{y}: { put: { ${OK} } }
  /a/{z}/b: { get: { ${OK} } }
  /a/me: { get: { ${OK} } }
  /files/{id}#add: { put: { ${OK} } }
`,
  });
  const diagnostics = new Diagnostics();
  checkStructure(await loadSpec(path.join(dir, 'openapi.yaml')), diagnostics);
  expect(diagnostics.warnings.map((w) => `${w.location?.line}: ${w.message}`)).toEqual([
    `5: a path equal to "/a/{x}" (line 4) but for its parameters' names: OpenAPI forbids such paths, as one URL reaches both`,
  ]);
});
