import { localDate } from '../calendar/zoned-time.js';
import { appendAudit } from './audit-log.js';
import { OpenedReport } from './case-content.js';
import type { CaseOutcome } from './categories.js';
import { auditActor, caseForHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { updateReport } from './reports-repository.js';
import { writeToReporter } from './write-to-reporter.js';

/**
 * Closes a case with an outcome. Danderyd's guideline — always tell the
 * security chief, always decide on a police report — is enforced: a case
 * cannot close before both are recorded. An optional last message to the
 * reporter is sent as feedback. The retention clock starts today.
 */
export async function closeCase(
  deps: ReportDeps,
  actor: HandlerActor,
  input: { caseId: unknown; outcome: CaseOutcome; note?: string; feedbackText?: string },
): Promise<void> {
  const { row } = await caseForHandler(deps, actor, input.caseId);
  if (row.status === 'closed') throw new ReportError('case_closed', 'Already closed', { context: { reference: row.reference } });
  const missing = [...(row.security_chief_informed_on ? [] : ['securityChief']), ...(row.police_decision ? [] : ['police'])];
  if (missing.length > 0) throw new ReportError('case_not_ready_to_close', 'Security chief or police decision missing', { fields: missing });
  if (input.feedbackText) await writeToReporter(deps, actor, { caseId: row.id, kind: 'feedback', text: input.feedbackText });
  // Writing feedback leaves the notes alone, so the row read above still holds them.
  const opened = OpenedReport.open(deps, row);
  try {
    const notes = { ...opened.notes(), closingNote: input.note };
    await deps.db.transaction().execute(async (trx) => {
      await updateReport(trx, row.id, {
        status: 'closed',
        closed_on: localDate(deps.clock.now(), deps.timeZone),
        outcome: input.outcome,
        notes: opened.sealNotes(notes),
      });
      await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'closed', detail: input.outcome, at: deps.clock.now() });
    });
  } finally {
    opened.close();
  }
}
