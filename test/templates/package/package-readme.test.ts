/** templates/package/package-readme.ts: the generated package's README, section by section. */
import { expect, it } from 'vitest';
import { emittedFiles } from '../../support/package-files.js';
import { PAGED_SPEC } from '../../support/paged-spec.js';

const WITH_EXTRAS = PAGED_SPEC.replace(
  "info: { title: t, version: '1' }",
  `info: { title: t, version: '1' }
servers: [{ url: 'https://{region}.example.com', variables: { region: { default: eu } } }]
security: [{ key: [] }]
webhooks:
  userGone:
    post:
      summary: A user left
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/User' } } } }
      responses: { '200': { description: ok } }`,
).replace(
  'components:\n  schemas:',
  'components:\n  securitySchemes:\n    key: { type: apiKey, in: header, name: X-Key }\n  schemas:',
);

async function readme(spec = WITH_EXTRAS): Promise<string> {
  return (await emittedFiles(spec, ['client'])).get('README.md')!;
}

it('names the package in its title and imports', async () => {
  const text = await readme();
  expect(text.startsWith('# pkg\n')).toBe(true);
  expect(text).toContain("import { createClient } from 'pkg';");
});

it('lists servers with their variables, and security schemes with where they go', async () => {
  const text = await readme();
  expect(text).toContain('## Servers\n\n- `https://{region}.example.com` (variables: `region` = `eu`)');
  expect(text).toContain('- `key`: apiKey in header `X-Key`');
});

it('lists operations with their routes and notes, the pagination section when one pages, and webhooks', async () => {
  const text = await readme();
  expect(text).toMatch(/- `listUsers` — `GET \/users`.*pages/);
  expect(text).toContain('- `deleteUser` — `DELETE /users/{id}`');
  expect(text).toContain('## Pagination');
  expect(text).toContain('`paginateListUsers(base, request)`');
  expect(text).toContain('- `userGone` — `POST`, payload `UserGoneWebhookPayload`: A user left');
});

it('says when the spec declares no security scheme and no server', async () => {
  const text = await readme(PAGED_SPEC);
  expect(text).toContain('## Authentication\n\nThe spec declares none.');
  expect(text).toContain('- none declared: pass `baseUrl`');
  expect(text).not.toContain('## Webhooks');
});
