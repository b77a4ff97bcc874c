import type { Kysely } from 'kysely';
import type { Person } from '../directory/person.js';
import type { Database } from '../storage/schema.js';

/**
 * How people are named on status cards: their Teams display name, else the
 * e-mail they were assigned by, else a dash. Only for people with a role on
 * the measure, never for anonymous reporters.
 */
export function personName(person: { displayName: string | null; email: string | null }): string {
  return person.displayName?.trim() || person.email || '–';
}

/** Names of these people (see personName); those in `known` are not read again. */
export async function personNames(db: Kysely<Database>, ids: readonly string[], known: readonly Person[] = []): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const person of known) if (ids.includes(person.id)) names.set(person.id, personName(person));
  const unique = [...new Set(ids)].filter((id) => !names.has(id));
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'display_name', 'email'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) names.set(row.id, personName({ displayName: row.display_name, email: row.email }));
  }
  return names;
}
