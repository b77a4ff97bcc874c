import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { ReportMessagesTable, ReportsTable } from '../storage/tables/report-tables.js';

export type ReportRow = Selectable<ReportsTable>;
export type MessageRow = Selectable<ReportMessagesTable>;

/** Stores a new report row (content already encrypted). */
export async function insertReport(db: Kysely<Database>, row: Insertable<ReportsTable>): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export async function findReport(db: Kysely<Database>, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The report a receipt code's hash belongs to. */
export async function findReportByReceiptHash(db: Kysely<Database>, hash: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('receipt_hash', '=', hash).executeTakeFirst();
}

/** True when a form's one-time token was already used for a report. */
export async function submissionSeen(db: Kysely<Database>, hash: string): Promise<boolean> {
  const report = await db.selectFrom('reports').select('id').where('submission_hash', '=', hash).executeTakeFirst();
  if (report) return true;
  const message = await db.selectFrom('report_messages').select('id').where('submission_hash', '=', hash).executeTakeFirst();
  return message !== undefined;
}

/**
 * Every case released to handlers (purged ones are gone; those not yet
 * released at a batch time are not shown), newest day first, then by reference.
 */
export async function listReleasedReports(db: Kysely<Database>): Promise<ReportRow[]> {
  return db.selectFrom('reports').selectAll().where('notified', '=', 1).orderBy('received_on', 'desc').orderBy('reference').execute();
}

export async function updateReport(db: Kysely<Database>, id: string, patch: Updateable<ReportsTable>): Promise<void> {
  await db.updateTable('reports').set(patch).where('id', '=', id).execute();
}

/** Deletes a report and (by cascade) its messages, exclusions and reminders: its data key is gone with it. */
export async function deleteReport(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('report_messages').where('report_id', '=', id).execute();
  await db.deleteFrom('report_exclusions').where('report_id', '=', id).execute();
  await db.deleteFrom('report_reminders').where('report_id', '=', id).execute();
  await db.deleteFrom('reports').where('id', '=', id).execute();
}

/**
 * A case's messages in order. For handlers (`releasedOnly`) a reporter's
 * answer appears only once released at a batch time.
 */
export async function listMessages(db: Kysely<Database>, reportId: string, options: { releasedOnly?: boolean } = {}): Promise<MessageRow[]> {
  let query = db.selectFrom('report_messages').selectAll().where('report_id', '=', reportId);
  if (options.releasedOnly) query = query.where((eb) => eb.or([eb('author', '=', 'handler'), eb('notified', '=', 1)]));
  return query.orderBy('seq').execute();
}

/** Appends a message with the next number in its case. Run inside a transaction. */
export async function appendMessage(db: Kysely<Database>, row: Omit<Insertable<ReportMessagesTable>, 'seq'>): Promise<number> {
  const last = await db
    .selectFrom('report_messages')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('report_id', '=', row.report_id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db.insertInto('report_messages').values({ ...row, seq }).execute();
  return seq;
}

/** Marks messages of one author in a case as having reached the other side. */
export async function markDelivered(db: Kysely<Database>, reportId: string, author: 'reporter' | 'handler'): Promise<void> {
  let query = db.updateTable('report_messages').set({ delivered: 1 }).where('report_id', '=', reportId).where('author', '=', author).where('delivered', '=', 0);
  if (author === 'reporter') query = query.where('notified', '=', 1);
  await query.execute();
}

/** Released reporter messages handlers have not opened yet, per case. */
export async function unreadReporterMessages(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('report_messages')
    .select(['report_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('author', '=', 'reporter')
    .where('notified', '=', 1)
    .where('delivered', '=', 0)
    .groupBy('report_id')
    .execute();
  return new Map(rows.map((r) => [r.report_id, Number(r.n)]));
}

/** Handlers excluded from a case (jäv). */
export async function listExclusions(db: Kysely<Database>, reportId: string): Promise<string[]> {
  const rows = await db.selectFrom('report_exclusions').select('handler_id').where('report_id', '=', reportId).execute();
  return rows.map((r) => r.handler_id);
}

/** All exclusions, for filtering the list. */
export async function allExclusions(db: Kysely<Database>): Promise<Array<{ reportId: string; handlerId: string }>> {
  const rows = await db.selectFrom('report_exclusions').selectAll().execute();
  return rows.map((r) => ({ reportId: r.report_id, handlerId: r.handler_id }));
}

export async function addExclusion(db: Kysely<Database>, reportId: string, handlerId: string): Promise<void> {
  await db
    .insertInto('report_exclusions')
    .values({ report_id: reportId, handler_id: handlerId })
    .onConflict((oc) => oc.columns(['report_id', 'handler_id']).doNothing())
    .execute();
}

export async function removeExclusion(db: Kysely<Database>, reportId: string, handlerId: string): Promise<void> {
  await db.deleteFrom('report_exclusions').where('report_id', '=', reportId).where('handler_id', '=', handlerId).execute();
}

/** Records that a reminder went out; false when it already had (so it is sent once). */
export async function claimReminder(db: Kysely<Database>, reportId: string, kind: string): Promise<boolean> {
  const result = await db
    .insertInto('report_reminders')
    .values({ report_id: reportId, kind })
    .onConflict((oc) => oc.columns(['report_id', 'kind']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a claimed reminder back (its send failed), so the next round tries again. */
export async function releaseReminder(db: Kysely<Database>, reportId: string, kind: string): Promise<void> {
  await db.deleteFrom('report_reminders').where('report_id', '=', reportId).where('kind', '=', kind).execute();
}
