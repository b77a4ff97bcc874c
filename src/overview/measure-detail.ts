import type { IsoDate } from '../calendar/iso-date.js';
import { resolveAsOf } from './as-of.js';
import { indicatorReadings, type IndicatorReading } from './indicator-values.js';
import { snapshotFor } from './load-overview.js';
import { measureState } from './measure-state.js';
import { ownersOf, type OwnerUnit } from './measure-owners.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import type { MeasureState, PlanHeader, StatusEntry } from './overview-types.js';
import { assertMaySeePlan, type Viewer } from './plan-access.js';
import { measureHistory } from './status-history-repository.js';

/** Everything about one measure on the as-of day. */
export interface MeasureDetail {
  plan: PlanHeader;
  asOf: IsoDate;
  isToday: boolean;
  goalArea: { number: string; title: string } | null;
  measure: MeasureState;
  owners: OwnerUnit[];
  indicators: IndicatorReading[];
  /** The whole status history up to the as-of day, newest first. */
  history: StatusEntry[];
}

/**
 * "status 2.3": a measure with its owners, periods, indicators and full
 * status history as of a day, for a viewer who may see the plan.
 */
export async function measureDetail(
  deps: OverviewDeps,
  request: { viewer: Viewer; planId: string; code: string; asOf?: IsoDate },
): Promise<MeasureDetail> {
  await assertMaySeePlan(deps.db, request.viewer, request.planId);
  const asOf = resolveAsOf(request.asOf, deps.clock.now(), deps.timeZone);
  const snapshot = await snapshotFor(deps, request.planId, asOf);
  const measure = snapshot.measures.find((m) => m.code === request.code.trim());
  if (!measure) throw new OverviewLookupError('overview_measure_not_found', 'No such measure in the plan', { planId: request.planId });
  const history = await measureHistory(deps.db, measure.id, asOf.cutoffIso, deps.timeZone);
  const area = snapshot.goalAreas.find((a) => a.number === measure.goalAreaNumber) ?? null;
  return {
    plan: snapshot.header,
    asOf: asOf.date,
    isToday: asOf.isToday,
    goalArea: area,
    measure: measureState(measure, history[0], asOf.date, snapshot.importedOn, deps.settings),
    owners: await ownersOf(deps.db, measure.ownerUnits),
    indicators: indicatorReadings(measure.indicators, history),
    history,
  };
}
