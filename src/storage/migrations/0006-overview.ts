import type { Kysely } from 'kysely';

/**
 * The plan overview: which shared conversations may see a plan's status, and
 * an index that lets "latest status per measure as of a day" read only the
 * index (measure, time, seq) instead of every history row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('overview_conversations')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('conversation_key', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('overview_conversations_pk', ['plan_id', 'conversation_key'])
    .execute();
  await db.schema.createIndex('overview_conversations_key_idx').on('overview_conversations').column('conversation_key').execute();
  await db.schema
    .createIndex('status_updates_measure_time_idx')
    .on('status_updates')
    .columns(['measure_id', 'recorded_at', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('status_updates_measure_time_idx').execute();
  await db.schema.dropTable('overview_conversations').execute();
}
