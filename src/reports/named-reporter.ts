import { localDate } from '../calendar/zoned-time.js';
import { newId } from '../ids.js';
import { OpenedReport } from './case-content.js';
import { sha256Hex } from './crypto/report-crypto.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { parseMessageText } from './report-input.js';
import { appendMessage, findReport, submissionSeen } from './reports-repository.js';

/**
 * A named reporter answers a handler from their chat. Only the person who
 * made the report may; a closed case takes no more answers; the same card
 * submitted twice is saved once.
 */
export async function answerAsNamedReporter(
  deps: ReportDeps,
  input: { reportId: unknown; personId: string; text: unknown; submissionKey: string },
): Promise<{ reference: string }> {
  const row = typeof input.reportId === 'string' && /^[0-9a-f-]{36}$/i.test(input.reportId) ? await findReport(deps.db, input.reportId) : undefined;
  if (!row || row.kind !== 'named' || row.reporter_person_id !== input.personId) throw new ReportError('not_reporter', 'Not this person’s report');
  if (row.status === 'closed') throw new ReportError('case_closed', 'Case closed', { context: { reference: row.reference } });
  const text = parseMessageText(input.text);
  const submissionHash = sha256Hex(`named-answer:${input.submissionKey}`);
  if (await submissionSeen(deps.db, submissionHash)) throw new ReportError('report_already_sent', 'Answer already sent');
  const opened = OpenedReport.open(deps, row);
  try {
    const id = newId();
    const body = opened.sealMessage(id, text);
    await deps.db.transaction().execute(async (trx) => {
      await appendMessage(trx, {
        id,
        report_id: row.id,
        author: 'reporter',
        kind: 'message',
        handler_id: null,
        body,
        sent_on: localDate(deps.clock.now(), deps.timeZone),
        notified: 0,
        delivered: 0,
        submission_hash: submissionHash,
      });
    });
  } finally {
    opened.close();
  }
  return { reference: row.reference };
}
