import type { Kysely } from 'kysely';

/**
 * Plan documents a coordinator uploaded in chat and has not yet confirmed:
 * the checked plan (not the file) waits here until it is confirmed,
 * cancelled or expires. A decided row keeps its outcome, so a second press
 * of "Bekräfta" answers the same without importing twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_sha256', 'text', (c) => c.notNull())
    .addColumn('draft_json', 'text')
    .addColumn('plan_id', 'text', (c) => c.references('plans.id').onDelete('cascade'))
    .addColumn('base_revision', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('result_json', 'text')
    .execute();
  await db.schema.createIndex('plan_uploads_person_idx').on('plan_uploads').columns(['person_id', 'status']).execute();
  await db.schema.createIndex('plan_uploads_expires_idx').on('plan_uploads').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_uploads').execute();
}
