import type { Kysely } from 'kysely';

/** Append-only status history per measure. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('forecast_date', 'text')
    .addColumn('indicator_values_json', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('on_behalf_of', 'text', (c) => c.references('people.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('plan_revision', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addUniqueConstraint('status_updates_seq_unique', ['measure_id', 'seq'])
    .execute();
  await db.schema.createIndex('status_updates_recorded_idx').on('status_updates').columns(['recorded_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('status_updates').execute();
}
