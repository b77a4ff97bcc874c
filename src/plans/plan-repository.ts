import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { PlansTable } from '../storage/tables/plan-tables.js';
import type { GoalArea, GoalAreaLabel, Plan } from './plan.js';
import type { RegisteredMeasure } from './measure.js';
import { measureFromRow, type StoredMeasureRow } from './measure-columns.js';

/** Maps a plans row to the domain type. */
export function toPlan(row: Selectable<PlansTable>): Plan {
  return {
    id: row.id,
    key: row.key,
    organisation: row.organisation,
    name: row.name,
    committee: row.committee,
    decision: { reference: row.decision_reference, date: row.decision_date },
    validity: { from: row.valid_from, to: row.valid_to },
    goalAreaLabel: row.goal_area_label as GoalAreaLabel,
    coordinatorText: row.coordinator_text,
    followUps: JSON.parse(row.follow_ups_json),
    riskAreas: JSON.parse(row.risk_areas_json),
    reminderRules: row.reminder_rules_json ? JSON.parse(row.reminder_rules_json) : null,
    currentRevision: row.current_revision,
  };
}

/** All plans, ordered by organisation and name. */
export async function listPlans(db: Kysely<Database>): Promise<Plan[]> {
  const rows = await db.selectFrom('plans').selectAll().orderBy('organisation').orderBy('name').execute();
  return rows.map(toPlan);
}

export async function getPlan(db: Kysely<Database>, id: string): Promise<Plan | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

/** The plan a measure belongs to (one statement, without reading the measure first). */
export async function getPlanOfMeasure(db: Kysely<Database>, measureId: string): Promise<Plan | undefined> {
  const row = await db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', (eb) => eb.selectFrom('measures').select('measures.plan_id').where('measures.id', '=', measureId))
    .executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

/** Finds a plan by its key ("norrtalje-2024-2025") or id. */
export async function findPlan(db: Kysely<Database>, keyOrId: string): Promise<Plan | undefined> {
  const row = await db
    .selectFrom('plans')
    .selectAll()
    .where((eb) => eb.or([eb('key', '=', keyOrId.trim().toLowerCase()), eb('id', '=', keyOrId.trim())]))
    .executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

/** The plan's current goal areas, in order. */
export async function listGoalAreas(db: Kysely<Database>, planId: string): Promise<GoalArea[]> {
  const rows = await db
    .selectFrom('goal_areas')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('removed_in_revision', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, planId: r.plan_id, number: r.number, title: r.title, position: r.position }));
}

async function withOwners(db: Kysely<Database>, rows: StoredMeasureRow[]): Promise<RegisteredMeasure[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const owners: Array<{ measure_id: string; id: string; name: string }> = [];
  // Chunked so a very large plan stays under the drivers' parameter limits.
  for (let i = 0; i < ids.length; i += 500) {
    owners.push(
      ...(await db
        .selectFrom('measure_owners')
        .innerJoin('units', 'units.id', 'measure_owners.unit_id')
        .select(['measure_owners.measure_id', 'units.id', 'units.name'])
        .where('measure_owners.measure_id', 'in', ids.slice(i, i + 500))
        .orderBy('measure_owners.position')
        .execute()),
    );
  }
  const byMeasure = new Map<string, Array<{ id: string; name: string }>>();
  for (const o of owners) byMeasure.set(o.measure_id, [...(byMeasure.get(o.measure_id) ?? []), { id: o.id, name: o.name }]);
  return rows.map((r) => measureFromRow(r, byMeasure.get(r.id) ?? []));
}

function measureQuery(db: Kysely<Database>) {
  return db
    .selectFrom('measures')
    .leftJoin('goal_areas', 'goal_areas.id', 'measures.goal_area_id')
    .selectAll('measures')
    .select('goal_areas.number as goal_area_number');
}

/** The plan's measures in plan order; removed ones only when asked. */
export async function listMeasures(
  db: Kysely<Database>,
  planId: string,
  options: { includeRemoved?: boolean } = {},
): Promise<RegisteredMeasure[]> {
  let query = measureQuery(db).where('measures.plan_id', '=', planId);
  if (!options.includeRemoved) query = query.where('measures.removed_in_revision', 'is', null);
  return withOwners(db, await query.orderBy('measures.position').execute());
}

/** A measure by its code within a plan ("2.3"). */
export async function findMeasureByCode(db: Kysely<Database>, planId: string, code: string): Promise<RegisteredMeasure | undefined> {
  const row = await measureQuery(db).where('measures.plan_id', '=', planId).where('measures.code', '=', code.trim()).executeTakeFirst();
  return row ? (await withOwners(db, [row]))[0] : undefined;
}

/** The people who own a measure through its units (distinct person ids). */
export async function measureOwnerIds(db: Kysely<Database>, measureId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('measure_owners')
    .innerJoin('unit_members', 'unit_members.unit_id', 'measure_owners.unit_id')
    .select('unit_members.person_id')
    .distinct()
    .where('measure_owners.measure_id', '=', measureId)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Active measures a person owns through any of their units, across plans. */
export async function measuresOwnedBy(db: Kysely<Database>, personId: string): Promise<RegisteredMeasure[]> {
  const rows = await measureQuery(db)
    .where('measures.removed_in_revision', 'is', null)
    .where('measures.id', 'in', (eb) =>
      eb
        .selectFrom('measure_owners')
        .innerJoin('unit_members', 'unit_members.unit_id', 'measure_owners.unit_id')
        .select('measure_owners.measure_id')
        .where('unit_members.person_id', '=', personId),
    )
    .orderBy('measures.plan_id')
    .orderBy('measures.position')
    .execute();
  return withOwners(db, rows);
}

export type PlanRole = 'coordinator' | 'reader';

/** The roles a person holds on a plan. */
export async function planRolesOf(db: Kysely<Database>, planId: string, personId: string): Promise<PlanRole[]> {
  const rows = await db.selectFrom('plan_roles').select('role').where('plan_id', '=', planId).where('person_id', '=', personId).execute();
  return rows.map((r) => r.role as PlanRole);
}

/** Gives a person a role on a plan (idempotent). */
export async function grantPlanRole(db: Kysely<Database>, planId: string, personId: string, role: PlanRole, nowIso: string): Promise<void> {
  await db
    .insertInto('plan_roles')
    .values({ plan_id: planId, person_id: personId, role, created_at: nowIso })
    .onConflict((oc) => oc.columns(['plan_id', 'person_id', 'role']).doNothing())
    .execute();
}

/** People holding a role on a plan (person ids). */
export async function planRoleHolders(db: Kysely<Database>, planId: string, role: PlanRole): Promise<string[]> {
  const rows = await db.selectFrom('plan_roles').select('person_id').where('plan_id', '=', planId).where('role', '=', role).execute();
  return rows.map((r) => r.person_id);
}

/** Several measures by id (removed ones included), in no particular order. */
export async function getMeasuresByIds(db: Kysely<Database>, ids: readonly string[]): Promise<RegisteredMeasure[]> {
  const rows: StoredMeasureRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(...(await measureQuery(db).where('measures.id', 'in', ids.slice(i, i + 500)).execute()));
  }
  return withOwners(db, rows);
}

/**
 * A measure with what a status turn needs beside it, in two statements: its
 * goal area's title, and the people who own it through its units (the
 * units in their order and the members in one join).
 */
export async function getMeasureWithOwnerIds(
  db: Kysely<Database>,
  id: string,
): Promise<{ measure: RegisteredMeasure; goalArea: { number: string; title: string } | null; ownerIds: string[] } | undefined> {
  const [row, owners] = await Promise.all([
    measureQuery(db).select('goal_areas.title as goal_area_title').where('measures.id', '=', id).executeTakeFirst(),
    db
      .selectFrom('measure_owners')
      .innerJoin('units', 'units.id', 'measure_owners.unit_id')
      .leftJoin('unit_members', 'unit_members.unit_id', 'measure_owners.unit_id')
      .select(['units.id', 'units.name', 'unit_members.person_id'])
      .where('measure_owners.measure_id', '=', id)
      .orderBy('measure_owners.position')
      .execute(),
  ]);
  if (!row) return undefined;
  const units = new Map<string, { id: string; name: string }>();
  const ownerIds = new Set<string>();
  for (const o of owners) {
    if (!units.has(o.id)) units.set(o.id, { id: o.id, name: o.name });
    if (o.person_id !== null) ownerIds.add(o.person_id);
  }
  const goalArea = row.goal_area_number !== null && row.goal_area_title !== null ? { number: row.goal_area_number, title: row.goal_area_title } : null;
  return { measure: measureFromRow(row, [...units.values()]), goalArea, ownerIds: [...ownerIds] };
}
