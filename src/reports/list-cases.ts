import { excludedCaseView, type ExcludedCase } from './case-exclusions.js';
import { assertHandler, type HandlerActor } from './handler-access.js';
import { toCaseSummary } from './case-view-model.js';
import type { ReportDeps } from './report-deps.js';
import type { CaseSummary } from './report.js';
import { allExclusions, listReleasedReports, unreadReporterMessages } from './reports-repository.js';

/**
 * The handler's list: every released case they may work, with status and
 * deadlines, open cases first — and, apart, the cases they are excluded from
 * (jäv): never their content, but that they exist, who excluded them and
 * when, so an exclusion can never quietly take a case away.
 */
export async function listCases(
  deps: Pick<ReportDeps, 'db' | 'config'>,
  actor: HandlerActor,
): Promise<{ cases: CaseSummary[]; excludedFrom: ExcludedCase[] }> {
  assertHandler(deps.config, actor);
  const me = actor.aadObjectId.toLowerCase();
  const exclusions = await allExclusions(deps.db);
  const hidden = new Set(exclusions.filter((e) => e.handlerId === me).map((e) => e.reportId));
  const excludedCount = new Map<string, number>();
  for (const e of exclusions) excludedCount.set(e.reportId, (excludedCount.get(e.reportId) ?? 0) + 1);
  const unread = await unreadReporterMessages(deps.db);
  const released = await listReleasedReports(deps.db);
  const cases = released
    .filter((r) => !hidden.has(r.id))
    .map((r) => ({ ...toCaseSummary(r, unread.get(r.id) ?? 0, deps.config.retentionDays), excludedHandlers: excludedCount.get(r.id) ?? 0 }));
  const rank = (c: CaseSummary) => (c.status === 'closed' ? 1 : 0);
  const excludedFrom = await Promise.all(released.filter((r) => hidden.has(r.id)).map((r) => excludedCaseView(deps, r, me)));
  return { cases: cases.sort((a, b) => rank(a) - rank(b)), excludedFrom };
}
