import { localDate } from '../calendar/zoned-time.js';
import { newId } from '../ids.js';
import { appendAudit } from './audit-log.js';
import { OpenedReport } from './case-content.js';
import { auditActor, caseForHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { appendMessage, updateReport } from './reports-repository.js';

/** What a handler's message is: the acknowledgement of receipt, an ordinary message, or feedback on what was done. */
export type HandlerMessageKind = 'acknowledgement' | 'message' | 'feedback';

/**
 * A handler writes to the reporter. The first message to a new case is its
 * acknowledgement (the 7-day deadline is met, whatever it was called);
 * feedback sets the day feedback was given (the 3-month deadline). The
 * reporter reads it in the inbox (anonymous) or gets it in chat (named).
 */
export async function writeToReporter(
  deps: ReportDeps,
  actor: HandlerActor,
  input: { caseId: unknown; kind: HandlerMessageKind; text: string },
): Promise<void> {
  const { row } = await caseForHandler(deps, actor, input.caseId);
  if (row.status === 'closed') throw new ReportError('case_closed', 'Case closed', { context: { reference: row.reference } });
  if (input.kind === 'acknowledgement' && row.status !== 'new') {
    throw new ReportError('case_action_invalid', 'Already acknowledged', { fields: ['kind'] });
  }
  const today = localDate(deps.clock.now(), deps.timeZone);
  const now = deps.clock.now();
  const opened = OpenedReport.open(deps, row);
  try {
    const id = newId();
    const body = opened.sealMessage(id, input.text);
    await deps.db.transaction().execute(async (trx) => {
      await appendMessage(trx, {
        id,
        report_id: row.id,
        author: 'handler',
        kind: input.kind,
        handler_id: actor.aadObjectId.toLowerCase(),
        body,
        sent_on: today,
        notified: 1,
        delivered: 0,
        submission_hash: null,
      });
      const acknowledges = row.status === 'new';
      const feedback = input.kind === 'feedback' && !row.feedback_on;
      if (acknowledges || feedback) {
        await updateReport(trx, row.id, {
          ...(acknowledges ? { status: 'acknowledged', acknowledged_on: today } : {}),
          ...(feedback ? { feedback_on: today } : {}),
        });
      }
      const actorEntry = auditActor(actor);
      if (acknowledges) await appendAudit(trx, { reference: row.reference, actor: actorEntry, action: 'acknowledged', at: now });
      await appendAudit(trx, {
        reference: row.reference,
        actor: actorEntry,
        action: input.kind === 'feedback' ? 'feedback_sent' : 'message_sent',
        at: now,
      });
    });
  } finally {
    opened.close();
  }
}
