import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import { indicatorReadings, type IndicatorReading } from '../overview/indicator-values.js';
import { loadPlanOverview } from '../overview/load-overview.js';
import type { OverviewDeps } from '../overview/overview-deps.js';
import type { PlanOverview, StatusEntry } from '../overview/overview-types.js';
import { assertMaySeePlan, type Viewer } from '../overview/plan-access.js';
import { histories } from '../overview/status-history-repository.js';
import { resolveAsOf } from '../overview/as-of.js';

/** Everything the committee report holds: the overview on the day, with each measure's history and indicators. */
export interface CommitteeReport {
  overview: PlanOverview;
  /** Newest first, up to the as-of day. */
  histories: ReadonlyMap<string, StatusEntry[]>;
  indicators: ReadonlyMap<string, IndicatorReading[]>;
  /** The day the report was produced (organisation's zone). */
  preparedOn: IsoDate;
}

/**
 * Gathers the committee report (statusrapport till nämnden) for a plan as of
 * a day, for a viewer who may read the plan. The history is append-only and
 * the plan revision is the one current then, so the same day always gives
 * the same report.
 */
export async function buildCommitteeReport(deps: OverviewDeps, request: { viewer: Viewer; planId: string; asOf?: IsoDate }): Promise<CommitteeReport> {
  await assertMaySeePlan(deps.db, request.viewer, request.planId);
  const overview = await loadPlanOverview(deps, request.planId, request.asOf);
  const asOf = resolveAsOf(overview.asOf, deps.clock.now(), deps.timeZone);
  const byMeasure = await histories(
    deps.db,
    overview.measures.map((m) => m.measureId),
    asOf.cutoffIso,
    deps.timeZone,
  );
  const indicators = new Map(overview.measures.map((m) => [m.measureId, indicatorReadings(m.indicators, byMeasure.get(m.measureId) ?? [])]));
  return { overview, histories: byMeasure, indicators, preparedOn: localDate(deps.clock.now(), deps.timeZone) };
}

/** The report's file name: statusrapport-norrtalje-2024-2025-2025-03-31.docx. */
export function reportFileName(report: CommitteeReport, format: 'docx' | 'xlsx'): string {
  return `statusrapport-${report.overview.plan.key}-${report.overview.asOf}.${format}`;
}
