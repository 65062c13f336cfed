/** `specforge lint --examples`: a spec's examples checked by the validators generation writes. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../support/cli.js';
import { tempSpecDir } from '../support/fixtures.js';

const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/User' }
            examples:
              fine: { value: { email: a@example.com } }
              sendsId: { value: { id: 1, email: a@example.com } }
              shared: { $ref: '#/components/examples/NoEmail' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/User' }
              example: { id: 1, email: a@example.com }
        '404': { $ref: '#/components/responses/NotFound' }
  /search:
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, required: [q], properties: { q: { type: string, minLength: 1 } } }
            example: { q: '' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { type: integer } }
              example: [1, two]
        '400':
          description: an error body has no validator in the client
          content:
            application/json:
              schema: { type: string }
              example: 400
webhooks:
  userCreated:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/User' }
            example: { id: 7 }
      responses: { '200': { description: ok } }
components:
  examples:
    NoEmail: { value: { id: 2 } }
  responses:
    NotFound:
      description: no such user
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Problem' }
          example: { title: 404 }
  schemas:
    User:
      type: object
      required: [id, email]
      properties:
        id: { type: integer, readOnly: true }
        email: { type: string, format: email }
      example: { id: x, email: a@example.com }
      examples:
        - { id: 2, email: b@example.com }
        - { id: 3, email: not-an-address }
    Problem:
      type: object
      properties: { title: { type: string } }
`;

describe('lint --examples', () => {
  it('warns, at each example, of the ones their schema rejects, in the view the example is for', async () => {
    const dir = tempSpecDir({ 'openapi.yaml': spec });
    const file = path.join(dir, 'openapi.yaml');
    const { code, err, out } = await run(['lint', file, '--examples']);
    expect(code).toBe(0);
    const warnings = err.trim().split('\n');
    expect(warnings).toEqual([
      // A request example may not send the read-only id; the response example may show it.
      expect.stringMatching(
        /openapi\.yaml:12:33: warning: example does not match schema "User": id is read-only and must not be sent$/,
      ),
      // A shared Example Object, reported where it is used.
      expect.stringMatching(
        /openapi\.yaml:13:31: warning: example does not match schema "User": email is required; id is read-only and must not be sent$/,
      ),
      // Inline bodies, checked by the operation's own validators.
      expect.stringMatching(
        /openapi\.yaml:28:22: warning: example does not match the request body of POST \/search: q must have at least 1 characters$/,
      ),
      expect.stringMatching(
        /openapi\.yaml:35:24: warning: example does not match the 200 response body of POST \/search: 1 must be integer$/,
      ),
      // A webhook's payload is what the API sends: its read view, which requires email.
      expect.stringMatching(/openapi\.yaml:49:22: warning: example does not match schema "User": email is required$/),
      expect.stringMatching(
        /openapi\.yaml:60:20: warning: example does not match schema "Problem": title must be string$/,
      ),
      expect.stringMatching(/openapi\.yaml:68:16: warning: example does not match schema "User": id must be integer$/),
      expect.stringMatching(
        /openapi\.yaml:71:11: warning: example does not match schema "User": email must be a valid email$/,
      ),
    ]);
    expect(out).toContain('8 warning(s)');
    // Without --examples, none of this; with --strict, a failure.
    expect((await run(['lint', file])).err).toBe('');
    const strict = await run(['lint', file, '--examples', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/error: example does not match schema "User": id is read-only and must not be sent/);
  });

  it("checks parameters' examples by the parameter's validator, a shared one once", async () => {
    const params = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /users/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string, pattern: '^[0-9]+$' }, example: abc }
    get:
      parameters:
        - { name: limit, in: query, schema: { type: integer, example: 10 }, example: ten }
        - { $ref: '#/components/parameters/Trace' }
        - name: mode
          in: query
          schema: { type: string, enum: [fast, slow], example: quick }
          examples:
            fine: { value: fast }
            shared: { $ref: '#/components/examples/Bad' }
      responses: { '200': { description: ok } }
    delete:
      parameters:
        - { $ref: '#/components/parameters/Trace' }
        - { name: id, in: path, required: true, schema: { type: string }, example: abc }
      responses: { '204': { description: gone } }
components:
  examples:
    Bad: { value: medium }
  parameters:
    Trace: { name: X-Trace, in: header, schema: { type: integer, minimum: 1 }, example: 0 }
`;
    const dir = tempSpecDir({ 'openapi.yaml': params });
    const { code, err } = await run(['lint', path.join(dir, 'openapi.yaml'), '--examples']);
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toEqual([
      // The path item's id, which DELETE redeclares without the pattern: only GET's warns.
      expect.stringMatching(
        /openapi\.yaml:6:103: warning: example does not match parameter "id" \(path\) of GET \/users\/\{id\}: \(root\) must match the pattern \^\[0-9\]\+\$$/,
      ),
      expect.stringMatching(
        /openapi\.yaml:9:86: warning: example does not match parameter "limit" \(query\) of GET \/users\/\{id\}: \(root\) must be integer$/,
      ),
      expect.stringMatching(
        /openapi\.yaml:13:64: warning: example does not match parameter "mode" \(query\) of GET \/users\/\{id\}: \(root\) must be one of: fast, slow$/,
      ),
      expect.stringMatching(
        /openapi\.yaml:16:29: warning: example does not match parameter "mode" \(query\) of GET \/users\/\{id\}: \(root\) must be one of: fast, slow$/,
      ),
      // A shared parameter used by both operations: reported once, where it is written.
      expect.stringMatching(
        /openapi\.yaml:27:89: warning: example does not match parameter "X-Trace" \(header\) of GET \/users\/\{id\}: \(root\) must be >= 1$/,
      ),
    ]);
  });

  it('an example nested deeper than the stack is a warning, not a crash', async () => {
    const deep = `${'['.repeat(5000)}0${']'.repeat(5000)}`;
    const nested = { anyOf: [{ type: 'integer' }, { type: 'array', items: { $ref: '#/components/schemas/N' } }] };
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/N' } },
                  example: 'DEEP',
                },
              },
            },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
      components: { schemas: { N: nested } },
    };
    const dir = tempSpecDir({ 'openapi.json': JSON.stringify(doc).replace('"DEEP"', deep) });
    const { code, err } = await run(['lint', path.join(dir, 'openapi.json'), '--examples']);
    expect(code).toBe(0);
    expect(err).toMatch(
      /warning: example does not match the request body of POST \/a: \(root\) could not be validated: nested too deeply\n$/,
    );
  });

  it('shows control characters of the spec as escapes: one line per warning, nothing for the terminal', async () => {
    const hostile = `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Closed:\n      type: object\n      additionalProperties: false\n      example: { "\\e[2J\\nerror: forged": 1 }\n`;
    const dir = tempSpecDir({ 'openapi.yaml': hostile });
    const { err } = await run(['lint', path.join(dir, 'openapi.yaml'), '--examples']);
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /warning: example does not match schema "Closed": \\u001b\[2J\\u000aerror: forged is not allowed \(additionalProperties\)$/,
      ),
    ]);
  });
});
