/**
 * Copies a week of Journyx time sheets into Clockify time entries.
 *
 * Each day's hours on a sheet row become one Clockify time entry for the same person (matched by
 * e-mail) on the project of the same name. The entry's description ends with a marker naming the
 * sheet, the row and the day (`[jx:…]`), so a re-run finds what it made before: it creates nothing
 * twice, corrects entries whose hours or project changed in Journyx, and with `prune` deletes the
 * ones whose Journyx row is gone. Entries of a day are laid end to end from `dayStart`, in a fixed
 * order, so the same sheets always give the same times.
 */
import { createHash } from 'node:crypto';
import { createClient as createClockify } from '@specforge-generated/clockify';
import type { Client as JournyxClient, EntrySheet, EntrySheetRow } from '@specforge-generated/journyx';

export interface WeekSyncOptions {
  /** A signed-in Journyx client (see `session.ts`). */
  readonly journyx: JournyxClient;
  readonly clockify: { readonly baseUrl?: string; readonly apiKey: string; readonly workspaceId: string };
  /** The week's first day, `YYYY-MM-DD`; seven days are copied. */
  readonly weekStart: string;
  /** When each day's entries start, `HH:MM` in UTC (default `09:00`). */
  readonly dayStart?: string;
  /** Delete entries this sync made whose Journyx row is gone (default: only report them). */
  readonly prune?: boolean;
  readonly dryRun?: boolean;
  /** Clockify requests per second (default 10). */
  readonly requestsPerSecond?: number;
  /** Stop after this many pages of Journyx sheets (default: all). */
  readonly maxPages?: number;
  readonly log?: (line: string) => void;
}

/** One Clockify time entry this sync wants. */
export interface PlannedEntry {
  readonly marker: string;
  readonly email: string;
  readonly userId: string;
  readonly projectId: string;
  readonly date: string;
  readonly hours: number;
  readonly description: string;
  readonly start: string;
  readonly end: string;
}

export interface WeekSyncReport {
  readonly sheets: number;
  readonly created: readonly PlannedEntry[];
  readonly updated: readonly PlannedEntry[];
  readonly unchanged: number;
  readonly deleted: readonly string[];
  /** Entries this sync made whose Journyx row is gone (deleted only with `prune`). */
  readonly stale: readonly string[];
  /** Rows that could not be copied, and why. */
  readonly skipped: readonly string[];
}

const MARKER = /\[jx:([0-9a-f]{16})\]$/;
const DAY_MS = 86_400_000;

/** The seven `YYYYMMDD` days from `weekStart`. */
export function weekDays(weekStart: string): string[] {
  const first = Date.parse(`${weekStart}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStart) || Number.isNaN(first))
    throw new Error(`weekStart must be YYYY-MM-DD, not ${weekStart}`);
  return Array.from({ length: 7 }, (_, i) =>
    new Date(first + i * DAY_MS).toISOString().slice(0, 10).replaceAll('-', ''),
  );
}

/** A Journyx `YYYYMMDD` day as Clockify's `YYYY-MM-DD`. */
export const isoDay = (f8: string) => `${f8.slice(0, 4)}-${f8.slice(4, 6)}-${f8.slice(6, 8)}`;

/** A stable marker for one day of one row: the row is named by its columns, not its position. */
export function markerOf(sheetId: string, row: EntrySheetRow, occurrence: number, day: string): string {
  const columns = [
    'project',
    'code0',
    'code1',
    'code2',
    'code3',
    'code4',
    'code5',
    'code6',
    'comment',
    'text2',
    'text3',
  ] as const;
  const key = [sheetId, ...columns.map((c) => row[c] ?? ''), occurrence, day].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Every sheet of the week, whatever the server's `$filter` support: sheets are also checked here. */
async function sheetsOfWeek(
  journyx: JournyxClient,
  days: readonly string[],
  maxPages = Infinity,
): Promise<EntrySheet[]> {
  const sheets: EntrySheet[] = [];
  const filter = `dates intersects [${days.map((d) => `"${d}"`).join(',')}]`;
  let pages = 0;
  for await (const page of journyx.paginate.listTimeSheets({ query: { $filter: filter, $top: 100 } }).pages()) {
    sheets.push(...(page.results ?? []).filter((sheet) => sheet.dates?.some((d) => days.includes(d))));
    if (++pages >= maxPages) break;
  }
  return sheets;
}

/** Runs the sync and returns what it did (or, with `dryRun`, would do). */
export async function syncWeek(options: WeekSyncOptions): Promise<WeekSyncReport> {
  const log = options.log ?? (() => undefined);
  const { journyx } = options;
  const workspaceId = options.clockify.workspaceId;
  const clockify = createClockify({
    ...(options.clockify.baseUrl ? { baseUrl: options.clockify.baseUrl } : {}),
    auth: { ApiKeyAuth: options.clockify.apiKey },
    validate: { response: true },
    retry: { retries: 4 },
    rateLimit: { requestsPerSecond: options.requestsPerSecond ?? 10 },
  });
  const days = weekDays(options.weekStart);
  const [hour, minute] = (options.dayStart ?? '09:00').split(':').map(Number);
  const skipped: string[] = [];

  // Who and what, on each side: Clockify users by e-mail, projects by name.
  const clockifyUsers = new Map<string, string>();
  for await (const user of clockify.paginate.listUsersOfWorkspace({
    path: { workspaceId },
    query: { 'page-size': 200 },
  })) {
    if (user.email && user.id) clockifyUsers.set(user.email.trim().toLowerCase(), user.id);
  }
  const clockifyProjects = new Map<string, string>();
  for await (const project of clockify.paginate.listProjects({ path: { workspaceId }, query: { 'page-size': 200 } })) {
    if (project.name) clockifyProjects.set(project.name, project.id);
  }
  const emails = new Map<string, string | undefined>();
  const emailOf = async (userId: string) => {
    if (!emails.has(userId)) {
      const r = await journyx.getUser({ path: { userId }, query: { $keys: 'custom_fields' } });
      const u = r.error === undefined ? r.data.results : undefined;
      const email =
        u?.email ??
        u?.custom_fields?.['users_email']?.value ??
        (u?.user_login.includes('@') ? u.user_login : undefined);
      emails.set(userId, email?.trim().toLowerCase() || undefined);
    }
    return emails.get(userId);
  };
  const projectNames = new Map<string, string | undefined>();
  const projectNameOf = async (projectId: string) => {
    if (!projectNames.has(projectId)) {
      const r = await journyx.getProject({ path: { projectId } });
      projectNames.set(projectId, r.error === undefined ? r.data.results?.pname : undefined);
    }
    return projectNames.get(projectId);
  };

  // What Journyx says: one planned entry per row and day with hours.
  const sheets = await sheetsOfWeek(journyx, days, options.maxPages);
  const planned: Omit<PlannedEntry, 'start' | 'end'>[] = [];
  const involved = new Set<string>();
  for (const sheet of sheets) {
    const sheetId = sheet.id_sheet ?? sheet.id;
    const email = sheet.id_user ? await emailOf(sheet.id_user) : undefined;
    const userId = email && clockifyUsers.get(email);
    if (!sheetId || !email || !userId) {
      skipped.push(`sheet ${sheetId ?? '?'}: ${email ? `no Clockify user ${email}` : 'owner has no e-mail'}`);
      continue;
    }
    involved.add(userId);
    const seen = new Map<string, number>();
    for (const row of sheet.rows ?? []) {
      const columns = JSON.stringify([
        row.project,
        row.code0,
        row.code1,
        row.code2,
        row.code3,
        row.code4,
        row.code5,
        row.code6,
        row.comment,
      ]);
      const occurrence = seen.get(columns) ?? 0;
      seen.set(columns, occurrence + 1);
      const name = row.project ? await projectNameOf(row.project) : undefined;
      const projectId = name !== undefined ? clockifyProjects.get(name) : undefined;
      if (!projectId) {
        skipped.push(
          `sheet ${sheetId} row ${row.project ?? '(no project)'}: ` +
            `no Clockify project named ${JSON.stringify(name ?? null)}`,
        );
        continue;
      }
      for (const day of days) {
        const hours = row.cells?.[day]?.amount ?? 0;
        if (!(hours > 0)) continue;
        const marker = markerOf(sheetId, row, occurrence, day);
        const description = `${row.comment || name} [jx:${marker}]`;
        planned.push({ marker, email, userId, projectId, date: day, hours, description });
      }
    }
  }

  // Laid end to end per person and day, in marker order: the same input always gives the same times.
  planned.sort(
    (a, b) => a.userId.localeCompare(b.userId) || a.date.localeCompare(b.date) || a.marker.localeCompare(b.marker),
  );
  const entries: PlannedEntry[] = [];
  let cursor = 0;
  for (const [i, p] of planned.entries()) {
    const previous = planned[i - 1];
    if (!previous || previous.userId !== p.userId || previous.date !== p.date)
      cursor = Date.parse(`${isoDay(p.date)}T00:00:00Z`) + ((hour ?? 9) * 60 + (minute ?? 0)) * 60_000;
    const end = cursor + Math.round(p.hours * 3_600_000);
    entries.push({
      ...p,
      start: new Date(cursor).toISOString().replace('.000Z', 'Z'),
      end: new Date(end).toISOString().replace('.000Z', 'Z'),
    });
    cursor = end;
  }
  log(`journyx: ${sheets.length} sheets, ${entries.length} entries to have in clockify`);

  // What Clockify has: the entries an earlier run made, found by their marker.
  const existing = new Map<
    string,
    { id: string; start?: string | null; end?: string | null; projectId?: string | null; description?: string | null }
  >();
  const weekStart = `${options.weekStart}T00:00:00Z`;
  const weekEnd = new Date(Date.parse(weekStart) + 7 * DAY_MS).toISOString().replace('.000Z', 'Z');
  for (const userId of [...involved].sort()) {
    for await (const entry of clockify.paginate.listTimeEntriesOfUser({
      path: { workspaceId, userId },
      query: { start: weekStart, end: weekEnd, 'page-size': 200 },
    })) {
      const marker = MARKER.exec(entry.description ?? '')?.[1];
      if (marker)
        existing.set(marker, {
          id: entry.id,
          start: entry.timeInterval?.start,
          end: entry.timeInterval?.end,
          projectId: entry.projectId,
          description: entry.description,
        });
    }
  }

  const created: PlannedEntry[] = [];
  const updated: PlannedEntry[] = [];
  let unchanged = 0;
  const sameTime = (a: string | null | undefined, b: string) => a != null && Date.parse(a) === Date.parse(b);
  for (const entry of entries) {
    const body = { start: entry.start, end: entry.end, projectId: entry.projectId, description: entry.description };
    const found = existing.get(entry.marker);
    existing.delete(entry.marker);
    if (
      found &&
      sameTime(found.start, entry.start) &&
      sameTime(found.end, entry.end) &&
      found.projectId === entry.projectId &&
      found.description === entry.description
    ) {
      unchanged++;
      continue;
    }
    (found ? updated : created).push(entry);
    if (options.dryRun) {
      log(`would ${found ? 'update' : 'create'} ${entry.email} ${isoDay(entry.date)} ${entry.hours} h`);
      continue;
    }
    const result = found
      ? await clockify.updateTimeEntry({ path: { workspaceId, id: found.id }, body })
      : await clockify.createTimeEntryForUser({ path: { workspaceId, userId: entry.userId }, body });
    if (result.error !== undefined)
      throw new Error(
        `clockify: ${found ? 'updating' : 'creating'} ${entry.email} ${entry.date} failed with HTTP ${result.status}`,
      );
    log(`${found ? 'updated' : 'created'} ${entry.email} ${isoDay(entry.date)} ${entry.hours} h`);
  }

  // Left over: entries of ours whose Journyx row is gone.
  const stale = [...existing.values()].map((e) => e.id);
  const deleted: string[] = [];
  if (options.prune && !options.dryRun) {
    for (const id of stale) {
      const result = await clockify.deleteTimeEntry({ path: { workspaceId, id } });
      if (result.error !== undefined) throw new Error(`clockify: deleting ${id} failed with HTTP ${result.status}`);
      deleted.push(id);
    }
  }
  return { sheets: sheets.length, created, updated, unchanged, deleted, stale, skipped };
}
