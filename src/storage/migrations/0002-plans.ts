import type { Kysely } from 'kysely';

/** The plan register: plans, revisions, goal areas, measures, units and roles. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('committee', 'text')
    .addColumn('decision_reference', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('goal_area_label', 'text', (c) => c.notNull())
    .addColumn('coordinator_text', 'text')
    .addColumn('follow_ups_json', 'text', (c) => c.notNull())
    .addColumn('risk_areas_json', 'text', (c) => c.notNull())
    .addColumn('reminder_rules_json', 'text')
    .addColumn('current_revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plans_identity_unique', ['organisation', 'name'])
    .execute();

  await db.schema
    .createTable('plan_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_sha256', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('draft_json', 'text', (c) => c.notNull())
    .addColumn('diff_json', 'text')
    .addUniqueConstraint('plan_revisions_unique', ['plan_id', 'revision'])
    .execute();

  await db.schema
    .createTable('goal_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('removed_in_revision', 'integer')
    .addUniqueConstraint('goal_areas_unique', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('goal_area_id', 'text', (c) => c.references('goal_areas.id').onDelete('set null'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('responsible_text', 'text', (c) => c.notNull())
    .addColumn('start_json', 'text', (c) => c.notNull())
    .addColumn('start_kind', 'text', (c) => c.notNull())
    .addColumn('start_from', 'text')
    .addColumn('deadline_json', 'text', (c) => c.notNull())
    .addColumn('deadline_kind', 'text', (c) => c.notNull())
    .addColumn('deadline_from', 'text')
    .addColumn('deadline_to', 'text')
    .addColumn('indicators_json', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('added_in_revision', 'integer', (c) => c.notNull())
    .addColumn('changed_in_revision', 'integer', (c) => c.notNull())
    .addColumn('removed_in_revision', 'integer')
    .addUniqueConstraint('measures_unique', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('measures_deadline_idx').on('measures').columns(['deadline_to']).execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('unit_members')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_members_pk', ['unit_id', 'person_id'])
    .execute();
  await db.schema.createIndex('unit_members_person_idx').on('unit_members').column('person_id').execute();

  await db.schema
    .createTable('measure_owners')
    .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_owners_pk', ['measure_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('measure_owners_unit_idx').on('measure_owners').column('unit_id').execute();

  await db.schema
    .createTable('plan_roles')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_roles_pk', ['plan_id', 'person_id', 'role'])
    .execute();

  await db.schema
    .createTable('plan_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .execute();
  await db.schema.createIndex('plan_changes_pending_idx').on('plan_changes').columns(['notified_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan_changes', 'plan_roles', 'measure_owners', 'unit_members', 'units', 'measures', 'goal_areas', 'plan_revisions', 'plans']) {
    await db.schema.dropTable(table).execute();
  }
}
