import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';

const tables = ['plans', 'plan_revisions', 'goal_areas', 'measures', 'units', 'unit_members', 'measure_owners', 'plan_roles', 'plan_changes', 'people'] as const;

/**
 * Every row of the plan register and the directory, in a stable order, to
 * assert that a refused import or command changed nothing at all. Bot
 * tests leave out `people`, whose rows every turn refreshes (last contact).
 */
export async function registerSnapshot(db: Kysely<Database>, options: { withPeople?: boolean } = {}): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables.filter((t) => t !== 'people' || options.withPeople !== false)) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
