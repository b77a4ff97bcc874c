import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';
import type { StatusValue } from '../../src/status/status.js';

/** One status row as the status feature would append it. */
export interface SeededStatus {
  measureId: string;
  status: StatusValue;
  /** ISO instant. */
  at: string;
  by: string;
  onBehalfOf?: string;
  comment?: string;
  forecastDate?: string;
  indicatorValues?: Record<string, string>;
  planRevision?: number;
}

/**
 * Appends status rows straight into the append-only history, numbering each
 * measure's rows in the order given (as the status use case would).
 */
export async function seedStatuses(db: Kysely<Database>, rows: readonly SeededStatus[]): Promise<void> {
  for (const row of rows) {
    const last = await db.selectFrom('status_updates').select((eb) => eb.fn.max('seq').as('seq')).where('measure_id', '=', row.measureId).executeTakeFirst();
    await db
      .insertInto('status_updates')
      .values({
        id: randomUUID(),
        measure_id: row.measureId,
        seq: Number(last?.seq ?? 0) + 1,
        status: row.status,
        comment: row.comment ?? null,
        forecast_date: row.forecastDate ?? null,
        indicator_values_json: row.indicatorValues ? JSON.stringify(row.indicatorValues) : null,
        recorded_by: row.by,
        on_behalf_of: row.onBehalfOf ?? null,
        recorded_as: row.onBehalfOf ? 'coordinator' : 'owner',
        recorded_at: row.at,
        plan_revision: row.planRevision ?? 1,
        source: 'card',
        idempotency_key: randomUUID(),
      })
      .execute();
  }
}
