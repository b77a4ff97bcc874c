import type { Kysely } from 'kysely';

/** The reminder outbox, snoozes and the shared tenant send budget. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminder_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.references('measures.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('send_date', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('payload_json', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('delivery_id', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('outcome', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminder_outbox_key', ['subject_id', 'rule', 'occurrence', 'recipient_id'])
    .execute();
  await db.schema.createIndex('reminder_outbox_due_idx').on('reminder_outbox').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('reminder_outbox_recipient_idx').on('reminder_outbox').columns(['recipient_id', 'state']).execute();
  await db.schema.createIndex('reminder_outbox_claim_idx').on('reminder_outbox').columns(['claimed_by', 'state']).execute();
  await db.schema.createIndex('reminder_outbox_measure_idx').on('reminder_outbox').columns(['measure_id']).execute();

  await db.schema
    .createTable('reminder_snoozes')
    .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('until_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_snoozes_pk', ['measure_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('reminder_rate_budget')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('tat_us', 'bigint', (c) => c.notNull())
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminder_rate_budget').execute();
  await db.schema.dropTable('reminder_snoozes').execute();
  await db.schema.dropTable('reminder_outbox').execute();
}
