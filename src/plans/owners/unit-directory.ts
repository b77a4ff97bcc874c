import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/** A person as the owner lists show them. */
export interface UnitPerson {
  id: string;
  email: string | null;
  displayName: string | null;
  /** True once Teams has told us who they are (installed the app or wrote to Tillit). */
  inTeams: boolean;
}

/** A unit, the people in it and the current measures it owns, per plan. */
export interface UnitEntry {
  id: string;
  name: string;
  people: UnitPerson[];
  measures: Array<{ measureId: string; planId: string; planKey: string; code: string; title: string }>;
}

/**
 * Every unit with its people and the active measures it owns (removed
 * measures do not count), sorted by name. A unit that owns measures but has
 * no people is one whose measures "saknar mottagare".
 */
export async function listUnitDirectory(db: Kysely<Database>, options: { planIds?: readonly string[] } = {}): Promise<UnitEntry[]> {
  const units = await db.selectFrom('units').select(['id', 'name']).orderBy('name').execute();
  const people = await db
    .selectFrom('unit_members')
    .innerJoin('people', 'people.id', 'unit_members.person_id')
    .select(['unit_members.unit_id', 'people.id', 'people.email', 'people.display_name', 'people.teams_user_id'])
    .orderBy('people.email')
    .execute();
  let owned = db
    .selectFrom('measure_owners')
    .innerJoin('measures', 'measures.id', 'measure_owners.measure_id')
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['measure_owners.unit_id', 'measures.id as measure_id', 'measures.code', 'measures.title', 'plans.id as plan_id', 'plans.key as plan_key'])
    .where('measures.removed_in_revision', 'is', null);
  if (options.planIds) owned = options.planIds.length > 0 ? owned.where('plans.id', 'in', options.planIds) : owned.where('plans.id', '=', '');
  const measures = await owned.orderBy('plans.key').orderBy('measures.position').execute();
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    people: people
      .filter((p) => p.unit_id === u.id)
      .map((p) => ({ id: p.id, email: p.email, displayName: p.display_name, inTeams: p.teams_user_id !== null })),
    measures: measures
      .filter((m) => m.unit_id === u.id)
      .map((m) => ({ measureId: m.measure_id, planId: m.plan_id, planKey: m.plan_key, code: m.code, title: m.title })),
  }));
}

/**
 * "Saknar mottagare": the units that own active measures but have nobody
 * in them, with those measures — optionally only for some plans. Their
 * measures would get no reminders until someone is assigned.
 */
export async function unitsWithoutRecipients(db: Kysely<Database>, options: { planIds?: readonly string[] } = {}): Promise<UnitEntry[]> {
  return (await listUnitDirectory(db, options)).filter((u) => u.measures.length > 0 && u.people.length === 0);
}
