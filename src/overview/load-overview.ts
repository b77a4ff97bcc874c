import type { IsoDate } from '../calendar/iso-date.js';
import { resolveAsOf, type AsOf } from './as-of.js';
import { buildPlanOverview } from './build-plan-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import type { PlanOverview } from './overview-types.js';
import { unreachableOwners } from './owner-reachability.js';
import { loadPlanSnapshot, type PlanSnapshot } from './plan-snapshot.js';
import type { SuppressedReportStatistics } from './report-statistics-hook.js';
import { latestStatuses, recentUpdates } from './status-history-repository.js';
import { closedStatuses } from '../status/status.js';

/** How many of the latest updates the overview lists. */
export const latestUpdatesShown = 5;

/** The plan snapshot for an as-of day, or plan_not_found. */
export async function snapshotFor(deps: OverviewDeps, planId: string, asOf: AsOf): Promise<PlanSnapshot> {
  const snapshot = await loadPlanSnapshot(deps.db, planId, asOf.date, deps.timeZone);
  if (!snapshot) throw new OverviewLookupError('plan_not_found', 'No such plan', { planId });
  if ('notDecided' in snapshot) {
    throw new OverviewLookupError('overview_plan_not_decided', 'The plan was not yet decided on that day', {
      planId,
      date: asOf.date,
      decidedOn: snapshot.notDecided.decidedOn ?? undefined,
      validFrom: snapshot.notDecided.validFrom ?? undefined,
    });
  }
  return snapshot;
}

async function statistics(deps: OverviewDeps, snapshot: PlanSnapshot, asOf: AsOf): Promise<SuppressedReportStatistics | null> {
  if (!deps.reportStatistics) return null;
  try {
    const from = snapshot.header.validity.from ?? `${asOf.date.slice(0, 4)}-01-01`;
    return await deps.reportStatistics({ planId: snapshot.header.id, organisation: snapshot.header.organisation, from, to: asOf.date });
  } catch {
    // Statistics are an extra: their absence must never take the overview down.
    return null;
  }
}

/**
 * Builds one plan's overview as of a day, without any access check: callers
 * (the use cases) check the viewer first.
 */
export async function loadPlanOverview(deps: OverviewDeps, planId: string, asOfDate?: IsoDate): Promise<PlanOverview> {
  const asOf = resolveAsOf(asOfDate, deps.clock.now(), deps.timeZone);
  const snapshot = await snapshotFor(deps, planId, asOf);
  const ids = snapshot.measures.map((m) => m.id);
  const latest = await latestStatuses(deps.db, ids, asOf.cutoffIso, deps.timeZone);
  const recent = await recentUpdates(deps.db, ids, asOf.cutoffIso, deps.timeZone, latestUpdatesShown);
  const open = snapshot.measures.filter((m) => {
    const status = latest.get(m.id)?.status;
    return status === undefined || !closedStatuses.includes(status);
  });
  const unreachable = asOf.isToday ? await unreachableOwners(deps.db, open) : null;
  return buildPlanOverview({
    snapshot,
    asOf,
    latest,
    recent,
    unreachable,
    settings: deps.settings,
    reportStatistics: await statistics(deps, snapshot, asOf),
  });
}
