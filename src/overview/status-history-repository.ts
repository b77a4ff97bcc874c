import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import type { Database } from '../storage/schema.js';
import type { StatusValue } from '../status/status.js';
import type { StatusEntry } from './overview-types.js';

/** Ids per query: well under both drivers' parameter limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

function historyQuery(db: Kysely<Database>) {
  return db
    .selectFrom('status_updates as s')
    .leftJoin('people as by', 'by.id', 's.recorded_by')
    .leftJoin('people as for', 'for.id', 's.on_behalf_of')
    .select([
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
    ]);
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

/**
 * The latest status of each measure recorded before `cutoffIso`. The inner
 * query reads only the (measure_id, recorded_at, seq) index.
 */
export async function latestStatuses(
  db: Kysely<Database>,
  measureIds: readonly string[],
  cutoffIso: string,
  timeZone: string,
): Promise<Map<string, StatusEntry>> {
  const latest = new Map<string, StatusEntry>();
  for (const ids of chunks(measureIds)) {
    const rows = await historyQuery(db)
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('status_updates')
            .select(['measure_id', (e) => e.fn.max('seq').as('max_seq')])
            .where('measure_id', 'in', ids)
            .where('recorded_at', '<', cutoffIso)
            .groupBy('measure_id')
            .as('l'),
        (join) => join.onRef('l.measure_id', '=', 's.measure_id').onRef('l.max_seq', '=', 's.seq'),
      )
      // Repeated on the outer rows so PostgreSQL seeks them by (measure_id, seq) instead of scanning the table.
      .where('s.measure_id', 'in', ids)
      .execute();
    for (const row of rows) latest.set(row.measure_id, toEntry(row, timeZone));
  }
  return latest;
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
  const found: Array<StatusEntry & { measureId: string }> = [];
  for (const ids of chunks(measureIds)) {
    const newest = await db
      .selectFrom('status_updates')
      .select(['measure_id', 'seq'])
      .where('measure_id', 'in', ids)
      .where('recorded_at', '<', cutoffIso)
      .orderBy('recorded_at', 'desc')
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    if (newest.length === 0) continue;
    const rows = await historyQuery(db)
      .where((eb) => eb.or(newest.map((n) => eb.and([eb('s.measure_id', '=', n.measure_id), eb('s.seq', '=', n.seq)]))))
      .execute();
    found.push(...rows.map((r) => toEntry(r, timeZone)));
  }
  return found.sort((a, b) => (a.recordedAt === b.recordedAt ? b.seq - a.seq : a.recordedAt < b.recordedAt ? 1 : -1)).slice(0, limit);
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
