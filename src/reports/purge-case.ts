import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { appendAudit } from './audit-log.js';
import { rowCategories } from './case-content.js';
import { deleteReport, type ReportRow } from './reports-repository.js';
import { quarterOf } from './statistics/quarters.js';

async function addCount(db: Kysely<Database>, quarter: string, dimension: string, value: string): Promise<void> {
  await db
    .insertInto('report_stat_counts')
    .values({ quarter, dimension, value, count: 1 })
    .onConflict((oc) => oc.columns(['quarter', 'dimension', 'value']).doUpdateSet((eb) => ({ count: eb('report_stat_counts.count', '+', 1) })))
    .execute();
}

/**
 * Deletes a closed case whose retention has run out: the row with its
 * wrapped data key (so the ciphertexts are unreadable even in old pages or
 * backups made after the key is gone from them), messages, exclusions and
 * reminders. Only counts per quarter, category and unit remain, for the
 * statistics, and an audit line that it was purged.
 */
export async function purgeCase(deps: { db: Kysely<Database>; clock: { now(): Date } }, row: ReportRow): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const quarter = quarterOf(row.received_on);
    await addCount(trx, quarter, 'total', '');
    for (const category of rowCategories(row)) await addCount(trx, quarter, 'category', category);
    await addCount(trx, quarter, 'unit', row.unit ?? '');
    await deleteReport(trx, row.id);
    await appendAudit(trx, { reference: row.reference, actor: { id: null, name: null }, action: 'purged', at: deps.clock.now() });
  });
}
