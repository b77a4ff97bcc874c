import { localDate } from '../../calendar/zoned-time.js';
import { appendAudit, type AuditAction } from '../audit-log.js';
import { toCaseSummary } from '../case-view-model.js';
import { dueCaseReminders, type CaseReminderKind } from '../deadlines.js';
import { purgeCase } from '../purge-case.js';
import type { CaseSummary } from '../report.js';
import { allExclusions, claimReminder, listReleasedReports, releaseReminder } from '../reports-repository.js';
import { emptyTally, tally, type NotificationDeps, type SendTally } from './notification-deps.js';
import { channelRecipient, personalRecipients, type Recipient } from './recipients.js';

/** What a reminder round did, in counts. */
export interface ReminderResult extends SendTally {
  reminders: number;
  purged: number;
}

const auditActionFor: Record<CaseReminderKind, AuditAction> = {
  acknowledge_soon: 'reminder_sent',
  feedback_soon: 'reminder_sent',
  acknowledge_overdue: 'escalated',
  feedback_overdue: 'escalated',
  purge_warning: 'purge_warning_sent',
};

function reminderDate(kind: CaseReminderKind, c: CaseSummary): string {
  if (kind.startsWith('acknowledge')) return c.deadlines.acknowledgeBy;
  if (kind.startsWith('feedback')) return c.deadlines.feedbackBy;
  return c.deadlines.purgeOn ?? '';
}

/**
 * Reminders go to the assigned handler (else all handlers on the case);
 * a missed deadline escalates to every handler on the case, the escalation
 * contacts (e.g. the security chief) and the handlers' channel.
 */
async function recipientsFor(deps: NotificationDeps, kind: CaseReminderKind, c: CaseSummary, excluded: Set<string>): Promise<{ recipients: Recipient[]; unreachable: number }> {
  const onCase = deps.config.handlerIds.filter((id) => !excluded.has(id));
  const escalate = kind.endsWith('_overdue');
  const assigned = c.assignedHandlerId && onCase.includes(c.assignedHandlerId) ? [c.assignedHandlerId] : onCase;
  const ids = escalate ? [...onCase, ...deps.config.escalationIds.filter((id) => !excluded.has(id))] : assigned;
  const personal = await personalRecipients(deps.db, ids, deps);
  const channel = escalate ? await channelRecipient(deps, deps.locale) : undefined;
  return { recipients: channel ? [...personal.recipients, channel] : personal.recipients, unreachable: personal.unreachable };
}

/**
 * The legal deadlines (acknowledge in 7 days, feedback in 3 months): a
 * reminder ahead of each, an escalation when missed, a warning before a
 * closed case is purged — each once (claimed in report_reminders, given back
 * when every send failed so the next batch tries again). Cases whose
 * retention has run out are purged. Content never leaves the case view.
 */
export async function sendDeadlineReminders(deps: NotificationDeps): Promise<ReminderResult> {
  const today = localDate(deps.clock.now(), deps.timeZone);
  const result: ReminderResult = { ...emptyTally(), reminders: 0, purged: 0 };
  const exclusions = await allExclusions(deps.db);
  for (const row of await listReleasedReports(deps.db)) {
    const summary = toCaseSummary(row, 0, deps.config.retentionDays);
    const due = dueCaseReminders(summary, today);
    if (due.purge) {
      await purgeCase(deps, row);
      result.purged += 1;
      continue;
    }
    const excluded = new Set(exclusions.filter((e) => e.reportId === row.id).map((e) => e.handlerId));
    for (const kind of due.reminders) {
      if (!(await claimReminder(deps.db, row.id, kind))) continue;
      const { recipients, unreachable } = await recipientsFor(deps, kind, summary, excluded);
      result.unreachable += unreachable;
      const round = emptyTally();
      const view = { kind, reference: row.reference, date: reminderDate(kind, summary), caseViewUrl: deps.caseViewUrl };
      for (const recipient of recipients) {
        tally(round, await deps.messenger.send({ conversationRowId: recipient.conversationRowId }, deps.render.reminder(view, recipient.locale)));
      }
      result.sent += round.sent;
      result.failed += round.failed;
      result.unreachable += round.unreachable;
      if (round.sent === 0 && round.failed > 0) {
        await releaseReminder(deps.db, row.id, kind);
        continue;
      }
      result.reminders += 1;
      await appendAudit(deps.db, { reference: row.reference, actor: { id: null, name: null }, action: auditActionFor[kind], detail: kind, at: deps.clock.now() });
    }
  }
  return result;
}
