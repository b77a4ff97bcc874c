import type { IsoDate } from '../calendar/iso-date.js';
import { resolveAsOf, type AsOf } from './as-of.js';
import { buildPlanOverview } from './build-plan-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import type { PlanOverview } from './overview-types.js';
import { unreachableOwnersOfPlans } from './owner-reachability.js';
import { loadPlanSnapshot, type PlanSnapshot, type SnapshotResult } from './plan-snapshot.js';
import type { SuppressedReportStatistics } from './report-statistics-hook.js';
import { overviewEntry, recentUpdatesOfGroups } from './status-history-repository.js';
import { latestStatuses } from '../status/latest-statuses.js';
import { closedStatuses } from '../status/status.js';

/** How many of the latest updates the overview lists. */
export const latestUpdatesShown = 5;

/** The plan snapshot for an as-of day, or plan_not_found. */
export async function snapshotFor(deps: OverviewDeps, planId: string, asOf: AsOf): Promise<PlanSnapshot> {
  return decidedSnapshot(planId, await loadPlanSnapshot(deps.db, planId, asOf.date, deps.timeZone), asOf);
}

/** A loaded snapshot, or the error that says why there is none (plan_not_found, overview_plan_not_decided). */
export function decidedSnapshot(planId: string, snapshot: SnapshotResult | undefined, asOf: AsOf): PlanSnapshot {
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
  return (await overviewsOf(deps, [snapshot], asOf))[0]!;
}

/**
 * The overviews of several plans' snapshots as of one day, in a number of
 * statements that does not grow with the number of plans (latest statuses,
 * the newest updates, owners' reachability: each read for all plans at
 * once); only the reports feature's statistics are asked per plan.
 */
export async function overviewsOf(deps: OverviewDeps, snapshots: readonly PlanSnapshot[], asOf: AsOf): Promise<PlanOverview[]> {
  const groups = snapshots.map((s) => s.measures.map((m) => m.id));
  const [latestUpdates, recent] = await Promise.all([
    latestStatuses(deps.db, groups.flat(), { before: asOf.cutoffIso }),
    recentUpdatesOfGroups(deps.db, groups, asOf.cutoffIso, deps.timeZone, latestUpdatesShown),
  ]);
  const latest = new Map([...latestUpdates].map(([id, update]) => [id, overviewEntry(update, deps.timeZone)]));
  const open = snapshots.map((snapshot) =>
    snapshot.measures.filter((m) => {
      const status = latest.get(m.id)?.status;
      return status === undefined || !closedStatuses.includes(status);
    }),
  );
  const [unreachable, stats] = await Promise.all([
    asOf.isToday ? unreachableOwnersOfPlans(deps.db, open) : null,
    Promise.all(snapshots.map((snapshot) => statistics(deps, snapshot, asOf))),
  ]);
  return snapshots.map((snapshot, i) =>
    buildPlanOverview({
      snapshot,
      asOf,
      latest,
      recent: recent[i]!,
      unreachable: unreachable ? unreachable[i]! : null,
      settings: deps.settings,
      reportStatistics: stats[i]!,
    }),
  );
}
