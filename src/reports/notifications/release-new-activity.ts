import { rowCategories } from '../case-content.js';
import { allExclusions } from '../reports-repository.js';
import { emptyTally, tally, type NotificationDeps, type SendTally } from './notification-deps.js';
import { channelRecipient, personalRecipients } from './recipients.js';
import { shuffled } from './shuffle.js';

/** What a release did, in counts (for the log). */
export interface ReleaseResult extends SendTally {
  reports: number;
  answers: number;
}

/**
 * Runs at the fixed batch times: releases the reports and reporter answers
 * that arrived since the last batch to the handlers, and tells them — case
 * reference and category only, never content ("Ny anmälan mottagen,
 * kategori hot"). Rows are released one by one in random order in one
 * transaction, so the database keeps no trace of the order they came in
 * (PostgreSQL gives them all the same transaction id). Another server
 * process releasing the same rows at once finds them taken.
 */
export async function releaseNewActivity(deps: NotificationDeps): Promise<ReleaseResult> {
  const pendingReports = await deps.db.selectFrom('reports').select(['id', 'reference', 'categories_json']).where('notified', '=', 0).execute();
  const pendingAnswers = await deps.db
    .selectFrom('report_messages')
    .innerJoin('reports', 'reports.id', 'report_messages.report_id')
    .select(['report_messages.id as id', 'reports.id as reportId', 'reports.reference as reference'])
    .where('report_messages.author', '=', 'reporter')
    .where('report_messages.notified', '=', 0)
    .execute();
  const result: ReleaseResult = { ...emptyTally(), reports: 0, answers: 0 };
  if (pendingReports.length === 0 && pendingAnswers.length === 0) return result;

  const released = await deps.db.transaction().execute(async (trx) => {
    const reports: typeof pendingReports = [];
    const answers: typeof pendingAnswers = [];
    for (const item of shuffled([...pendingReports.map((r) => ({ report: r })), ...pendingAnswers.map((a) => ({ answer: a }))])) {
      if ('report' in item) {
        const res = await trx.updateTable('reports').set({ notified: 1 }).where('id', '=', item.report.id).where('notified', '=', 0).executeTakeFirst();
        if (Number(res.numUpdatedRows) > 0) reports.push(item.report);
      } else {
        const res = await trx.updateTable('report_messages').set({ notified: 1 }).where('id', '=', item.answer.id).where('notified', '=', 0).executeTakeFirst();
        if (Number(res.numUpdatedRows) > 0) answers.push(item.answer);
      }
    }
    return { reports, answers };
  });
  result.reports = released.reports.length;
  result.answers = released.answers.length;
  if (result.reports === 0 && result.answers === 0) return result;

  const exclusions = await allExclusions(deps.db);
  const newReports = [...released.reports]
    .sort((a, b) => a.reference.localeCompare(b.reference))
    .map((r) => ({ id: r.id, reference: r.reference, categories: rowCategories(r) }));
  const answered = [...new Map(released.answers.map((a) => [a.reportId, { id: a.reportId, reference: a.reference }])).values()].sort((a, b) =>
    a.reference.localeCompare(b.reference),
  );
  const { recipients, unreachable } = await personalRecipients(deps.db, deps.config.handlerIds, deps);
  result.unreachable += unreachable;
  for (const recipient of recipients) {
    const hidden = new Set(exclusions.filter((e) => e.handlerId === recipient.handlerId).map((e) => e.reportId));
    const view = {
      newReports: newReports.filter((r) => !hidden.has(r.id)),
      answeredCases: answered.filter((a) => !hidden.has(a.id)),
      caseViewUrl: deps.caseViewUrl,
      audience: 'handler' as const,
    };
    if (view.newReports.length === 0 && view.answeredCases.length === 0) continue;
    tally(result, await deps.messenger.send({ conversationRowId: recipient.conversationRowId }, deps.render.newActivity(view, recipient.locale)));
  }
  const channel = await channelRecipient(deps, deps.locale);
  if (channel) {
    const view = { newReports, answeredCases: answered, caseViewUrl: deps.caseViewUrl, audience: 'channel' as const };
    tally(result, await deps.messenger.send({ conversationRowId: channel.conversationRowId }, deps.render.newActivity(view, channel.locale)));
  } else if (deps.config.handlerChannelId) {
    result.unreachable += 1;
  }
  return result;
}
