import type { Kysely } from 'kysely';

/** People and the conversations Tillit can write to. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('aad_object_id', 'text', (c) => c.unique())
    .addColumn('teams_user_id', 'text')
    .addColumn('tenant_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('upn', 'text')
    .addColumn('locale', 'text')
    .addColumn('preferred_locale', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('unreachable_at', 'text')
    .addColumn('unreachable_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_upn_idx').on('people').column('upn').execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_type', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('team_id', 'text')
    .addColumn('channel_id', 'text')
    .addColumn('tenant_id', 'text')
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('reference_json', 'text', (c) => c.notNull())
    .addColumn('installed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('unreachable_at', 'text')
    .addColumn('unreachable_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_person_idx').on('conversations').column('person_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversations').execute();
  await db.schema.dropTable('people').execute();
}
