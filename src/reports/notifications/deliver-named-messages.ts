import { OpenedReport } from '../case-content.js';
import { findReport } from '../reports-repository.js';
import { emptyTally, tally, type NotificationDeps, type SendTally } from './notification-deps.js';
import { reporterRecipient } from './recipients.js';

/**
 * Handlers' messages to named reporters go to the reporter's own chat (they
 * chose to be known). Sent as soon as the worker runs; a failed send stays
 * pending and is tried again next time.
 */
export async function deliverNamedMessages(deps: NotificationDeps): Promise<SendTally> {
  const result = emptyTally();
  const pending = await deps.db
    .selectFrom('report_messages')
    .innerJoin('reports', 'reports.id', 'report_messages.report_id')
    .selectAll('report_messages')
    .where('reports.kind', '=', 'named')
    .where('report_messages.author', '=', 'handler')
    .where('report_messages.delivered', '=', 0)
    .orderBy('report_messages.seq')
    .execute();
  for (const message of pending) {
    const report = await findReport(deps.db, message.report_id);
    if (!report?.reporter_person_id) continue;
    const recipient = await reporterRecipient(deps.db, report.reporter_person_id, deps);
    if (!recipient) {
      result.unreachable += 1;
      continue;
    }
    const opened = OpenedReport.open(deps, report);
    let text: string;
    try {
      text = opened.messages([message])[0]!.text;
    } finally {
      opened.close();
    }
    const view = {
      reportId: report.id,
      reference: report.reference,
      kind: message.kind as 'acknowledgement' | 'message' | 'feedback',
      text,
      closed: report.status === 'closed',
    };
    const sent = await deps.messenger.send({ conversationRowId: recipient.conversationRowId }, deps.render.namedMessage(view, recipient.locale));
    tally(result, sent);
    if (sent.ok) await deps.db.updateTable('report_messages').set({ delivered: 1 }).where('id', '=', message.id).execute();
  }
  return result;
}
