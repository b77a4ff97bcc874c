import { localDate } from '../calendar/zoned-time.js';
import { appendAudit } from './audit-log.js';
import { OpenedReport } from './case-content.js';
import type { PoliceDecision } from './categories.js';
import { auditActor, caseForHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { updateReport } from './reports-repository.js';

/**
 * Records that the security chief was informed (Danderyd's guideline: the
 * security chief is always told). Recording it again keeps the first day.
 */
export async function recordSecurityChiefInformed(deps: ReportDeps, actor: HandlerActor, input: { caseId: unknown }): Promise<void> {
  const { row } = await caseForHandler(deps, actor, input.caseId);
  if (row.security_chief_informed_on) return;
  await deps.db.transaction().execute(async (trx) => {
    await updateReport(trx, row.id, { security_chief_informed_on: localDate(deps.clock.now(), deps.timeZone) });
    await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'security_chief_informed', at: deps.clock.now() });
  });
}

/**
 * Records whether a police report was made (suspected crimes are reported,
 * unless secrecy prevents it). The optional note (e.g. the police's case
 * number, or why not) is encrypted with the report. A later decision replaces
 * an earlier one; both are in the audit log.
 */
export async function recordPoliceDecision(
  deps: ReportDeps,
  actor: HandlerActor,
  input: { caseId: unknown; decision: PoliceDecision; note?: string },
): Promise<void> {
  const { row } = await caseForHandler(deps, actor, input.caseId);
  const opened = OpenedReport.open(deps, row);
  try {
    const notes = { ...opened.notes(), policeNote: input.note };
    await deps.db.transaction().execute(async (trx) => {
      await updateReport(trx, row.id, {
        police_decision: input.decision,
        police_decided_on: localDate(deps.clock.now(), deps.timeZone),
        notes: opened.sealNotes(notes),
      });
      await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'police_decision', detail: input.decision, at: deps.clock.now() });
    });
  } finally {
    opened.close();
  }
}
