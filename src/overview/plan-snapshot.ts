import type { Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import type { MeasureDraft, PlanDraft } from '../plans/plan.js';
import type { Database } from '../storage/schema.js';
import type { PlanHeader } from './overview-types.js';
import { revisionInForce, type RevisionChoice } from './revision-in-force.js';

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
 * Loads the revision of a plan in force on `day` from plan_revisions, which
 * keeps every revision's normalised draft: a revision is in force from its
 * decision date when it brings one, else from its import
 * (revision-in-force.ts). Measures keep their ids across revisions, so the
 * status history joins by code. Undefined when the plan does not exist;
 * `not_decided` (with the plan's name) for a day before it was decided or valid.
 */
export async function loadPlanSnapshot(
  db: Kysely<Database>,
  planId: string,
  day: IsoDate,
  timeZone: string,
): Promise<PlanSnapshot | { notDecided: Extract<RevisionChoice, { kind: 'not_decided' }>; name: string } | undefined> {
  const plan = await db.selectFrom('plans').select(['id', 'key', 'created_at']).where('id', '=', planId).executeTakeFirst();
  if (!plan) return undefined;
  const rows = await db.selectFrom('plan_revisions').select(['revision', 'draft_json', 'imported_at']).where('plan_id', '=', planId).orderBy('revision', 'asc').execute();
  const drafts = rows.map((r) => ({ revision: r.revision, draft: JSON.parse(r.draft_json) as PlanDraft, importedOn: localDate(new Date(r.imported_at), timeZone) }));
  const choice = revisionInForce(drafts.map((d) => ({ revision: d.revision, decision: d.draft.decision, validity: d.draft.validity, importedOn: d.importedOn })), day);
  if (choice.kind === 'not_decided') return drafts[0] ? { notDecided: choice, name: drafts[0].draft.name } : undefined;
  const row = drafts.find((d) => d.revision === choice.revision)!;
  const predates = choice.kind === 'predates_import';
  const draft = row.draft;
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
