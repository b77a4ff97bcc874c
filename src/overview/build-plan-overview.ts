import { closedStatuses } from '../status/status.js';
import type { AsOf } from './as-of.js';
import { isDueWithin } from './overdue.js';
import { measureState } from './measure-state.js';
import {
  statusKeys,
  type GoalAreaSummary,
  type MeasureState,
  type OverviewSettings,
  type PlanOverview,
  type StatusCounts,
  type StatusEntry,
  type StatusKey,
  type UnreachableOwner,
} from './overview-types.js';
import type { PlanSnapshot } from './plan-snapshot.js';
import type { SuppressedReportStatistics } from './report-statistics-hook.js';
import { planFigures } from './plan-figures.js';
import { areaLight } from './traffic-light.js';

/** Everything the overview is computed from; the loading is done elsewhere. */
export interface OverviewInput {
  snapshot: PlanSnapshot;
  asOf: AsOf;
  latest: ReadonlyMap<string, StatusEntry>;
  recent: ReadonlyArray<StatusEntry & { measureId: string }>;
  unreachable: UnreachableOwner[] | null;
  settings: OverviewSettings;
  reportStatistics: SuppressedReportStatistics | null;
}

/** Counts measures by status and how many of them are overdue. */
export function countStatuses(measures: readonly MeasureState[]): StatusCounts {
  const byStatus = Object.fromEntries(statusKeys.map((k) => [k, 0])) as Record<StatusKey, number>;
  for (const m of measures) byStatus[m.status] += 1;
  return { total: measures.length, byStatus, overdue: measures.filter((m) => m.overdueSince !== null).length };
}

/** Groups measures by goal area in plan order; measures without one come last. */
export function summariseGoalAreas(snapshot: PlanSnapshot, measures: readonly MeasureState[]): GoalAreaSummary[] {
  const known = new Set(snapshot.goalAreas.map((a) => a.number));
  const areas: GoalAreaSummary[] = snapshot.goalAreas.map((area) => {
    const own = measures.filter((m) => m.goalAreaNumber === area.number);
    return { number: area.number, title: area.title, light: areaLight(own), counts: countStatuses(own) };
  });
  const rest = measures.filter((m) => m.goalAreaNumber === null || !known.has(m.goalAreaNumber));
  if (rest.length > 0) areas.push({ number: null, title: '', light: areaLight(rest), counts: countStatuses(rest) });
  return areas;
}

const isClosed = (m: MeasureState) => m.latest !== null && closedStatuses.includes(m.latest.status);

/**
 * The plan's situation on the as-of day: counts and lights per goal area,
 * overdue (longest first), due within the next days (soonest first), silent
 * (longest first), unreachable owners and the latest updates. Pure: the same
 * input always gives the same overview.
 */
export function buildPlanOverview(input: OverviewInput): PlanOverview {
  const { snapshot, asOf, settings } = input;
  // Measures without a start of their own started with the plan: its validity, else its decision, else its import.
  const planStart = snapshot.header.validity.from ?? snapshot.header.decision.date ?? snapshot.importedOn;
  const measures = snapshot.measures.map((m) => measureState(m, input.latest.get(m.id), asOf.date, planStart, settings));
  const position = new Map(measures.map((m, i) => [m.measureId, i]));
  const byPosition = (a: MeasureState, b: MeasureState) => position.get(a.measureId)! - position.get(b.measureId)!;
  const overdue = measures.filter((m) => m.overdueSince !== null).sort((a, b) => a.overdueSince!.localeCompare(b.overdueSince!) || byPosition(a, b));
  const dueSoon = measures
    .filter((m) => !isClosed(m) && m.overdueSince === null && isDueWithin(m.deadline, asOf.date, settings.dueSoonDays))
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!) || byPosition(a, b));
  const stale = measures.filter((m) => m.stale).sort((a, b) => b.silentDays! - a.silentDays! || byPosition(a, b));
  const byId = new Map(measures.map((m) => [m.measureId, m]));
  const latestUpdates = input.recent
    .filter((u) => byId.has(u.measureId))
    .map(({ measureId, ...entry }) => ({ measureId, code: byId.get(measureId)!.code, title: byId.get(measureId)!.title, entry }));
  return {
    plan: snapshot.header,
    asOf: asOf.date,
    isToday: asOf.isToday,
    settings,
    figures: planFigures(measures, { dueSoon, silent: stale }, countStatuses(measures)),
    goalAreas: summariseGoalAreas(snapshot, measures),
    measures,
    overdue,
    dueSoon,
    stale,
    unreachable: input.unreachable,
    latestUpdates,
    reportStatistics: input.reportStatistics,
  };
}
