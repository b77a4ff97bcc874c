import type { Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import { getPlan } from '../plans/plan-repository.js';
import type { GoalAreaLabel, Plan } from '../plans/plan.js';
import type { Measure, RegisteredMeasure } from '../plans/measure.js';
import { dueDate } from '../plans/period.js';
import type { Database } from '../storage/schema.js';

/**
 * A measure as status cards show it: every field of the read model
 * (src/plans/measure.ts) as the register holds it now, with its owner
 * units' names, plus the plan's words and the dates Tillit derived.
 */
export interface MeasureSummary extends Measure {
  planName: string;
  organisation: string;
  /** The plan's current revision: a card built now is based on it. */
  planRevision: number;
  goalAreaLabel: GoalAreaLabel;
  goalArea: { number: string; title: string } | null;
  /** The last working day of the deadline period; null for "Löpande" and the like. */
  dueDate: IsoDate | null;
  removed: boolean;
}

/** Builds the summary of a measure from its plan and goal area. */
export function toMeasureSummary(measure: RegisteredMeasure, plan: Plan, goalArea: { number: string; title: string } | null): MeasureSummary {
  const { goalAreaId, position, addedInRevision, changedInRevision, removedInRevision, ownerUnits, ...fields } = measure;
  return {
    ...fields,
    ownerUnits: ownerUnits.map((u) => u.name),
    planId: plan.id,
    planName: plan.name,
    organisation: plan.organisation,
    planRevision: plan.currentRevision,
    goalAreaLabel: plan.goalAreaLabel,
    goalArea,
    dueDate: dueDate(measure.deadline) ?? null,
    removed: removedInRevision !== null,
  };
}

/** Summaries for measures of any plans, loading each plan and goal area once. */
export async function summariseMeasures(db: Kysely<Database>, measures: readonly RegisteredMeasure[]): Promise<MeasureSummary[]> {
  const plans = new Map<string, Plan>();
  for (const planId of new Set(measures.map((m) => m.planId))) {
    const plan = await getPlan(db, planId);
    if (plan) plans.set(planId, plan);
  }
  const areaIds = [...new Set(measures.map((m) => m.goalAreaId).filter((id): id is string => id !== null))];
  const areas = new Map<string, { number: string; title: string }>();
  for (let i = 0; i < areaIds.length; i += 500) {
    const rows = await db
      .selectFrom('goal_areas')
      .select(['id', 'number', 'title'])
      .where('id', 'in', areaIds.slice(i, i + 500))
      .execute();
    for (const row of rows) areas.set(row.id, { number: row.number, title: row.title });
  }
  return measures.flatMap((m) => {
    const plan = plans.get(m.planId);
    return plan ? [toMeasureSummary(m, plan, m.goalAreaId ? (areas.get(m.goalAreaId) ?? null) : null)] : [];
  });
}
