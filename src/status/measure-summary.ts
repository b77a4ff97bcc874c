import type { Kysely } from 'kysely';
import type { IsoDate } from '../calendar/iso-date.js';
import { getPlan } from '../plans/plan-repository.js';
import type { GoalAreaLabel, Plan } from '../plans/plan.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import { dueDate, type Period } from '../plans/period.js';
import type { Database } from '../storage/schema.js';

/** A measure as status cards show it: the plan's words plus the dates Tillit derived. */
export interface MeasureSummary {
  id: string;
  planId: string;
  planName: string;
  organisation: string;
  /** The plan's current revision: a card built now is based on it. */
  planRevision: number;
  goalAreaLabel: GoalAreaLabel;
  goalArea: { number: string; title: string } | null;
  code: string;
  title: string;
  responsibleText: string;
  ownerUnits: string[];
  start: Period;
  deadline: Period;
  /** The last working day of the deadline period; null for "Löpande" and the like. */
  dueDate: IsoDate | null;
  indicators: string[];
  removed: boolean;
}

/** Builds the summary of a measure from its plan and goal area. */
export function toMeasureSummary(measure: RegisteredMeasure, plan: Plan, goalArea: { number: string; title: string } | null): MeasureSummary {
  return {
    id: measure.id,
    planId: plan.id,
    planName: plan.name,
    organisation: plan.organisation,
    planRevision: plan.currentRevision,
    goalAreaLabel: plan.goalAreaLabel,
    goalArea,
    code: measure.code,
    title: measure.title,
    responsibleText: measure.responsibleText,
    ownerUnits: measure.ownerUnits.map((u) => u.name),
    start: measure.start,
    deadline: measure.deadline,
    dueDate: dueDate(measure.deadline) ?? null,
    indicators: measure.indicators,
    removed: measure.removedInRevision !== null,
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
