#!/usr/bin/env -S npx tsx
/**
 * timesheets-to-clockify: copy a week of Journyx time sheets into Clockify time entries.
 *
 *   JOURNYX_PASSWORD=… CLOCKIFY_API_KEY=… npx tsx examples/timesheets-to-clockify/main.ts \
 *     --journyx-url https://example.apps.journyx.com/api/v1 --journyx-user jsmith \
 *     --workspace 64a687e29ae1f428e7ebe303 --week 2025-11-03 --dry-run
 *
 * Signs in to Journyx with a cookie session (the password may be an API key), and signs out at the
 * end. Running it twice creates nothing twice.
 */
import { parseArgs } from 'node:util';
import { signInWithSession } from './session.js';
import { syncWeek } from './sync-week.js';

const { values } = parseArgs({
  options: {
    'journyx-url': { type: 'string' },
    'journyx-user': { type: 'string' },
    'clockify-url': { type: 'string' },
    workspace: { type: 'string' },
    week: { type: 'string' },
    'day-start': { type: 'string' },
    prune: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    rps: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const required = ['journyx-url', 'journyx-user', 'workspace', 'week'] as const;
const missing = required.filter((k) => !values[k]);
const password = process.env['JOURNYX_PASSWORD'];
const apiKey = process.env['CLOCKIFY_API_KEY'];
if (values.help || missing.length || !password || !apiKey) {
  console.error(
    `usage: main.ts ${required.map((k) => `--${k} …`).join(' ')} ` +
      '[--clockify-url …] [--day-start HH:MM] [--prune] [--dry-run] [--rps n]',
  );
  console.error('environment: JOURNYX_PASSWORD (password or API key), CLOCKIFY_API_KEY');
  process.exit(values.help ? 0 : 2);
}

const session = await signInWithSession({
  baseUrl: values['journyx-url']!,
  username: values['journyx-user']!,
  password,
});
try {
  const report = await syncWeek({
    journyx: session.client,
    clockify: {
      ...(values['clockify-url'] ? { baseUrl: values['clockify-url'] } : {}),
      apiKey,
      workspaceId: values.workspace!,
    },
    weekStart: values.week!,
    ...(values['day-start'] ? { dayStart: values['day-start'] } : {}),
    prune: values.prune ?? false,
    dryRun: values['dry-run'] ?? false,
    ...(values.rps ? { requestsPerSecond: Number(values.rps) } : {}),
    log: (line) => console.log(line),
  });
  for (const line of report.skipped) console.warn(`skipped: ${line}`);
  const verb = values['dry-run'] ? 'to ' : '';
  console.log(
    `${report.sheets} sheets: ${report.created.length} ${verb}create, ${report.updated.length} ${verb}update, ` +
      `${report.unchanged} unchanged, ${report.stale.length} stale` +
      (values.prune ? ` (${report.deleted.length} deleted)` : ''),
  );
} finally {
  await session.signOut();
}
