import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { StatusUpdatesTable } from '../storage/tables/status-tables.js';
import type { RecordedAs, StatusSource, StatusUpdate, StatusValue } from './status.js';

/** Maps a status_updates row to the domain type. */
export function toStatusUpdate(row: Omit<Selectable<StatusUpdatesTable>, 'idempotency_key'>): StatusUpdate {
  return {
    id: row.id,
    measureId: row.measure_id,
    seq: Number(row.seq),
    status: row.status as StatusValue,
    comment: row.comment,
    forecastDate: row.forecast_date,
    indicatorValues: row.indicator_values_json ? (JSON.parse(row.indicator_values_json) as Record<string, string>) : null,
    recordedBy: row.recorded_by,
    onBehalfOf: row.on_behalf_of,
    recordedAs: row.recorded_as as RecordedAs,
    recordedAt: row.recorded_at,
    planRevision: Number(row.plan_revision),
    source: row.source as StatusSource,
  };
}

/** Appends one row to the history. Fails on a taken (measure, seq) or idempotency key. */
export async function insertStatusUpdate(db: Kysely<Database>, update: StatusUpdate, idempotencyKey: string): Promise<void> {
  const row: Insertable<StatusUpdatesTable> = {
    id: update.id,
    measure_id: update.measureId,
    seq: update.seq,
    status: update.status,
    comment: update.comment,
    forecast_date: update.forecastDate,
    indicator_values_json: update.indicatorValues ? JSON.stringify(update.indicatorValues) : null,
    recorded_by: update.recordedBy,
    on_behalf_of: update.onBehalfOf,
    recorded_as: update.recordedAs,
    recorded_at: update.recordedAt,
    plan_revision: update.planRevision,
    source: update.source,
    idempotency_key: idempotencyKey,
  };
  await db.insertInto('status_updates').values(row).execute();
}

/** The row a submit with this idempotency key created, if any. */
export async function findStatusByIdempotencyKey(db: Kysely<Database>, key: string): Promise<StatusUpdate | undefined> {
  const row = await db.selectFrom('status_updates').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  return row ? toStatusUpdate(row) : undefined;
}

/**
 * The row a submit with this idempotency key created (if any) and the
 * measure's latest status (if any), in one statement: what every status
 * submit checks before it writes.
 */
export async function submissionAndLatest(
  db: Kysely<Database>,
  key: string,
  measureId: string,
): Promise<{ existing: StatusUpdate | undefined; latest: StatusUpdate | undefined }> {
  const rows = await db
    .selectFrom('status_updates')
    .selectAll()
    .where('idempotency_key', '=', key)
    .unionAll(
      db
        .selectFrom((eb) => eb.selectFrom('status_updates').selectAll().where('measure_id', '=', measureId).orderBy('seq', 'desc').limit(1).as('latest'))
        .selectAll(),
    )
    .execute();
  const updates = rows.map(toStatusUpdate);
  const latest = updates.filter((u) => u.measureId === measureId).reduce<StatusUpdate | undefined>((a, b) => (a && a.seq >= b.seq ? a : b), undefined);
  return { existing: updates.find((_, i) => rows[i]!.idempotency_key === key), latest };
}

/** A measure's latest status (highest seq), if it has one. */
export async function latestStatus(db: Kysely<Database>, measureId: string): Promise<StatusUpdate | undefined> {
  const row = await db
    .selectFrom('status_updates')
    .selectAll()
    .where('measure_id', '=', measureId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toStatusUpdate(row) : undefined;
}

/** A measure's history, newest first, and how many rows it has in all. */
export async function statusHistoryPage(
  db: Kysely<Database>,
  measureId: string,
  limit: number,
): Promise<{ updates: StatusUpdate[]; total: number }> {
  const rows = await db
    .selectFrom('status_updates')
    .selectAll()
    .where('measure_id', '=', measureId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  const count = await db
    .selectFrom('status_updates')
    .select((e) => e.fn.countAll<string | number>().as('n'))
    .where('measure_id', '=', measureId)
    .executeTakeFirstOrThrow();
  return { updates: rows.map(toStatusUpdate), total: Number(count.n) };
}

/** True when a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
