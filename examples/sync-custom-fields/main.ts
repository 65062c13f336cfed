#!/usr/bin/env -S npx tsx
/**
 * sync-custom-fields: copy a Journyx user custom field into a Clockify user custom field.
 *
 * Journyx is read with HTTP Basic: give the user's login and, in JOURNYX_PASSWORD, the password or
 * (on SSO sites, or for an unattended job) an API key generated for that user.
 *
 *   JOURNYX_PASSWORD=… CLOCKIFY_API_KEY=… npx tsx examples/sync-custom-fields/main.ts \
 *     --journyx-url https://example.apps.journyx.com/api/v1 --journyx-user jsmith \
 *     --workspace 64a687e29ae1f428e7ebe303 --journyx-field C41B2DDA662F4EF6B730F9CB6DB04696 \
 *     --clockify-field 5e4117fe8c625f38930d57b7 --dry-run
 */
import { parseArgs } from 'node:util';
import { sync } from './sync.js';

const { values } = parseArgs({
  options: {
    'journyx-url': { type: 'string' },
    'journyx-user': { type: 'string' },
    'clockify-url': { type: 'string' },
    workspace: { type: 'string' },
    'journyx-field': { type: 'string' },
    'clockify-field': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'max-pages': { type: 'string' },
    rps: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const required = ['journyx-url', 'journyx-user', 'workspace', 'journyx-field', 'clockify-field'] as const;
const missing = required.filter((k) => !values[k]);
const password = process.env['JOURNYX_PASSWORD'];
const apiKey = process.env['CLOCKIFY_API_KEY'];
if (values.help || missing.length || !password || !apiKey) {
  console.error(
    `usage: main.ts ${required.map((k) => `--${k} …`).join(' ')} ` +
      '[--clockify-url …] [--dry-run] [--max-pages n] [--rps n]',
  );
  console.error('environment: JOURNYX_PASSWORD (password or API key), CLOCKIFY_API_KEY');
  process.exit(values.help ? 0 : 2);
}

const report = await sync({
  journyx: { baseUrl: values['journyx-url']!, username: values['journyx-user']!, password },
  clockify: {
    ...(values['clockify-url'] ? { baseUrl: values['clockify-url'] } : {}),
    apiKey,
    workspaceId: values.workspace!,
  },
  journyxField: values['journyx-field']!,
  clockifyFieldId: values['clockify-field']!,
  dryRun: values['dry-run'] ?? false,
  ...(values['max-pages'] ? { maxPages: Number(values['max-pages']) } : {}),
  ...(values.rps ? { requestsPerSecond: Number(values.rps) } : {}),
  log: (line) => console.log(line),
});
for (const { email, reason } of report.skipped) console.warn(`skipped ${email}: ${reason}`);
console.log(
  `${report.matched} matched, ${report.updated.length} ${values['dry-run'] ? 'to update' : 'updated'}, ` +
    `${report.unchanged} unchanged, ${report.skipped.length} skipped`,
);
