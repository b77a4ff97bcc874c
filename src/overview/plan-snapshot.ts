import type { Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import type { MeasureDraft, PlanDraft } from '../plans/plan.js';
import type { Database } from '../storage/schema.js';
import type { PlanHeader } from './overview-types.js';

/** A measure as the revision wrote it, with the id its status history hangs on. */
export interface SnapshotMeasure extends MeasureDraft {
  id: string;
}

/** A plan as it stood at an instant: the revision current then, with measure ids. */
export interface PlanSnapshot {
  header: PlanHeader;
  /** The day the plan first came into Tillit (organisation's zone). */
  importedOn: IsoDate;
  goalAreas: Array<{ number: string; title: string }>;
  measures: SnapshotMeasure[];
}

/**
 * Loads the revision of a plan that was current at `cutoffIso` (the newest
 * imported before it) from plan_revisions, which keeps every revision's
 * normalised draft. Measures keep their ids across revisions, so the status
 * history joins by code. A day before the first import shows the first
 * revision, flagged. Undefined when the plan does not exist.
 */
export async function loadPlanSnapshot(
  db: Kysely<Database>,
  planId: string,
  cutoffIso: string,
  timeZone: string,
): Promise<PlanSnapshot | undefined> {
  const plan = await db.selectFrom('plans').select(['id', 'key', 'created_at']).where('id', '=', planId).executeTakeFirst();
  if (!plan) return undefined;
  const revisions = db.selectFrom('plan_revisions').select(['revision', 'draft_json']).where('plan_id', '=', planId);
  let row = await revisions.where('imported_at', '<', cutoffIso).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  const predates = !row;
  row ??= await revisions.orderBy('revision', 'asc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  const draft = JSON.parse(row.draft_json) as PlanDraft;
  const ids = await db.selectFrom('measures').select(['id', 'code']).where('plan_id', '=', planId).execute();
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
    measures: draft.measures.filter((m) => idByCode.has(m.code)).map((m) => ({ ...m, id: idByCode.get(m.code)! })),
  };
}
