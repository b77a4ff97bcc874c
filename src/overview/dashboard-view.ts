import type { IsoDate } from '../calendar/iso-date.js';
import { isDated } from '../plans/period.js';
import { resolveAsOf } from './as-of.js';
import { loadPlanOverview } from './load-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import type { MeasureState, PlanOverview, StatusKey } from './overview-types.js';
import { plansVisibleTo, type Viewer } from './plan-access.js';
import { resolvePlanKey } from './plan-overview.js';
import { seriesStart, statusSeries, type SeriesPoint } from './status-series.js';
import { statusChanges } from './status-history-repository.js';

/** What the dashboard can be narrowed to. Empty fields mean "all". */
export interface DashboardFilters {
  goalArea?: string;
  owner?: string;
  status?: StatusKey | 'overdue';
}

/** Everything the dashboard tab shows for one plan on one day. */
export interface DashboardView {
  plans: Array<{ id: string; key: string; name: string }>;
  overview: PlanOverview;
  filters: DashboardFilters;
  /** Measures after the filters, in plan order. */
  measures: MeasureState[];
  /** Owner units that occur in the plan, for the owner filter. */
  owners: string[];
  series: SeriesPoint[];
  /** The span the timeline draws: from the earliest start to the latest deadline. */
  span: { from: IsoDate; to: IsoDate } | null;
}

/** Applies the dashboard filters to a plan's measures. */
export function filterMeasures(measures: readonly MeasureState[], filters: DashboardFilters): MeasureState[] {
  return measures.filter(
    (m) =>
      (!filters.goalArea || m.goalAreaNumber === filters.goalArea) &&
      (!filters.owner || m.ownerUnits.some((u) => u.toLowerCase() === filters.owner!.toLowerCase())) &&
      (!filters.status || (filters.status === 'overdue' ? m.overdueSince !== null : m.status === filters.status)),
  );
}

function spanOf(measures: readonly MeasureState[], asOf: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const days = measures.flatMap((m) => [m.startsOn, isDated(m.deadline) ? m.deadline.to : null]).filter((d): d is string => d !== null);
  if (days.length === 0) return null;
  const sorted = [...days, asOf].sort();
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

/**
 * The dashboard tab's view: the plans the viewer may see, the chosen one's
 * overview (the first by default), the filtered measures for the table and
 * timeline, and the status series for the chart. Access is checked here.
 */
export async function dashboardView(
  deps: OverviewDeps,
  request: { viewer: Viewer; planKey?: string; asOf?: IsoDate; filters: DashboardFilters },
): Promise<DashboardView> {
  const asOf = resolveAsOf(request.asOf, deps.clock.now(), deps.timeZone);
  const { visible } = await plansVisibleTo(deps.db, request.viewer);
  const planId = request.planKey ? await resolvePlanKey(deps, request.viewer, request.planKey) : visible[0]!;
  const rows = await deps.db.selectFrom('plans').select(['id', 'key', 'name']).where('id', 'in', visible).orderBy('organisation').orderBy('name').execute();
  const overview = await loadPlanOverview(deps, planId, asOf.date);
  const ids = overview.measures.map((m) => m.measureId);
  const changes = await statusChanges(deps.db, ids, asOf.cutoffIso);
  return {
    plans: rows,
    overview,
    filters: request.filters,
    measures: filterMeasures(overview.measures, request.filters),
    owners: [...new Set(overview.measures.flatMap((m) => m.ownerUnits))].sort((a, b) => a.localeCompare(b, 'sv')),
    series: statusSeries(ids, changes, seriesStart(overview.plan.validity.from, asOf.date), asOf.date, deps.timeZone),
    span: spanOf(overview.measures, asOf.date),
  };
}
