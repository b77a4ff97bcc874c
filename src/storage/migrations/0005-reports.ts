import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Anonymous and named reports, their messages, exclusions (jäv), reminders
 * sent, the handlers' audit log and the counts kept after a purge.
 *
 * On SQLite the report tables are WITHOUT ROWID: an ordinary table numbers
 * its rows in insertion order, which would tell the order reports arrived in.
 * Keyed by random UUIDs instead, rows sit in random order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const withoutRowid = <T extends string, C extends string>(table: CreateTableBuilder<T, C>) =>
    sqlite ? table.modifyEnd(sql`without rowid`) : table;

  await withoutRowid(
    db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('receipt_hash', 'text', (c) => c.unique())
      .addColumn('reporter_person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('categories_json', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('happened_month', 'text')
      .addColumn('ongoing', 'integer')
      .addColumn('wants_contact', 'integer', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('acknowledged_on', 'text')
      .addColumn('feedback_on', 'text')
      .addColumn('closed_on', 'text')
      .addColumn('outcome', 'text')
      .addColumn('assigned_handler_id', 'text')
      .addColumn('security_chief_informed_on', 'text')
      .addColumn('police_decision', 'text')
      .addColumn('police_decided_on', 'text')
      .addColumn('wrapped_key', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('submission_hash', 'text', (c) => c.unique())
      .addColumn('notified', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('reports_status_idx').on('reports').columns(['status', 'received_on']).execute();

  await withoutRowid(
    db.schema
      .createTable('report_messages')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('handler_id', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('sent_on', 'text', (c) => c.notNull())
      .addColumn('notified', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('delivered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('submission_hash', 'text', (c) => c.unique())
      .addUniqueConstraint('report_messages_seq_unique', ['report_id', 'seq']),
  ).execute();

  await withoutRowid(
    db.schema
      .createTable('report_exclusions')
      .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
      .addColumn('handler_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_exclusions_pk', ['report_id', 'handler_id']),
  ).execute();

  await withoutRowid(
    db.schema
      .createTable('report_reminders')
      .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_reminders_pk', ['report_id', 'kind']),
  ).execute();

  await withoutRowid(
    db.schema
      .createTable('report_audit')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('report_audit_reference_idx').on('report_audit').columns(['reference', 'at']).execute();

  await withoutRowid(
    db.schema
      .createTable('report_stat_counts')
      .addColumn('quarter', 'text', (c) => c.notNull())
      .addColumn('dimension', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_stat_counts_pk', ['quarter', 'dimension', 'value']),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['report_stat_counts', 'report_audit', 'report_reminders', 'report_exclusions', 'report_messages', 'reports']) {
    await db.schema.dropTable(table).execute();
  }
}
