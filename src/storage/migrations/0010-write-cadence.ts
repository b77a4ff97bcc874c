import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * The fixed write cadence (storage/write-cadence.ts): a one-row heartbeat
 * table written at every beat. Reports and report messages already have
 * random UUID primary keys (and on SQLite no rowid); on PostgreSQL their
 * heap still holds existing rows in arrival order, so they are re-laid in
 * key order here (CLUSTER). SQLite cannot VACUUM inside a migration: the
 * first beat after the upgrade does it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('write_heartbeat')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beat', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into write_heartbeat (id, beat) values (1, 0)`.execute(db);
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`cluster reports using reports_pkey`.execute(db);
    await sql`cluster report_messages using report_messages_pkey`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('write_heartbeat').execute();
}
