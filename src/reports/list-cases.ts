import { assertHandler, type HandlerActor } from './handler-access.js';
import { toCaseSummary } from './case-view-model.js';
import type { ReportDeps } from './report-deps.js';
import type { CaseSummary } from './report.js';
import { allExclusions, listReleasedReports, unreadReporterMessages } from './reports-repository.js';

/**
 * The handler's list: every released case they may see (not those they are
 * excluded from), with status and deadlines, open cases first.
 */
export async function listCases(deps: Pick<ReportDeps, 'db' | 'config'>, actor: HandlerActor): Promise<CaseSummary[]> {
  assertHandler(deps.config, actor);
  const me = actor.aadObjectId.toLowerCase();
  const hidden = new Set((await allExclusions(deps.db)).filter((e) => e.handlerId === me).map((e) => e.reportId));
  const unread = await unreadReporterMessages(deps.db);
  const rows = (await listReleasedReports(deps.db)).filter((r) => !hidden.has(r.id));
  const cases = rows.map((r) => toCaseSummary(r, unread.get(r.id) ?? 0, deps.config.retentionDays));
  const rank = (c: CaseSummary) => (c.status === 'closed' ? 1 : 0);
  return cases.sort((a, b) => rank(a) - rank(b));
}
