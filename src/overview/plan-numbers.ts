import type { IsoDate } from '../calendar/iso-date.js';
import { resolveAsOf } from './as-of.js';
import { snapshotFor } from './load-overview.js';
import type { OverviewDeps } from './overview-deps.js';
import { plansVisibleTo, type Viewer } from './plan-access.js';

/** The measure codes and goal area numbers of one plan the viewer may see. */
export interface PlanNumbers {
  planId: string;
  planKey: string;
  planName: string;
  measureCodes: string[];
  goalAreaNumbers: string[];
}

/**
 * The numbers in the plans a viewer sees here, so that a code that is not
 * there ("status 9.9") can be answered with what is ("menade du 2.3?").
 */
export async function planNumbers(deps: OverviewDeps, request: { viewer: Viewer; asOf?: IsoDate }): Promise<PlanNumbers[]> {
  const asOf = resolveAsOf(request.asOf, deps.clock.now(), deps.timeZone);
  const out: PlanNumbers[] = [];
  for (const planId of (await plansVisibleTo(deps.db, request.viewer)).visible) {
    const snapshot = await snapshotFor(deps, planId, asOf);
    out.push({
      planId,
      planKey: snapshot.header.key,
      planName: snapshot.header.name,
      measureCodes: snapshot.measures.map((m) => m.code),
      goalAreaNumbers: snapshot.goalAreas.map((a) => a.number),
    });
  }
  return out;
}

/** At most one character wrong, missing or extra. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The codes a mistyped code may have meant: one character off ("2.9" →
 * "2.3"), or its parts swapped ("3.2" → "2.3"); at most `limit`, in plan order.
 */
export function closeCodes(asked: string, codes: readonly string[], limit = 6): string[] {
  const swapped = asked.split('.').reverse().join('.');
  return [...new Set(codes.filter((code) => code !== asked && (oneEditApart(asked, code) || code === swapped)))].slice(0, limit);
}
