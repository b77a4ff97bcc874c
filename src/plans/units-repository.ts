import type { Kysely } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';

/** How unit names are matched: case and white space do not matter. */
export function unitKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A unit name as shown: trimmed, first letter upper case ("samordnarna" → "Samordnarna"). */
export function unitDisplayName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  return clean.charAt(0).toLocaleUpperCase('sv-SE') + clean.slice(1);
}

export interface Unit {
  id: string;
  key: string;
  name: string;
}

/** Finds or creates the unit with this name; returns its id. */
export async function ensureUnit(db: Kysely<Database>, name: string, nowIso: string): Promise<Unit> {
  const key = unitKey(name);
  await db
    .insertInto('units')
    .values({ id: newId(), key, name: unitDisplayName(name), created_at: nowIso })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return db.selectFrom('units').select(['id', 'key', 'name']).where('key', '=', key).executeTakeFirstOrThrow();
}

/** Finds a unit by name (any case). */
export async function findUnit(db: Kysely<Database>, name: string): Promise<Unit | undefined> {
  return db.selectFrom('units').select(['id', 'key', 'name']).where('key', '=', unitKey(name)).executeTakeFirst();
}

/** Puts a person in a unit (idempotent). */
export async function addUnitMember(db: Kysely<Database>, unitId: string, personId: string, nowIso: string): Promise<void> {
  await db
    .insertInto('unit_members')
    .values({ unit_id: unitId, person_id: personId, created_at: nowIso })
    .onConflict((oc) => oc.columns(['unit_id', 'person_id']).doNothing())
    .execute();
}

/** Takes a person out of a unit. */
export async function removeUnitMember(db: Kysely<Database>, unitId: string, personId: string): Promise<void> {
  await db.deleteFrom('unit_members').where('unit_id', '=', unitId).where('person_id', '=', personId).execute();
}

