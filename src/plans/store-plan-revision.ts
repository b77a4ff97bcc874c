import type { Insertable, Kysely, Transaction } from 'kysely';
import { newId } from '../ids.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { MeasureOwnersTable, MeasuresTable } from '../storage/tables/plan-tables.js';
import { derivePlanKey } from './plan-key.js';
import { diffPlans, isEmptyDiff, type PlanDiff } from './plan-diff.js';
import type { Plan, PlanDraft } from './plan.js';
import { measureColumns, type MeasureColumns } from './measure-columns.js';
import { getPlan } from './plan-repository.js';
import { ensureUnit, unitKey } from './units-repository.js';

export interface StorePlanDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** Where an import came from: a file name and the SHA-256 of its bytes. */
export interface PlanSource {
  name: string;
  sha256: string;
}

export interface StorePlanResult {
  plan: Plan;
  revision: number;
  /** created: a new plan; revised: a new revision; unchanged: same as the current revision. */
  outcome: 'created' | 'revised' | 'unchanged';
  /** What the new revision changed; null for a new plan or an unchanged import. */
  diff: PlanDiff | null;
}

async function uniqueKey(trx: Transaction<Database>, wanted: string, planId: string | null): Promise<string> {
  let key = wanted;
  for (let n = 2; ; n++) {
    const clash = await trx.selectFrom('plans').select('id').where('key', '=', key).executeTakeFirst();
    if (!clash || clash.id === planId) return key;
    key = `${wanted}-${n}`;
  }
}

/**
 * Holds the draft's plan row (if it exists) until the transaction ends, so
 * its current revision read next cannot change underneath: whoever comes
 * second waits, then sees the first one's revision. A no-op update is the
 * row lock both databases understand (SQLite has one writer anyway).
 */
export async function holdPlan(trx: Transaction<Database>, draft: Pick<PlanDraft, 'organisation' | 'name'>): Promise<void> {
  await trx
    .updateTable('plans')
    .set((eb) => ({ current_revision: eb.ref('current_revision') }))
    .where('organisation', '=', draft.organisation)
    .where('name', '=', draft.name)
    .execute();
}

/**
 * Stores a normalised plan in one transaction. A plan seen before (same
 * organisation and name) gets a new revision with its diff recorded, and
 * every added/removed measure, moved deadline and changed owner is written
 * to plan_changes so the owners can be told once. Measures keep their ids
 * across revisions; a dropped measure is marked removed, never deleted, so
 * its status history stays. Importing the same content again changes nothing.
 */
export async function storePlanRevision(deps: StorePlanDeps, draft: PlanDraft, source: PlanSource): Promise<StorePlanResult> {
  return deps.db.transaction().execute((trx) => storePlanRevisionIn(trx, deps.clock, draft, source));
}

/**
 * The same store inside a transaction the caller holds, so a caller can
 * make more writes (a chat upload marked used, a role granted) commit or
 * roll back together with the plan.
 */
export async function storePlanRevisionIn(trx: Transaction<Database>, clock: Clock, draft: PlanDraft, source: PlanSource): Promise<StorePlanResult> {
  const nowIso = clock.now().toISOString();
  // Two revisions stored at the same time would otherwise both take the same number.
  await holdPlan(trx, draft);
  const existing = await trx
    .selectFrom('plans')
    .selectAll()
    .where('organisation', '=', draft.organisation)
    .where('name', '=', draft.name)
    .executeTakeFirst();

  const draftJson = JSON.stringify(draft);
  let diff: PlanDiff | null = null;
  let revision = 1;
  if (existing) {
    const latest = await trx
      .selectFrom('plan_revisions')
      .select(['draft_json'])
      .where('plan_id', '=', existing.id)
      .where('revision', '=', existing.current_revision)
      .executeTakeFirstOrThrow();
    if (latest.draft_json === draftJson) {
      return { plan: (await getPlan(trx, existing.id))!, revision: existing.current_revision, outcome: 'unchanged', diff: null };
    }
    const previous = JSON.parse(latest.draft_json) as PlanDraft;
    diff = diffPlans(previous.measures, draft.measures);
    revision = existing.current_revision + 1;
  }

  const planId = existing?.id ?? newId();
  const key = await uniqueKey(trx, (draft.key ?? existing?.key ?? derivePlanKey(draft.organisation, draft.name)).toLowerCase(), planId);
  const planRow = {
    key,
    organisation: draft.organisation,
    name: draft.name,
    committee: draft.committee,
    decision_reference: draft.decision.reference,
    decision_date: draft.decision.date,
    valid_from: draft.validity.from,
    valid_to: draft.validity.to,
    goal_area_label: draft.goalAreaLabel,
    coordinator_text: draft.coordinatorText,
    follow_ups_json: JSON.stringify(draft.followUps),
    risk_areas_json: JSON.stringify(draft.riskAreas),
    reminder_rules_json: draft.reminderRules ? JSON.stringify(draft.reminderRules) : null,
    current_revision: revision,
    updated_at: nowIso,
  };
  if (existing) await trx.updateTable('plans').set(planRow).where('id', '=', planId).execute();
  else await trx.insertInto('plans').values({ id: planId, ...planRow, created_at: nowIso }).execute();

  const goalAreaIds = await storeGoalAreas(trx, planId, draft, revision);
  const changedCodes = new Set(diff?.changed.map((c) => c.code) ?? []);
  const measureIds = await storeMeasures(trx, planId, draft, revision, goalAreaIds, changedCodes, nowIso);
  const removedCodes = diff?.removed.map((r) => r.code) ?? [];
  if (removedCodes.length > 0) {
    await trx
      .updateTable('measures')
      .set({ removed_in_revision: revision })
      .where('plan_id', '=', planId)
      .where('code', 'in', removedCodes)
      .execute();
  }

  await trx
    .insertInto('plan_revisions')
    .values({
      id: newId(),
      plan_id: planId,
      revision,
      source_name: source.name,
      source_sha256: source.sha256,
      imported_at: nowIso,
      draft_json: draftJson,
      diff_json: diff ? JSON.stringify(diff) : null,
    })
    .execute();

  if (diff && !isEmptyDiff(diff)) await recordChanges(trx, planId, revision, diff, draft, measureIds, nowIso);

  return {
    plan: (await getPlan(trx, planId))!,
    revision,
    outcome: existing ? 'revised' : 'created',
    diff,
  };
}

async function storeGoalAreas(trx: Transaction<Database>, planId: string, draft: PlanDraft, revision: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, area] of draft.goalAreas.entries()) {
    const found = await trx.selectFrom('goal_areas').select('id').where('plan_id', '=', planId).where('number', '=', area.number).executeTakeFirst();
    const id = found?.id ?? newId();
    if (found) {
      await trx.updateTable('goal_areas').set({ title: area.title, position, removed_in_revision: null }).where('id', '=', id).execute();
    } else {
      await trx.insertInto('goal_areas').values({ id, plan_id: planId, number: area.number, title: area.title, position, removed_in_revision: null }).execute();
    }
    ids.set(area.number, id);
  }
  const keep = [...ids.values()];
  let gone = trx.updateTable('goal_areas').set({ removed_in_revision: revision }).where('plan_id', '=', planId).where('removed_in_revision', 'is', null);
  if (keep.length > 0) gone = gone.where('id', 'not in', keep);
  await gone.execute();
  return ids;
}

function sameRow(stored: Record<string, unknown>, row: MeasureColumns): boolean {
  return Object.entries(row).every(([key, value]) => stored[key] === value);
}

/**
 * Writes the revision's measures set-wise: one read of what is stored, then
 * only the rows that differ are updated, new ones inserted in batches, and
 * owner lists rewritten only where they changed. Returns code → measure id.
 */
async function storeMeasures(
  trx: Transaction<Database>,
  planId: string,
  draft: PlanDraft,
  revision: number,
  goalAreaIds: Map<string, string>,
  changedCodes: Set<string>,
  nowIso: string,
): Promise<Map<string, string>> {
  const stored = new Map((await trx.selectFrom('measures').selectAll().where('plan_id', '=', planId).execute()).map((m) => [m.code, m]));
  const storedOwners = new Map<string, string[]>();
  for (const o of await trx
    .selectFrom('measure_owners')
    .innerJoin('measures', 'measures.id', 'measure_owners.measure_id')
    .select(['measure_owners.measure_id', 'measure_owners.unit_id'])
    .where('measures.plan_id', '=', planId)
    .orderBy('measure_owners.position')
    .execute()) {
    storedOwners.set(o.measure_id, [...(storedOwners.get(o.measure_id) ?? []), o.unit_id]);
  }
  const units = new Map<string, string>();
  const unitIdOf = async (name: string) => {
    const key = unitKey(name);
    if (!units.has(key)) units.set(key, (await ensureUnit(trx, name, nowIso)).id);
    return units.get(key)!;
  };

  const ids = new Map<string, string>();
  const inserts: Array<Insertable<MeasuresTable>> = [];
  const owners: Array<Insertable<MeasureOwnersTable>> = [];
  for (const [position, measure] of draft.measures.entries()) {
    const row = measureColumns(measure, position, measure.goalAreaNumber ? (goalAreaIds.get(measure.goalAreaNumber) ?? null) : null);
    const found = stored.get(measure.code);
    const id = found?.id ?? newId();
    ids.set(measure.code, id);
    if (!found) {
      inserts.push({ id, plan_id: planId, code: measure.code, ...row, added_in_revision: revision, changed_in_revision: revision, removed_in_revision: null });
    } else {
      const reAdded = found.removed_in_revision !== null;
      const changed = changedCodes.has(measure.code);
      if (reAdded || changed || !sameRow(found, row)) {
        await trx
          .updateTable('measures')
          .set({
            ...row,
            removed_in_revision: null,
            ...(changed || reAdded ? { changed_in_revision: revision } : {}),
            ...(reAdded ? { added_in_revision: revision } : {}),
          })
          .where('id', '=', id)
          .execute();
      }
    }
    const unitIds: string[] = [];
    for (const name of measure.ownerUnits) {
      const unitId = await unitIdOf(name);
      if (!unitIds.includes(unitId)) unitIds.push(unitId);
    }
    const before = storedOwners.get(id) ?? [];
    if (before.length !== unitIds.length || before.some((u, i) => u !== unitIds[i])) {
      if (found) await trx.deleteFrom('measure_owners').where('measure_id', '=', id).execute();
      unitIds.forEach((unitId, i) => owners.push({ measure_id: id, unit_id: unitId, position: i }));
    }
  }
  for (let i = 0; i < inserts.length; i += 100) await trx.insertInto('measures').values(inserts.slice(i, i + 100)).execute();
  for (let i = 0; i < owners.length; i += 500) await trx.insertInto('measure_owners').values(owners.slice(i, i + 500)).execute();
  return ids;
}

async function recordChanges(
  trx: Transaction<Database>,
  planId: string,
  revision: number,
  diff: PlanDiff,
  draft: PlanDraft,
  measureIds: Map<string, string>,
  nowIso: string,
): Promise<void> {
  const rows: Array<{ measureId: string; kind: string; before: unknown; after: unknown }> = [];
  for (const added of diff.added) {
    const m = draft.measures.find((x) => x.code === added.code)!;
    rows.push({ measureId: measureIds.get(added.code)!, kind: 'added', before: null, after: { deadline: m.deadline, owners: m.ownerUnits } });
  }
  for (const removed of diff.removed) {
    const row = await trx.selectFrom('measures').select('id').where('plan_id', '=', planId).where('code', '=', removed.code).executeTakeFirstOrThrow();
    rows.push({ measureId: row.id, kind: 'removed', before: { title: removed.title }, after: null });
  }
  for (const changed of diff.changed) {
    for (const change of changed.changes) {
      if (change.field === 'deadline') rows.push({ measureId: measureIds.get(changed.code)!, kind: 'deadline_moved', before: change.before, after: change.after });
      if (change.field === 'owners') rows.push({ measureId: measureIds.get(changed.code)!, kind: 'owner_changed', before: change.before, after: change.after });
    }
  }
  const values = rows.map((r) => ({
    id: newId(),
    plan_id: planId,
    revision,
    measure_id: r.measureId,
    kind: r.kind,
    before_json: r.before === null ? null : JSON.stringify(r.before),
    after_json: r.after === null ? null : JSON.stringify(r.after),
    created_at: nowIso,
    notified_at: null,
  }));
  for (let i = 0; i < values.length; i += 200) await trx.insertInto('plan_changes').values(values.slice(i, i + 200)).execute();
}
