/** templates/types/operation-types.ts: per-operation request, response and error types, `Operations`, webhooks. */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
components:
  schemas:
    Note: { type: object, properties: { text: { type: string } } }
paths:
  /notes/{id}:
    put:
      operationId: putNote
      description: Replaces a note.
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: dryRun, in: query, description: Only check., schema: { type: boolean } }
        - { name: X-Trace, in: header, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json: { schema: { $ref: '#/components/schemas/Note' } }
          application/merge-patch+json: { schema: { $ref: '#/components/schemas/Note' } }
          text/plain: { schema: { type: string } }
      responses:
        '200':
          description: ok
          headers:
            X-Rate-Remaining: { required: true, schema: { type: integer } }
            ETag: { schema: { type: string } }
          content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } }
        '409':
          description: conflict
          content: { application/json: { schema: { type: object, properties: { reason: { type: string } } } } }
  /ping:
    post:
      operationId: ping
      requestBody: { content: { application/json: { schema: { type: object } } } }
      responses: { '204': { description: pong } }
webhooks:
  noteChanged:
    post:
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } } }
      responses: { '200': { description: ok } }
`;

async function types(): Promise<string> {
  return (await emittedFiles(SPEC, ['types'])).get('types.gen.ts')!;
}

/** The declaration of `name`, up to the next one. */
function declaration(text: string, name: string): string {
  const start = text.indexOf(`export type ${name} =`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('export type ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

it('groups parameters by where they go, optional unless required, with their descriptions', async () => {
  const request = declaration(await types(), 'PutNoteRequest');
  expect(request).toMatch(/path: \{\nid: string;\n\};/);
  expect(request).toMatch(/query\?: \{\n\/\*\*\n \* Only check\.\n \*\/\ndryRun\?: boolean;\n\};/);
  expect(request).toMatch(/headers\?: \{\n"X-Trace"\?: string;\n\};/);
});

it('types a body of several media types by contentType, the preferred one optional, equal types sharing', async () => {
  const request = declaration(await types(), 'PutNoteRequest');
  expect(request).toContain(`contentType?: "application/json" | "application/merge-patch+json";\nbody: Note;`);
  expect(request).toContain(`contentType: "text/plain";\nbody: string;`);
  // A body the spec does not mark required is optional.
  expect(declaration(await types(), 'PingRequest')).toMatch(/^export type PingRequest = \{\nbody\?: /);
});

it('lists every operation in Operations, with response bodies and typed headers by status', async () => {
  const operations = declaration(await types(), 'Operations');
  expect(operations).toContain('putNote: {\nrequest: PutNoteRequest;');
  // An inline body is written once: in the operation's alias, which the map names.
  expect(operations).toMatch(/"200": Note;\n"409": PutNoteError;/);
  expect(declaration(await types(), 'PutNoteError')).toMatch(/reason\?: string/);
  expect(operations).toMatch(/responseHeaders: \{"200": \{\n"X-Rate-Remaining": number;\nETag\?: string;\n\};\};/);
  expect(operations).toContain('ping: {');
  expect(declaration(await types(), 'PutNoteResponse')).toContain('(Note)');
});

it('writes an inline body in the map where no alias is exactly it, and a reference as it is', async () => {
  const spec = SPEC.replace(
    "'204': { description: pong } }",
    "'204': { description: pong }, '400': { description: bad, content: { application/json: { schema: " +
      "{ type: object, properties: { field: { type: string } } } } } }, '500': { description: down, content: " +
      '{ application/json: { schema: { type: object, properties: { retryIn: { type: number } } } } } } }',
  );
  const text = (await emittedFiles(spec, ['types'])).get('types.gen.ts')!;
  const ping = declaration(text, 'Operations').slice(declaration(text, 'Operations').indexOf('ping: {'));
  // Two error bodies: `PingError` is their union, so each status keeps its own type.
  expect(ping).toMatch(/"400": \{\nfield\?: string;\n\};\n"500": \{\nretryIn\?: number;\n\};/);
  expect(ping).toContain('"204": undefined;');
  expect(declaration(text, 'Operations')).toMatch(/"200": Note;/);
});

it("declares a webhook's payload and says how the API sends it", async () => {
  const text = await types();
  expect(text).toMatch(/Webhook `noteChanged`: the API sends it as a `POST` to the subscriber's URL\./);
  expect(text).toMatch(/export type Webhooks = \{[^]*noteChanged: \{[^]*payload: Note/);
});
