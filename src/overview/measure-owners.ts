import type { Kysely } from 'kysely';
import { unitDisplayName, unitKey } from '../plans/units-repository.js';
import type { Database } from '../storage/schema.js';
import type { PersonRef } from './overview-types.js';

/** An owner unit as written, with the people in it today. */
export interface OwnerUnit {
  unit: string;
  people: Array<PersonRef & { unreachable: boolean }>;
}

/** The people behind a measure's owner units (today's directory), unit by unit in plan order. */
export async function ownersOf(db: Kysely<Database>, unitNames: readonly string[]): Promise<OwnerUnit[]> {
  if (unitNames.length === 0) return [];
  const rows = await db
    .selectFrom('units')
    .leftJoin('unit_members', 'unit_members.unit_id', 'units.id')
    .leftJoin('people', 'people.id', 'unit_members.person_id')
    .select(['units.key', 'units.name', 'people.id as person_id', 'people.display_name', 'people.email', 'people.unreachable_at'])
    .where('units.key', 'in', unitNames.map(unitKey))
    .execute();
  return unitNames.map((name) => {
    const own = rows.filter((r) => r.key === unitKey(name));
    return {
      unit: own[0]?.name ?? unitDisplayName(name),
      people: own
        .filter((r) => r.person_id !== null)
        .map((r) => ({ id: r.person_id!, name: r.display_name?.trim() || r.email || '–', unreachable: r.unreachable_at !== null }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    };
  });
}
