import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import type { Database } from '../storage/schema.js';
import type { StatusEntry as NamedStatusUpdate } from '../status/status-entry.js';
import type { StatusValue } from '../status/status.js';
import type { StatusEntry } from './overview-types.js';

/** Ids per query: well under both drivers' parameter limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

const historyColumns = [
  's.measure_id',
  's.seq',
  's.status',
  's.comment',
  's.forecast_date',
  's.indicator_values_json',
  's.recorded_at',
  's.recorded_by',
  's.on_behalf_of',
  's.plan_revision',
  'by.display_name as by_name',
  'by.email as by_email',
  'for.display_name as for_name',
  'for.email as for_email',
] as const;

function historyQuery(db: Kysely<Database>) {
  return db
    .selectFrom('status_updates as s')
    .leftJoin('people as by', 'by.id', 's.recorded_by')
    .leftJoin('people as for', 'for.id', 's.on_behalf_of')
    .select(historyColumns);
}

type HistoryRow = Awaited<ReturnType<ReturnType<typeof historyQuery>['execute']>>[number];

function nameOf(name: string | null, email: string | null): string {
  return name?.trim() || email || '–';
}

function toEntry(row: HistoryRow, timeZone: string): StatusEntry & { measureId: string } {
  return {
    measureId: row.measure_id,
    seq: row.seq,
    status: row.status as StatusValue,
    comment: row.comment,
    forecastDate: row.forecast_date,
    indicatorValues: row.indicator_values_json ? (JSON.parse(row.indicator_values_json) as Record<string, string>) : null,
    recordedAt: row.recorded_at,
    recordedOn: localDate(new Date(row.recorded_at), timeZone),
    recordedBy: { id: row.recorded_by, name: nameOf(row.by_name, row.by_email) },
    onBehalfOf: row.on_behalf_of ? { id: row.on_behalf_of, name: nameOf(row.for_name, row.for_email) } : null,
    planRevision: row.plan_revision,
  };
}

/** A latest status (from `latestStatuses` in src/status) as the overview shows it: the day it was recorded in the organisation's zone. */
export function overviewEntry(update: NamedStatusUpdate, timeZone: string): StatusEntry {
  return {
    seq: update.seq,
    status: update.status,
    comment: update.comment,
    forecastDate: update.forecastDate,
    indicatorValues: update.indicatorValues,
    recordedAt: update.recordedAt,
    recordedOn: localDate(new Date(update.recordedAt), timeZone),
    recordedBy: { id: update.recordedBy, name: update.recordedByName },
    onBehalfOf: update.onBehalfOf ? { id: update.onBehalfOf, name: update.onBehalfOfName ?? '–' } : null,
    planRevision: update.planRevision,
  };
}

/**
 * The newest `limit` updates among the measures, recorded before the cutoff,
 * newest first. The newest rows are picked from the index alone; only those
 * few are joined to the people who recorded them.
 */
export async function recentUpdates(
  db: Kysely<Database>,
  measureIds: readonly string[],
  cutoffIso: string,
  timeZone: string,
  limit: number,
): Promise<Array<StatusEntry & { measureId: string }>> {
  return (await recentUpdatesOfGroups(db, [measureIds], cutoffIso, timeZone, limit))[0]!;
}

/**
 * recentUpdates for several groups of measures (one group per plan) in two
 * statements whatever the number of groups: the newest rows of every group
 * from the index alone (a UNION ALL of one LIMIT per group), then those few
 * rows with names. A measure belongs to one group.
 */
export async function recentUpdatesOfGroups(
  db: Kysely<Database>,
  groups: ReadonlyArray<readonly string[]>,
  cutoffIso: string,
  timeZone: string,
  limit: number,
): Promise<Array<Array<StatusEntry & { measureId: string }>>> {
  const parts = groups.flatMap((ids) => chunks(ids)).filter((ids) => ids.length > 0);
  const groupOf = new Map<string, number>();
  groups.forEach((ids, g) => ids.forEach((id) => groupOf.set(id, g)));
  const out = groups.map(() => [] as Array<StatusEntry & { measureId: string }>);
  if (parts.length === 0) return out;
  const newestOf = (ids: readonly string[]) =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('status_updates')
          .select(['measure_id', 'seq'])
          .where('measure_id', 'in', ids)
          .where('recorded_at', '<', cutoffIso)
          .orderBy('recorded_at', 'desc')
          .orderBy('seq', 'desc')
          .limit(limit)
          .as('n'),
      )
      .selectAll();
  const [first, ...rest] = parts;
  const newest = await rest.reduce((query, ids) => query.unionAll(newestOf(ids)), newestOf(first!)).execute();
  if (newest.length === 0) return out;
  const rows: HistoryRow[] = [];
  for (let i = 0; i < newest.length; i += chunkSize) {
    const pairs = newest.slice(i, i + chunkSize);
    rows.push(...(await historyQuery(db).where((eb) => eb.or(pairs.map((n) => eb.and([eb('s.measure_id', '=', n.measure_id), eb('s.seq', '=', n.seq)])))).execute()));
  }
  for (const row of rows) out[groupOf.get(row.measure_id)!]!.push(toEntry(row, timeZone));
  return out.map((found) => found.sort((a, b) => (a.recordedAt === b.recordedAt ? b.seq - a.seq : a.recordedAt < b.recordedAt ? 1 : -1)).slice(0, limit));
}

/** A measure's whole history before the cutoff, newest first. */
export async function measureHistory(db: Kysely<Database>, measureId: string, cutoffIso: string, timeZone: string): Promise<StatusEntry[]> {
  const rows = await historyQuery(db).where('s.measure_id', '=', measureId).where('s.recorded_at', '<', cutoffIso).orderBy('s.seq', 'desc').execute();
  return rows.map((r) => toEntry(r, timeZone));
}

/** Every status change of the measures before the cutoff, oldest first, lean (for charts and reports). */
export async function statusChanges(
  db: Kysely<Database>,
  measureIds: readonly string[],
  cutoffIso: string,
): Promise<Array<{ measureId: string; seq: number; status: StatusValue; recordedAt: string }>> {
  const out: Array<{ measureId: string; seq: number; status: StatusValue; recordedAt: string }> = [];
  for (const ids of chunks(measureIds)) {
    const rows = await db
      .selectFrom('status_updates')
      .select(['measure_id', 'seq', 'status', 'recorded_at'])
      .where('measure_id', 'in', ids)
      .where('recorded_at', '<', cutoffIso)
      .execute();
    out.push(...rows.map((r) => ({ measureId: r.measure_id, seq: r.seq, status: r.status as StatusValue, recordedAt: r.recorded_at })));
  }
  return out.sort((a, b) => (a.recordedAt === b.recordedAt ? a.seq - b.seq : a.recordedAt < b.recordedAt ? -1 : 1));
}

/** Whole histories of many measures before the cutoff, newest first per measure (for the report's appendix). */
export async function histories(
  db: Kysely<Database>,
  measureIds: readonly string[],
  cutoffIso: string,
  timeZone: string,
): Promise<Map<string, StatusEntry[]>> {
  const byMeasure = new Map<string, StatusEntry[]>();
  for (const ids of chunks(measureIds)) {
    const rows = await historyQuery(db).where('s.measure_id', 'in', ids).where('s.recorded_at', '<', cutoffIso).orderBy('s.seq', 'desc').execute();
    for (const row of rows) {
      let list = byMeasure.get(row.measure_id);
      if (!list) byMeasure.set(row.measure_id, (list = []));
      list.push(toEntry(row, timeZone));
    }
  }
  return byMeasure;
}
