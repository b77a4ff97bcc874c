import type { IsoDate } from '../calendar/iso-date.js';
import { resolveAsOf } from './as-of.js';
import { snapshotFor } from './load-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import { resolvePlanKey } from './plan-overview.js';
import { plansVisibleTo, type Viewer } from './plan-access.js';

/** A plan that holds what was asked for. */
export interface PlanMatch {
  planId: string;
  planKey: string;
  planName: string;
}

/**
 * The plans, among those the viewer may see here, that have the measure code
 * or goal area number on the as-of day. Several plans can share "2.3"; the
 * caller lets the person choose. Throws OverviewLookupError when none has it.
 */
export async function plansHolding(
  deps: OverviewDeps,
  request: { viewer: Viewer; target: { kind: 'measure'; code: string } | { kind: 'goalArea'; number: string }; planKey?: string; asOf?: IsoDate },
): Promise<PlanMatch[]> {
  const asOf = resolveAsOf(request.asOf, deps.clock.now(), deps.timeZone);
  const planIds = request.planKey
    ? [await resolvePlanKey(deps, request.viewer, request.planKey)]
    : (await plansVisibleTo(deps.db, request.viewer)).visible;
  const matches: PlanMatch[] = [];
  for (const planId of planIds) {
    const snapshot = await snapshotFor(deps, planId, asOf);
    const holds =
      request.target.kind === 'measure'
        ? snapshot.measures.some((m) => m.code === (request.target as { code: string }).code)
        : snapshot.goalAreas.some((a) => a.number === (request.target as { number: string }).number);
    if (holds) matches.push({ planId, planKey: snapshot.header.key, planName: snapshot.header.name });
  }
  if (matches.length === 0) {
    throw new OverviewLookupError(
      request.target.kind === 'measure' ? 'overview_measure_not_found' : 'overview_goal_area_not_found',
      'Nothing of that number in the plans the viewer sees',
    );
  }
  return matches;
}
