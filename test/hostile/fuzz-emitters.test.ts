/**
 * Property-based fuzzing of the emitters: random names (schemas, properties, operations, parameters,
 * response headers, webhooks, 3.2 method tokens), descriptions and enum values (full
 * Unicode, with injection fragments mixed in) → every generated file parses without syntax errors,
 * the package type-checks and imports, and the canary `globalThis.PWNED` is never set. A short
 * budget runs in `npm test`; `npm run fuzz` runs FUZZ_RUNS with a random FUZZ_SEED.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { typeCheck } from '../support/tsc.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 6);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261123);

const FRAGMENTS = [
  '*/',
  '/*',
  '${',
  '`',
  '\\',
  '"',
  "'",
  '\u2028',
  '\u2029',
  '<!--',
  '-->',
  '\n',
  '\r',
  'globalThis.PWNED = 1;',
  '__proto__',
  'constructor',
  '@type',
  '</script>',
];
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(...FRAGMENTS),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const spec = fc.record({
  schemaNames: fc.uniqueArray(text, { minLength: 1, maxLength: 4 }),
  propNames: fc.uniqueArray(text, { maxLength: 4 }),
  description: text,
  enumValues: fc.uniqueArray(fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), {
    minLength: 1,
    maxLength: 5,
    selector: (v) => JSON.stringify(v),
  }),
  opId: text,
  paramName: text,
  headerName: text,
  webhookName: text,
  // OpenAPI 3.2: any RFC 9110 token is a method of `additionalOperations`.
  methodToken: fc
    .stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,8}$/)
    .filter(
      (t) =>
        !['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query', 'connect', 'track'].includes(
          t.toLowerCase(),
        ),
    ),
  dates: fc.boolean(),
});

function syntaxErrors(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const out = ts.transpileModule(readFileSync(path.join(dir, f), 'utf8'), {
        reportDiagnostics: true,
        compilerOptions: { target: ts.ScriptTarget.ES2022 },
      });
      return (out.diagnostics ?? []).map((d) => `${f}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    });
}

describe('emitter fuzzing', () => {
  it('random hostile names, descriptions and enum values always give safe, valid code', async () => {
    const dirs: string[] = [];
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        // Every other property a date-time: with `dates: 'Date'` the transforms are keyed by the names.
        const properties = Object.fromEntries(
          s.propNames.map((p, i) => [
            p,
            { type: 'string', description: s.description, ...(i % 2 ? {} : { format: 'date-time' }) },
          ]),
        );
        const ref = {
          $ref: `#/components/schemas/${encodeURIComponent(s.schemaNames[0]!.replace(/~/g, '~0').replace(/\//g, '~1'))}`,
        };
        const doc = {
          openapi: '3.2.0',
          info: { title: s.description, version: s.description, description: s.description },
          paths: {
            '/x/{id}': {
              get: {
                operationId: s.opId || 'op',
                summary: s.description,
                parameters: [
                  { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
                  { name: s.paramName || 'p', in: 'query', schema: { enum: s.enumValues } },
                ],
                responses: {
                  '200': {
                    description: s.description,
                    headers: { [s.headerName || 'h']: { description: s.description, schema: { type: 'integer' } } },
                    content: { 'application/json': { schema: ref } },
                  },
                },
              },
            },
            '/y': {
              additionalOperations: {
                [s.methodToken]: {
                  summary: s.description,
                  parameters: [
                    {
                      name: s.paramName || 'p',
                      in: 'querystring',
                      content: { 'application/x-www-form-urlencoded': { schema: ref } },
                    },
                  ],
                  responses: {
                    '200': { description: s.description, content: { 'application/jsonl': { itemSchema: ref } } },
                  },
                },
              },
            },
          },
          webhooks: {
            [s.webhookName || 'w']: {
              post: { summary: s.description, requestBody: { content: { 'application/json': { schema: ref } } } },
            },
          },
          components: {
            schemas: Object.fromEntries(
              s.schemaNames.map((n) => [
                n,
                { type: 'object', description: s.description, properties, examples: [s.description] },
              ]),
            ),
          },
        };
        const pkg = await generateInline(doc, s.dates ? { dates: 'Date' } : {});
        dirs.push(pkg.out);
        expect(syntaxErrors(pkg.out)).toEqual([]);
        const mod = await pkg.load();
        expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
        for (const name of s.schemaNames) expect(Object.prototype.hasOwnProperty.call(mod['schemas'], name)).toBe(true);
        const webhook = s.webhookName || 'w';
        if (!webhook.startsWith('x-')) expect(Object.keys(mod['webhooks'] as object)).toEqual([webhook]);
        const enumCheck = s.enumValues.every(
          (v) => JSON.stringify(v) === JSON.stringify(JSON.parse(JSON.stringify(v))),
        );
        expect(enumCheck).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const result = typeCheck(dirs);
    expect(result.output).toBe('');
  }, 300_000);
});
