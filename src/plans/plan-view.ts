import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { dueDate, type Period } from './period.js';
import { listGoalAreas, listMeasures } from './plan-repository.js';
import type { FollowUp, Plan, RiskArea } from './plan.js';

/** Identifies the shape below; bumped only when a field changes meaning or disappears. */
export const planViewFormat = 'tillit.plan/1';

/** A period as other tools read it: kind, first and last day (inclusive, ISO) and the text as written. */
export interface PeriodView {
  kind: Period['kind'];
  from: string | null;
  to: string | null;
  text: string;
}

/**
 * The stable, documented JSON of `tillit plan show --json`: the plan, its
 * goal areas and its current measures with parsed periods and owner units.
 * Field names never change within a format version; new fields may be added.
 */
export interface PlanView {
  format: typeof planViewFormat;
  plan: {
    id: string;
    key: string;
    organisation: string;
    name: string;
    committee: string | null;
    decision: { reference: string | null; date: string | null };
    validity: { from: string | null; to: string | null };
    goalAreaLabel: string;
    coordinator: string | null;
    followUps: Array<{ kind: FollowUp['kind']; period: PeriodView; note: string | null }>;
    riskAreas: RiskArea[];
    reminders: Record<string, unknown> | null;
    revision: number;
  };
  goalAreas: Array<{ number: string; title: string }>;
  measures: Array<{
    code: string;
    goalArea: string | null;
    title: string;
    responsible: string;
    owners: Array<{ id: string; name: string }>;
    start: PeriodView;
    deadline: PeriodView;
    /** The day the deadline is due (its last working day), or null when it has no date. */
    due: string | null;
    indicators: string[];
    notes: string | null;
  }>;
}

function periodView(p: Period): PeriodView {
  return { kind: p.kind, from: p.from, to: p.to, text: p.text };
}

/** Builds the JSON view of a stored plan's current revision. */
export async function planView(db: Kysely<Database>, plan: Plan): Promise<PlanView> {
  const [goalAreas, measures] = await Promise.all([listGoalAreas(db, plan.id), listMeasures(db, plan.id)]);
  return {
    format: planViewFormat,
    plan: {
      id: plan.id,
      key: plan.key,
      organisation: plan.organisation,
      name: plan.name,
      committee: plan.committee,
      decision: plan.decision,
      validity: plan.validity,
      goalAreaLabel: plan.goalAreaLabel,
      coordinator: plan.coordinatorText,
      followUps: plan.followUps.map((f) => ({ kind: f.kind, period: periodView(f.period), note: f.note })),
      riskAreas: plan.riskAreas,
      reminders: plan.reminderRules,
      revision: plan.currentRevision,
    },
    goalAreas: goalAreas.map((g) => ({ number: g.number, title: g.title })),
    measures: measures.map((m) => ({
      code: m.code,
      goalArea: m.goalAreaNumber,
      title: m.title,
      responsible: m.responsibleText,
      owners: m.ownerUnits,
      start: periodView(m.start),
      deadline: periodView(m.deadline),
      due: dueDate(m.deadline) ?? null,
      indicators: m.indicators,
      notes: m.notes,
    })),
  };
}
