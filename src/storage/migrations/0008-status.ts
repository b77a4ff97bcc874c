import type { Kysely } from 'kysely';

/**
 * Status updates, second step: who acted in which role (an owner, or a
 * coordinator for them), and the status prompts Tillit has shown in a
 * conversation, so a free-text reply ("klar") can be tied to its measure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('status_updates')
    .addColumn('recorded_as', 'text', (c) => c.notNull().defaultTo('owner'))
    .execute();

  await db.schema
    .createTable('status_prompts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_row_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('activity_id', 'text')
    .addColumn('measure_ids_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_prompts_conversation_idx')
    .on('status_prompts')
    .columns(['conversation_row_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('status_prompts').execute();
  await db.schema.alterTable('status_updates').dropColumn('recorded_as').execute();
}
