import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import type { Database } from '../storage/schema.js';
import { newId } from '../ids.js';
import { newCaseReference } from './case-reference.js';
import { newReceiptCode } from './crypto/receipt-code.js';
import { sha256Hex } from './crypto/report-crypto.js';
import { formSubmissionHash } from './form-token.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import type { ReportDraft, ReportKind } from './report.js';
import { insertReport, submissionSeen } from './reports-repository.js';
import type { ProofOfWork } from './proof-of-work.js';

/** Where a report's text lives inside its ciphertext; binds the ciphertext to its report. */
export function contentPlace(reportId: string): string {
  return `report:${reportId}:content`;
}

async function storeReport(
  deps: ReportDeps,
  input: { kind: ReportKind; draft: ReportDraft; receiptHash: string | null; reporterPersonId: string | null; submissionHash: string | null },
): Promise<{ id: string; reference: string }> {
  const id = newId();
  const { key, wrapped } = deps.crypto.newDataKey(id);
  try {
    const content = deps.crypto.encrypt(key, JSON.stringify({ text: input.draft.text }), contentPlace(id));
    const reference = await newCaseReference(deps.db);
    const write = async (db: Kysely<Database>) => insertReport(db, {
      id,
      reference,
      kind: input.kind,
      receipt_hash: input.receiptHash,
      reporter_person_id: input.reporterPersonId,
      categories_json: JSON.stringify(input.draft.categories),
      subject: input.draft.subject,
      unit: input.draft.unit,
      happened_month: input.draft.happenedMonth,
      ongoing: input.draft.ongoing === null ? null : input.draft.ongoing ? 1 : 0,
      wants_contact: input.draft.wantsContact ? 1 : 0,
      // The day only: never the time, in any column.
      received_on: localDate(deps.clock.now(), deps.timeZone),
      status: 'new',
      acknowledged_on: null,
      feedback_on: null,
      closed_on: null,
      outcome: null,
      assigned_handler_id: null,
      security_chief_informed_on: null,
      police_decision: null,
      police_decided_on: null,
      wrapped_key: wrapped,
      content,
      notes: null,
      submission_hash: input.submissionHash,
      notified: 0,
    });
    // Anonymous reports wait for the next beat of the write cadence; named ones (identity kept anyway) are written at once.
    if (input.kind === 'anonymous' && deps.anonymousWrites) await deps.anonymousWrites.run(write);
    else await write(deps.db);
    return { id, reference };
  } finally {
    key.fill(0);
  }
}

/**
 * An anonymous report from the form, once its proof of work checks out.
 * Stores nothing about the sender — the caller passes only the validated
 * draft, the form's token and the solved challenge — and hands
 * back a fresh receipt code, kept only as its scrypt hash.
 */
export async function submitAnonymousReport(
  deps: ReportDeps & { pow: ProofOfWork },
  input: { draft: ReportDraft; formToken: unknown; pow: { challenge: unknown; nonce: unknown } },
): Promise<{ receiptCode: string }> {
  // First the proof of work: a flood pays in CPU before anything else runs.
  await deps.pow.verify('report', input.pow.challenge, input.pow.nonce);
  const submissionHash = formSubmissionHash(deps.crypto, deps.clock, input.formToken);
  if (await submissionSeen(deps.db, submissionHash)) throw new ReportError('report_already_sent', 'Form token already used');
  const receiptCode = newReceiptCode();
  const receiptHash = await deps.crypto.hashReceiptCode(receiptCode);
  try {
    await storeReport(deps, { kind: 'anonymous', draft: input.draft, receiptHash, reporterPersonId: null, submissionHash });
  } catch (error) {
    // Two identical posts racing: the unique submission hash lets one through.
    if (await submissionSeen(deps.db, submissionHash)) throw new ReportError('report_already_sent', 'Form token already used');
    throw error;
  }
  return { receiptCode };
}

/**
 * A named, confidential report from the bot's card: the person is kept on
 * purpose and shown only to case handlers. No receipt code — answers come in
 * the reporter's own chat. `submissionKey` (random, from the card) makes a
 * double click one report.
 */
export async function submitNamedReport(
  deps: ReportDeps,
  input: { draft: ReportDraft; reporterPersonId: string; submissionKey: string },
): Promise<{ reference: string }> {
  const submissionHash = sha256Hex(`named:${input.submissionKey}`);
  if (await submissionSeen(deps.db, submissionHash)) throw new ReportError('report_already_sent', 'Card already submitted');
  const { reference } = await storeReport(deps, {
    kind: 'named',
    draft: input.draft,
    receiptHash: null,
    reporterPersonId: input.reporterPersonId,
    submissionHash,
  });
  return { reference };
}
