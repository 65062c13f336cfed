/**
 * Copies one Journyx user custom field into one Clockify user custom field, matching users by
 * e-mail. Pages through every user on both sides, honours rate limits (the clients retry 429 with
 * `Retry-After`; the Clockify client's `rateLimit` keeps us under its per-second limit), and with
 * `dryRun` reports what it would change without writing.
 *
 * Values are converted to the Clockify field's type (`convert.ts`): Journyx's `"5"` goes into a
 * NUMBER field as `5`, a Journyx DATE `20240115` as `2024-01-15`. An empty Journyx value clears the
 * Clockify one. Both clients validate every response, so a server that answers something other
 * than its spec says stops the run instead of corrupting data.
 */
import {
  createClient as createClockify,
  type CustomFieldDtoV1,
  type CustomFieldValue,
  type UserDtoV1,
} from '@specforge-generated/clockify';
import { createClient as createJournyx, type User } from '@specforge-generated/journyx';
import { sameValue, toClockifyValue } from './convert.js';

export interface SyncOptions {
  /** Basic auth: `password` may be (and for SSO sites must be) an API key. */
  readonly journyx: { readonly baseUrl: string; readonly username: string; readonly password: string };
  readonly clockify: { readonly baseUrl?: string; readonly apiKey: string; readonly workspaceId: string };
  /** Journyx custom field key (definition ID or alias such as `users_email`). */
  readonly journyxField: string;
  /** Clockify custom field ID to write. */
  readonly clockifyFieldId: string;
  readonly dryRun?: boolean;
  /** Stop after this many pages on each side (default: all). */
  readonly maxPages?: number;
  /** Clockify users per page (default 200). */
  readonly pageSize?: number;
  /** Clockify requests per second (default 10; the documented limit is 50 per add-on per workspace). */
  readonly requestsPerSecond?: number;
  readonly log?: (line: string) => void;
}

export interface SyncReport {
  readonly journyxUsers: number;
  readonly clockifyUsers: number;
  readonly matched: number;
  readonly updated: readonly { readonly email: string; readonly userId: string; readonly value: CustomFieldValue }[];
  readonly unchanged: number;
  /** Users whose value could not be converted for the Clockify field, and why. */
  readonly skipped: readonly { readonly email: string; readonly reason: string }[];
}

function emailOf(user: User): string | undefined {
  const alias = user.custom_fields?.['users_email']?.value;
  const email = user.email ?? alias ?? (user.user_login.includes('@') ? user.user_login : undefined);
  return email?.trim().toLowerCase() || undefined;
}

/** Runs the sync and returns what it did (or would do, with `dryRun`). */
export async function sync(options: SyncOptions): Promise<SyncReport> {
  const log = options.log ?? (() => undefined);
  const journyx = createJournyx({
    baseUrl: options.journyx.baseUrl,
    auth: { basicAuth: { username: options.journyx.username, password: options.journyx.password } },
    validate: { response: true },
    retry: { retries: 4 },
  });
  const clockify = createClockify({
    ...(options.clockify.baseUrl ? { baseUrl: options.clockify.baseUrl } : {}),
    auth: { ApiKeyAuth: options.clockify.apiKey },
    validate: { response: true },
    retry: { retries: 4 },
    rateLimit: { requestsPerSecond: options.requestsPerSecond ?? 10 },
  });

  // Clockify: the target field's type and options decide how values are converted.
  const fields = await clockify.listCustomFields({ path: { workspaceId: options.clockify.workspaceId } });
  if (fields.error !== undefined) throw new Error(`clockify: listing custom fields failed with HTTP ${fields.status}`);
  const field: CustomFieldDtoV1 | undefined = fields.data.find((f) => f.id === options.clockifyFieldId);
  if (!field)
    throw new Error(
      `clockify: no custom field ${options.clockifyFieldId} in workspace ${options.clockify.workspaceId}`,
    );

  // Journyx: every user with custom fields, page by page.
  const values = new Map<string, { raw: string | null; attrType: string | undefined }>();
  let journyxUsers = 0;
  let pages = 0;
  for await (const page of journyx.paginate.listUsers({ query: { $keys: 'custom_fields', $top: 100 } }).pages()) {
    for (const user of page.results ?? []) {
      journyxUsers++;
      const email = emailOf(user);
      const value = user.custom_fields?.[options.journyxField];
      if (email && value) values.set(email, { raw: value.value ?? null, attrType: value.attr_type });
    }
    if (options.maxPages !== undefined && ++pages >= options.maxPages) break;
  }
  log(`journyx: ${journyxUsers} users, ${values.size} with ${options.journyxField}`);

  // Clockify: every workspace user, with their current custom field values.
  const clockifyUsers: UserDtoV1[] = [];
  pages = 0;
  for await (const page of clockify.paginate
    .listUsersOfWorkspace({
      path: { workspaceId: options.clockify.workspaceId },
      query: { 'page-size': options.pageSize ?? 200 },
    })
    .pages()) {
    clockifyUsers.push(...page);
    if (options.maxPages !== undefined && ++pages >= options.maxPages) break;
  }
  log(`clockify: ${clockifyUsers.length} users`);

  const updated: { email: string; userId: string; value: CustomFieldValue }[] = [];
  const skipped: { email: string; reason: string }[] = [];
  let matched = 0;
  let unchanged = 0;
  for (const user of clockifyUsers) {
    const email = user.email?.trim().toLowerCase();
    if (!email || !user.id || !values.has(email)) continue;
    matched++;
    const { raw, attrType } = values.get(email)!;
    const converted = toClockifyValue(raw, attrType, field);
    if ('skip' in converted) {
      skipped.push({ email, reason: converted.skip });
      log(`skipped ${email}: ${converted.skip}`);
      continue;
    }
    const value = converted.value;
    const current = user.customFields?.find((f) => f.customFieldId === options.clockifyFieldId)?.value;
    if (sameValue(current, value)) {
      unchanged++;
      continue;
    }
    updated.push({ email, userId: user.id, value });
    if (options.dryRun) {
      log(`would set ${email}: ${JSON.stringify(current ?? null)} → ${JSON.stringify(value)}`);
      continue;
    }
    const result = await clockify.upsertUserCustomFieldValue({
      path: { workspaceId: options.clockify.workspaceId, userId: user.id, customFieldId: options.clockifyFieldId },
      body: { value },
    });
    if (result.error !== undefined)
      throw new Error(`clockify: setting ${email} failed with HTTP ${result.status}: ${JSON.stringify(result.error)}`);
    log(`set ${email}: ${JSON.stringify(value)}`);
  }
  return { journyxUsers, clockifyUsers: clockifyUsers.length, matched, updated, unchanged, skipped };
}
