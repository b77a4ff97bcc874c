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

/** A current measure that at least one of its owner units cannot be reminded for. */
export interface MeasureMissingRecipients {
  measureId: string;
  planKey: string;
  code: string;
  title: string;
  /** Its owner units that have nobody in them. */
  unitsWithoutPeople: string[];
  /** False when nobody at all would be reminded (no owner unit has a person, or it has no owner). */
  reachable: boolean;
}

/**
 * "Saknar mottagare", measure by measure: current measures with an owner
 * unit that has no person (or with no owner at all), in plan order.
 */
export async function measuresMissingRecipients(db: Kysely<Database>, options: { planIds?: readonly string[] } = {}): Promise<MeasureMissingRecipients[]> {
  const units = await listUnitDirectory(db, options);
  const byMeasure = new Map<string, { planKey: string; code: string; title: string; empty: string[]; staffed: number }>();
  for (const unit of units) {
    for (const m of unit.measures) {
      const entry = byMeasure.get(m.measureId) ?? { planKey: m.planKey, code: m.code, title: m.title, empty: [], staffed: 0 };
      if (unit.people.length === 0) entry.empty.push(unit.name);
      else entry.staffed += 1;
      byMeasure.set(m.measureId, entry);
    }
  }
  let ownerless = db
    .selectFrom('measures')
    .innerJoin('plans', 'plans.id', 'measures.plan_id')
    .select(['measures.id', 'measures.code', 'measures.title', 'plans.key'])
    .where('measures.removed_in_revision', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('measure_owners').select('measure_owners.unit_id').whereRef('measure_owners.measure_id', '=', 'measures.id'))));
  if (options.planIds) ownerless = options.planIds.length > 0 ? ownerless.where('plans.id', 'in', options.planIds) : ownerless.where('plans.id', '=', '');
  const result: MeasureMissingRecipients[] = [];
  for (const [measureId, e] of byMeasure) {
    if (e.empty.length > 0) result.push({ measureId, planKey: e.planKey, code: e.code, title: e.title, unitsWithoutPeople: e.empty, reachable: e.staffed > 0 });
  }
  for (const m of await ownerless.execute()) result.push({ measureId: m.id, planKey: m.key, code: m.code, title: m.title, unitsWithoutPeople: [], reachable: false });
  const order = new Map<string, number>();
  (await db.selectFrom('measures').select(['id', 'position']).execute()).forEach((m) => order.set(m.id, m.position));
  return result.sort((a, b) => a.planKey.localeCompare(b.planKey) || (order.get(a.measureId) ?? 0) - (order.get(b.measureId) ?? 0));
}
