import { localDate } from '../calendar/zoned-time.js';
import { immediateWrites } from '../storage/write-cadence.js';
import { newId } from '../ids.js';
import { OpenedReport, rowCategories } from './case-content.js';
import { normaliseReceiptCode } from './crypto/receipt-code.js';
import { formSubmissionHash } from './form-token.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { parseMessageText } from './report-input.js';
import type { CaseStatus, InboxView } from './report.js';
import { appendMessage, findReport, findReportByReceiptHash, listMessages, submissionSeen, type ReportRow } from './reports-repository.js';
import type { ProofOfWork } from './proof-of-work.js';

/** How long an opened inbox stays open without the code being typed again. */
export const inboxSessionLifetimeMs = 30 * 60 * 1000;

/** Opening the inbox with a code also needs the proof of work. */
export interface InboxDeps extends ReportDeps {
  pow: ProofOfWork;
}

/** An opened inbox: what the reporter sees and an opaque session for the next step (kept only in the page). */
export interface OpenedInbox {
  view: InboxView;
  session: string;
}

function sessionFor(deps: ReportDeps, reportId: string): string {
  return deps.crypto.sealToken('inbox', { r: reportId, e: deps.clock.now().getTime() + inboxSessionLifetimeMs });
}

async function inboxView(deps: ReportDeps, row: ReportRow): Promise<OpenedInbox> {
  const opened = OpenedReport.open(deps, row);
  try {
    // Reading writes nothing: a write would date the reporter's visit (PostgreSQL stamps every row version).
    const messages = opened.messages(await listMessages(deps.db, row.id)).map(({ handlerId: _hidden, ...m }) => m);
    return {
      view: {
        reportId: row.id,
        status: row.status as CaseStatus,
        receivedOn: row.received_on,
        categories: rowCategories(row),
        unit: row.unit,
        happenedMonth: row.happened_month,
        text: opened.text(),
        messages,
      },
      session: sessionFor(deps, row.id),
    };
  } finally {
    opened.close();
  }
}

/**
 * Opens a report's inbox with its receipt code. Every attempt pays a proof
 * of work before the slow hash runs, its difficulty rising with everyone's
 * attempts together (no IP involved) — so guessing gets expensive, and no
 * number of wrong codes can lock an honest reporter out. A 20-digit code
 * cannot be guessed anyway; the work protects the server's scrypt time. A
 * wrong code and the code of a purged report look the same.
 */
export async function openInboxWithCode(deps: InboxDeps, input: { code: string; pow: { challenge: unknown; nonce: unknown } }): Promise<OpenedInbox> {
  const code = normaliseReceiptCode(input.code);
  if (!code) throw new ReportError('receipt_code_malformed', 'Not 20 digits');
  await deps.pow.verify('inbox', input.pow.challenge, input.pow.nonce);
  const row = await findReportByReceiptHash(deps.db, await deps.crypto.hashReceiptCode(code));
  if (!row || row.kind !== 'anonymous') throw new ReportError('receipt_code_unknown', 'No report for this code');
  return inboxView(deps, row);
}

async function reportForSession(deps: ReportDeps, session: unknown): Promise<ReportRow> {
  const payload = typeof session === 'string' ? deps.crypto.openToken('inbox', session) : undefined;
  if (!payload || typeof payload.r !== 'string' || typeof payload.e !== 'number') throw new ReportError('inbox_expired', 'No valid inbox session');
  if (payload.e < deps.clock.now().getTime()) throw new ReportError('inbox_expired', 'Inbox session expired');
  const row = await findReport(deps.db, payload.r);
  // Purged while open: as if the code were wrong.
  if (!row) throw new ReportError('receipt_code_unknown', 'Report gone');
  return row;
}

/** Re-opens the inbox from the page's session (after an answer, or "update"). */
export async function openInboxWithSession(deps: ReportDeps, input: { session: unknown }): Promise<OpenedInbox> {
  return inboxView(deps, await reportForSession(deps, input.session));
}

/**
 * The reporter answers or adds information. Stored with the day only; the
 * handlers hear of it in the next batch. A closed case takes no more answers,
 * and the same post sent twice is saved once.
 */
export async function answerAsReporter(
  deps: ReportDeps,
  input: { session: unknown; text: unknown; formToken: unknown },
): Promise<OpenedInbox> {
  const row = await reportForSession(deps, input.session);
  if (row.status === 'closed') throw new ReportError('case_closed', 'Case closed');
  const text = parseMessageText(input.text);
  const submissionHash = formSubmissionHash(deps.crypto, deps.clock, input.formToken);
  if (await submissionSeen(deps.db, submissionHash)) throw new ReportError('report_already_sent', 'Answer already sent');
  const opened = OpenedReport.open(deps, row);
  try {
    const id = newId();
    // Written at the next beat of the write cadence (at once without one).
    await (deps.anonymousWrites ?? immediateWrites(deps.db)).run(async (trx) => {
      await appendMessage(trx, {
        id,
        report_id: row.id,
        author: 'reporter',
        kind: 'message',
        handler_id: null,
        body: opened.sealMessage(id, text),
        sent_on: localDate(deps.clock.now(), deps.timeZone),
        notified: 0,
        delivered: 0,
        submission_hash: submissionHash,
      });
    });
  } finally {
    opened.close();
  }
  return inboxView(deps, row);
}
