import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import type { PlanDraft } from '../plans/plan.js';
import type { Measure } from '../plans/measure.js';
import { dialectOf } from '../storage/dialect-of.js';
import type { Database } from '../storage/schema.js';
import type { PlanHeader } from './overview-types.js';
import { revisionInForce, type RevisionChoice } from './revision-in-force.js';

/** A plan as it stood at an instant: the revision current then, with measure ids. */
export interface PlanSnapshot {
  header: PlanHeader;
  /** The day the plan first came into Tillit (organisation's zone). */
  importedOn: IsoDate;
  goalAreas: Array<{ number: string; title: string }>;
  /** The revision's measures (the one read model, src/plans/measure.ts), in plan order. */
  measures: Measure[];
}

/**
 * Loads the revision of a plan in force on `day` from plan_revisions, which
 * keeps every revision's normalised draft: a revision is in force from its
 * decision date when it brings one, else from its import
 * (revision-in-force.ts). Measures keep their ids across revisions, so the
 * status history joins by code. Undefined when the plan does not exist;
 * `not_decided` (with the plan's name) for a day before it was decided or valid.
 */
export async function loadPlanSnapshot(db: Kysely<Database>, planId: string, day: IsoDate, timeZone: string): Promise<SnapshotResult | undefined> {
  return (await loadPlanSnapshots(db, [planId], day, timeZone)).get(planId);
}

/** A plan as a choice among others shows it on a day: decided then or not, and its name then. */
export interface PlanHead {
  planId: string;
  key: string;
  name: string;
  decided: boolean;
}

/**
 * Whether each plan was decided on `day`, and its name then, in one
 * statement whatever the number of plans: only the name, decision and
 * validity of each revision are taken out of its draft (by the database's
 * JSON functions), not the whole plan. Plans without revisions are absent.
 */
export async function loadPlanHeads(db: Kysely<Database>, planIds: readonly string[], day: IsoDate, timeZone: string): Promise<Map<string, PlanHead>> {
  const out = new Map<string, PlanHead>();
  if (planIds.length === 0) return out;
  const postgres = dialectOf(db) === 'postgres';
  const field = (name: 'name' | 'decision' | 'validity') =>
    postgres ? sql<string | null>`(plan_revisions.draft_json::json -> ${sql.lit(name)})::text` : sql<string | null>`json_quote(json_extract(plan_revisions.draft_json, ${sql.lit(`$.${name}`)}))`;
  const rows = await db
    .selectFrom('plan_revisions')
    .innerJoin('plans', 'plans.id', 'plan_revisions.plan_id')
    .select(['plan_revisions.plan_id', 'plans.key', 'plan_revisions.revision', 'plan_revisions.imported_at', field('name').as('name'), field('decision').as('decision'), field('validity').as('validity')])
    .where('plan_revisions.plan_id', 'in', planIds)
    .orderBy('plan_revisions.revision', 'asc')
    .execute();
  const byPlan = new Map<string, typeof rows>();
  for (const row of rows) byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row]);
  for (const [planId, revisions] of byPlan) {
    const drafts = revisions.map((r) => ({
      revision: r.revision,
      name: JSON.parse(r.name ?? 'null') as string,
      decision: JSON.parse(r.decision ?? 'null') as PlanDraft['decision'],
      validity: JSON.parse(r.validity ?? 'null') as PlanDraft['validity'],
      importedOn: localDate(new Date(r.imported_at), timeZone),
    }));
    const choice = revisionInForce(drafts, day);
    const named = choice.kind === 'not_decided' ? drafts[0]! : drafts.find((d) => d.revision === choice.revision)!;
    out.set(planId, { planId, key: revisions[0]!.key, name: named.name, decided: choice.kind !== 'not_decided' });
  }
  return out;
}

/** What loading a plan as of a day gives: the snapshot, or that it was not decided yet (with the plan's name). */
export type SnapshotResult = PlanSnapshot | { notDecided: Extract<RevisionChoice, { kind: 'not_decided' }>; name: string };

/**
 * loadPlanSnapshot for several plans in three statements whatever their
 * number (plans, revisions, measure ids); plans that do not exist are absent
 * from the map.
 */
export async function loadPlanSnapshots(db: Kysely<Database>, planIds: readonly string[], day: IsoDate, timeZone: string): Promise<Map<string, SnapshotResult>> {
  const out = new Map<string, SnapshotResult>();
  if (planIds.length === 0) return out;
  const [plans, revisions, measures] = await Promise.all([
    db.selectFrom('plans').select(['id', 'key', 'created_at']).where('id', 'in', planIds).execute(),
    db.selectFrom('plan_revisions').select(['plan_id', 'revision', 'draft_json', 'imported_at']).where('plan_id', 'in', planIds).orderBy('revision', 'asc').execute(),
    db.selectFrom('measures').select(['id', 'code', 'plan_id']).where('plan_id', 'in', planIds).execute(),
  ]);
  for (const plan of plans) {
    const snapshot = snapshotOf(
      plan,
      revisions.filter((r) => r.plan_id === plan.id),
      measures.filter((m) => m.plan_id === plan.id),
      day,
      timeZone,
    );
    if (snapshot) out.set(plan.id, snapshot);
  }
  return out;
}

function snapshotOf(
  plan: { id: string; key: string; created_at: string },
  rows: ReadonlyArray<{ revision: number; draft_json: string; imported_at: string }>,
  ids: ReadonlyArray<{ id: string; code: string }>,
  day: IsoDate,
  timeZone: string,
): SnapshotResult | undefined {
  const drafts = rows.map((r) => ({ revision: r.revision, draft: JSON.parse(r.draft_json) as PlanDraft, importedOn: localDate(new Date(r.imported_at), timeZone) }));
  const choice = revisionInForce(drafts.map((d) => ({ revision: d.revision, decision: d.draft.decision, validity: d.draft.validity, importedOn: d.importedOn })), day);
  if (choice.kind === 'not_decided') return drafts[0] ? { notDecided: choice, name: drafts[0].draft.name } : undefined;
  const row = drafts.find((d) => d.revision === choice.revision)!;
  const predates = choice.kind === 'predates_import';
  const draft = row.draft;
  const idByCode = new Map(ids.map((m) => [m.code, m.id]));
  return {
    header: {
      id: plan.id,
      key: plan.key,
      name: draft.name,
      organisation: draft.organisation,
      committee: draft.committee,
      decision: draft.decision,
      validity: draft.validity,
      goalAreaLabel: draft.goalAreaLabel,
      coordinatorText: draft.coordinatorText,
      followUps: draft.followUps,
      revision: row.revision,
      revisionPredatesImport: predates,
    },
    importedOn: localDate(new Date(plan.created_at), timeZone),
    goalAreas: draft.goalAreas,
    // Every measure of a stored revision has a row (removed ones are only marked), so the id is always there.
    measures: draft.measures.filter((m) => idByCode.has(m.code)).map((m) => ({ id: idByCode.get(m.code)!, planId: plan.id, ...m })),
  };
}
