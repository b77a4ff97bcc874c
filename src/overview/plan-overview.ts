import type { IsoDate } from '../calendar/iso-date.js';
import { isTillitError } from '../errors.js';
import { findPlan } from '../plans/plan-repository.js';
import { resolveAsOf } from './as-of.js';
import { decidedSnapshot, loadPlanOverview, overviewsOf } from './load-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { OverviewLookupError } from './overview-errors.js';
import type { PlanOverview } from './overview-types.js';
import { loadPlanHeads, loadPlanSnapshot, loadPlanSnapshots } from './plan-snapshot.js';
import { assertMaySeePlan, plansVisibleTo, type Viewer } from './plan-access.js';

/** The overviews a viewer asked for, and how many plans they could see only in private. */
export interface PlanOverviews {
  overviews: PlanOverview[];
  /** Plans the viewer reads but that are not opened in this shared conversation. */
  privateOnly: string[];
  /** Plans beyond `limit` (decided on the day, in the same order), named for a choice: not built. */
  more: PlanChoice[];
}

/** A plan offered to choose from (the choice card needs no more). */
export interface PlanChoice {
  planId: string;
  planKey: string;
  planName: string;
}

/**
 * "status": the overview of every plan the viewer may see here (or of the
 * one named by key), as of a day. Refuses with PlanAccessError when the
 * viewer reads no plan, or none in this shared conversation.
 */
export async function planOverviews(
  deps: OverviewDeps,
  request: { viewer: Viewer; planKey?: string; asOf?: IsoDate; limit?: number },
): Promise<PlanOverviews> {
  const asOf = resolveAsOf(request.asOf, deps.clock.now(), deps.timeZone);
  if (request.planKey) {
    const planId = await resolvePlanKey(deps, request.viewer, request.planKey);
    return { overviews: [await loadPlanOverview(deps, planId, request.asOf)], privateOnly: [], more: [] };
  }
  const { visible, privateOnly } = await plansVisibleTo(deps.db, request.viewer);
  // Which plans were decided on the day (and their names then), without loading them whole.
  const heads = await loadPlanHeads(deps.db, visible, asOf.date, deps.timeZone);
  const missing = visible.find((planId) => !heads.has(planId));
  if (missing) decidedSnapshot(missing, undefined, asOf);
  const decided = visible.filter((planId) => heads.get(planId)!.decided);
  // A plan not yet decided on that day is left out; if none was, the viewer is told why.
  if (decided.length === 0) decidedSnapshot(visible[0]!, await loadPlanSnapshot(deps.db, visible[0]!, asOf.date, deps.timeZone), asOf);
  // Only the overviews shown are loaded and built; the rest are named for a choice.
  const shown = decided.slice(0, request.limit ?? decided.length);
  const loaded = await loadPlanSnapshots(deps.db, shown, asOf.date, deps.timeZone);
  const snapshots = shown.map((planId) => decidedSnapshot(planId, loaded.get(planId), asOf));
  const more = decided.slice(shown.length).map((planId) => {
    const head = heads.get(planId)!;
    return { planId, planKey: head.key, planName: head.name };
  });
  return { overviews: await overviewsOf(deps, snapshots, asOf), privateOnly, more };
}

/** One plan's overview for a viewer who may see it. */
export async function planOverview(deps: OverviewDeps, request: { viewer: Viewer; planId: string; asOf?: IsoDate }): Promise<PlanOverview> {
  await assertMaySeePlan(deps.db, request.viewer, request.planId);
  return loadPlanOverview(deps, request.planId, request.asOf);
}

/**
 * A plan key (or id) typed by a person, checked against what they may see.
 * An unknown plan and a plan they may not read get the same answer, so
 * asking reveals nothing about which plans exist.
 */
export async function resolvePlanKey(deps: OverviewDeps, viewer: Viewer, planKey: string): Promise<string> {
  const plan = await findPlan(deps.db, planKey);
  if (!plan) throw new OverviewLookupError('plan_not_found', 'No such plan');
  try {
    await assertMaySeePlan(deps.db, viewer, plan.id);
  } catch (error) {
    if (isTillitError(error, 'plan_access_denied')) throw new OverviewLookupError('plan_not_found', 'No such plan');
    throw error;
  }
  return plan.id;
}
