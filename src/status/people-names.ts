import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/**
 * How people are named on status cards: their Teams display name, else the
 * e-mail they were assigned by, else a dash. Only for people with a role on
 * the measure, never for anonymous reporters.
 */
export async function personNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'display_name', 'email'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) names.set(row.id, row.display_name?.trim() || row.email || '–');
  }
  return names;
}
