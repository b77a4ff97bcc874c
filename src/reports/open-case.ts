import { getPerson } from '../directory/people-repository.js';
import { appendAudit, listAudit } from './audit-log.js';
import { describeExclusions } from './case-exclusions.js';
import { OpenedReport } from './case-content.js';
import { toCaseSummary } from './case-view-model.js';
import { auditActor, caseForHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import type { CaseDetail } from './report.js';
import { listMessages, markDelivered } from './reports-repository.js';

/**
 * A handler opens a case: the text and dialogue are decrypted, new answers
 * from the reporter count as read, and the opening is audited (who read it,
 * when; a reload after the handler's own action is not audited again). A
 * named reporter's name and e-mail are shown here and nowhere else.
 */
export async function openCase(deps: ReportDeps, actor: HandlerActor, caseId: unknown, options: { audit?: boolean } = {}): Promise<CaseDetail> {
  const { row, excluded } = await caseForHandler(deps, actor, caseId);
  const opened = OpenedReport.open(deps, row);
  try {
    const messages = opened.messages(await listMessages(deps.db, row.id, { releasedOnly: true }));
    const reporterPerson = row.kind === 'named' && row.reporter_person_id ? await getPerson(deps.db, row.reporter_person_id) : undefined;
    await markDelivered(deps.db, row.id, 'reporter');
    if (options.audit !== false) await appendAudit(deps.db, { reference: row.reference, actor: auditActor(actor), action: 'case_opened', at: deps.clock.now() });
    return {
      ...toCaseSummary(row, 0, deps.config.retentionDays),
      happenedMonth: row.happened_month,
      ongoing: row.ongoing === null ? null : row.ongoing === 1,
      wantsContact: row.wants_contact === 1,
      text: opened.text(),
      messages,
      notes: opened.notes(),
      reporter: row.kind === 'named' ? { name: reporterPerson?.displayName ?? null, email: reporterPerson?.email ?? null } : null,
      excludedHandlerIds: excluded,
      exclusions: describeExclusions(excluded, await listAudit(deps.db, row.reference)),
    };
  } finally {
    opened.close();
  }
}
