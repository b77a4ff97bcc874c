import type { Kysely } from 'kysely';
import { dialectOf } from '../storage/dialect-of.js';
import type { Database } from '../storage/schema.js';
import { personName } from './people-names.js';
import type { StatusEntry } from './status-entry.js';
import { toStatusUpdate } from './status-repository.js';

/** Ids per statement: well under both drivers' parameter limits. */
const chunkSize = 500;

const columns = [
  's.id',
  's.measure_id',
  's.seq',
  's.status',
  's.comment',
  's.forecast_date',
  's.indicator_values_json',
  's.recorded_by',
  's.on_behalf_of',
  's.recorded_as',
  's.recorded_at',
  's.plan_revision',
  's.source',
  'by.display_name as by_name',
  'by.email as by_email',
  'for.display_name as for_name',
  'for.email as for_email',
] as const;

/**
 * The latest status (highest seq) of each of these measures, with the names
 * of who recorded it and for whom; measures without one are absent. With
 * `before` (an ISO instant), the latest recorded before it ("as of" views).
 * One statement per 500 ids, one index seek per measure: the (measure_id,
 * seq) index is walked from the top to the first row before the cutoff.
 * PostgreSQL does it as a LATERAL … LIMIT 1 per measure, SQLite as a
 * correlated ORDER BY … LIMIT 1. The one such query: the status cards, the
 * overview, the committee report and the reminders all ask it.
 */
export async function latestStatuses(db: Kysely<Database>, measureIds: readonly string[], options: { before?: string } = {}): Promise<Map<string, StatusEntry>> {
  const latest = new Map<string, StatusEntry>();
  const postgres = dialectOf(db) === 'postgres';
  for (let i = 0; i < measureIds.length; i += chunkSize) {
    const ids = measureIds.slice(i, i + chunkSize);
    const rows = await (postgres ? latestLateral(db, ids, options.before) : latestCorrelated(db, ids, options.before)).execute();
    for (const row of rows) {
      latest.set(row.measure_id, {
        ...toStatusUpdate(row),
        recordedByName: personName({ displayName: row.by_name, email: row.by_email }),
        onBehalfOfName: row.on_behalf_of ? personName({ displayName: row.for_name, email: row.for_email }) : null,
      });
    }
  }
  return latest;
}

function latestLateral(db: Kysely<Database>, ids: readonly string[], before: string | undefined) {
  return db
    .selectFrom('measures as m')
    .innerJoinLateral(
      (eb) => {
        let newest = eb.selectFrom('status_updates as l').selectAll('l').whereRef('l.measure_id', '=', 'm.id');
        if (before !== undefined) newest = newest.where('l.recorded_at', '<', before);
        return newest.orderBy('l.seq', 'desc').limit(1).as('s');
      },
      (join) => join.onTrue(),
    )
    .leftJoin('people as by', 'by.id', 's.recorded_by')
    .leftJoin('people as for', 'for.id', 's.on_behalf_of')
    .select(columns)
    .where('m.id', 'in', ids);
}

function latestCorrelated(db: Kysely<Database>, ids: readonly string[], before: string | undefined) {
  return db
    .selectFrom('measures as m')
    .innerJoin('status_updates as s', (join) =>
      join.onRef('s.measure_id', '=', 'm.id').on('s.seq', '=', (eb) => {
        let newest = eb.selectFrom('status_updates as l').select('l.seq').whereRef('l.measure_id', '=', 'm.id');
        if (before !== undefined) newest = newest.where('l.recorded_at', '<', before);
        return newest.orderBy('l.seq', 'desc').limit(1);
      }),
    )
    .leftJoin('people as by', 'by.id', 's.recorded_by')
    .leftJoin('people as for', 'for.id', 's.on_behalf_of')
    .select(columns)
    .where('m.id', 'in', ids);
}
