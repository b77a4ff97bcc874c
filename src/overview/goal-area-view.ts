import type { IsoDate } from '../calendar/iso-date.js';
import { loadPlanOverview } from './load-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import type { GoalAreaSummary, MeasureState, OverviewSettings, PlanHeader } from './overview-types.js';
import { assertMaySeePlan, type Viewer } from './plan-access.js';

/** One goal area's measures on the as-of day. */
export interface GoalAreaView {
  plan: PlanHeader;
  asOf: IsoDate;
  isToday: boolean;
  settings: OverviewSettings;
  area: GoalAreaSummary;
  /** In plan order. */
  measures: MeasureState[];
}

/** "status målområde 2": a goal area's lights and measures, for a viewer who may see the plan. */
export async function goalAreaView(
  deps: OverviewDeps,
  request: { viewer: Viewer; planId: string; number: string; asOf?: IsoDate },
): Promise<GoalAreaView> {
  await assertMaySeePlan(deps.db, request.viewer, request.planId);
  const overview = await loadPlanOverview(deps, request.planId, request.asOf);
  const area = overview.goalAreas.find((a) => a.number === request.number.trim());
  if (!area) throw new OverviewLookupError('overview_goal_area_not_found', 'No such goal area in the plan', { planId: request.planId });
  return {
    plan: overview.plan,
    asOf: overview.asOf,
    isToday: overview.isToday,
    settings: overview.settings,
    area,
    measures: overview.measures.filter((m) => m.goalAreaNumber === area.number),
  };
}
