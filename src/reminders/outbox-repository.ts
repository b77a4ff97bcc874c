import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';
import type { ReminderOutboxTable } from '../storage/tables/reminder-tables.js';
import type { OutboxItem, OutboxState, PlannedRow } from './outbox-item.js';
import { audienceOf, type Audience, type ReminderRule } from './reminder-rule-kinds.js';

/** Maps an outbox row to the domain type. */
export function toOutboxItem(row: Selectable<ReminderOutboxTable>): OutboxItem {
  return {
    id: row.id,
    subjectId: row.subject_id,
    measureId: row.measure_id,
    planId: row.plan_id,
    rule: row.rule as ReminderRule,
    occurrence: row.occurrence,
    recipientId: row.recipient_id,
    audience: row.audience as Audience,
    sendDate: row.send_date,
    expiresOn: row.expires_on,
    payload: row.payload_json ? (JSON.parse(row.payload_json) as Record<string, unknown>) : null,
    state: row.state as OutboxState,
    nextAttemptAt: row.next_attempt_at,
    attempts: Number(row.attempts),
    failures: Number(row.failures),
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
    outcome: row.outcome,
  };
}

const chunkSize = 200;

/**
 * Inserts planned rows; a row whose key (subject, rule, occurrence,
 * recipient) exists already is left as it is. Safe to call from several
 * processes at once, as often as wanted. Returns how many were new.
 */
export async function insertPlannedRows(db: Kysely<Database>, rows: readonly PlannedRow[], nowIso: string): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const values = rows.slice(i, i + chunkSize).map((r) => ({
      id: newId(),
      subject_id: r.subjectId,
      measure_id: r.measureId,
      plan_id: r.planId,
      rule: r.rule,
      occurrence: r.occurrence,
      recipient_id: r.recipientId,
      audience: audienceOf(r.rule),
      send_date: r.sendDate,
      expires_on: r.expiresOn,
      payload_json: r.payload ? JSON.stringify(r.payload) : null,
      state: 'pending',
      next_attempt_at: r.notBefore.toISOString(),
      attempts: 0,
      failures: 0,
      claimed_by: null,
      lease_until: null,
      delivery_id: null,
      activity_id: null,
      outcome: null,
      sent_at: null,
      created_at: nowIso,
      updated_at: nowIso,
    }));
    const result = await db
      .insertInto('reminder_outbox')
      .values(values)
      .onConflict((oc) => oc.columns(['subject_id', 'rule', 'occurrence', 'recipient_id']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

function byIds<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T>): Promise<T[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 500) chunks.push(ids.slice(i, i + 500));
  return Promise.all(chunks.map(run));
}

/**
 * Marks the rows of one delivered message sent — only while this worker
 * still holds them. `claimed_by` stays as a record of which process sent it.
 */
export async function markSent(
  db: Kysely<Database>,
  ids: readonly string[],
  workerId: string,
  delivery: { deliveryId: string; activityId: string | undefined },
  nowIso: string,
): Promise<number> {
  const results = await byIds(ids, (chunk) =>
    db
      .updateTable('reminder_outbox')
      .set({ state: 'sent', sent_at: nowIso, delivery_id: delivery.deliveryId, activity_id: delivery.activityId ?? null, outcome: 'sent', lease_until: null, updated_at: nowIso })
      .where('id', 'in', chunk)
      .where('claimed_by', '=', workerId)
      .where('state', '=', 'sending')
      .executeTakeFirst(),
  );
  return results.reduce((n, r) => n + Number(r.numUpdatedRows), 0);
}

/** Ends rows without sending: skipped by a quiet rule, unreachable, or failed for good. */
export async function finishRows(
  db: Kysely<Database>,
  ids: readonly string[],
  workerId: string,
  state: Exclude<OutboxState, 'pending' | 'sending' | 'sent'>,
  outcome: string,
  nowIso: string,
): Promise<void> {
  await byIds(ids, (chunk) =>
    db
      .updateTable('reminder_outbox')
      .set({ state, outcome, lease_until: null, updated_at: nowIso })
      .where('id', 'in', chunk)
      .where('claimed_by', '=', workerId)
      .where('state', '=', 'sending')
      .execute(),
  );
}

/**
 * Gives rows back to the outbox to try again at `nextAttemptAt` (working
 * hours not yet begun, 429, 5xx). `failed` counts a failure towards giving up.
 */
export async function releaseRows(
  db: Kysely<Database>,
  ids: readonly string[],
  workerId: string,
  retry: { nextAttemptAt: string; outcome: string | null; failed: boolean },
  nowIso: string,
): Promise<void> {
  await byIds(ids, (chunk) =>
    db
      .updateTable('reminder_outbox')
      .set((eb) => ({
        state: 'pending',
        next_attempt_at: retry.nextAttemptAt,
        outcome: retry.outcome,
        claimed_by: null,
        lease_until: null,
        updated_at: nowIso,
        ...(retry.failed ? { failures: eb('failures', '+', 1) } : {}),
      }))
      .where('id', 'in', chunk)
      .where('claimed_by', '=', workerId)
      .where('state', '=', 'sending')
      .execute(),
  );
}

/**
 * Extends this worker's lease on the given rows (its heartbeat) and returns
 * the ids it still held. A row missing from the answer was taken over by
 * another process after our lease ran out (a paused or frozen process):
 * this worker must not send it.
 */
export async function renewLeases(db: Kysely<Database>, workerId: string, ids: readonly string[], leaseUntilIso: string, nowIso: string): Promise<Set<string>> {
  const results = await byIds(ids, (chunk) =>
    db
      .updateTable('reminder_outbox')
      .set({ lease_until: leaseUntilIso, updated_at: nowIso })
      .where('id', 'in', chunk)
      .where('claimed_by', '=', workerId)
      .where('state', '=', 'sending')
      .returning('id')
      .execute(),
  );
  return new Set(results.flat().map((r) => r.id));
}

/** On a clean stop: everything this worker claimed but did not send goes straight back. */
export async function releaseAllClaims(db: Kysely<Database>, workerId: string, nowIso: string): Promise<number> {
  const result = await db
    .updateTable('reminder_outbox')
    .set({ state: 'pending', claimed_by: null, lease_until: null, updated_at: nowIso })
    .where('claimed_by', '=', workerId)
    .where('state', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The earliest instant any row becomes claimable: a pending row's next
 * attempt or a held row's lease end. Undefined when nothing is left to do.
 */
export async function nextDueAt(db: Kysely<Database>): Promise<string | undefined> {
  const pending = await db.selectFrom('reminder_outbox').select((eb) => eb.fn.min('next_attempt_at').as('at')).where('state', '=', 'pending').executeTakeFirst();
  const held = await db.selectFrom('reminder_outbox').select((eb) => eb.fn.min('lease_until').as('at')).where('state', '=', 'sending').executeTakeFirst();
  const times = [pending?.at, held?.at].filter((t): t is string => typeof t === 'string');
  return times.sort()[0];
}

/** How many rows are in each state (for `tillit reminders status` and tests). */
export async function countByState(db: Kysely<Database>): Promise<Record<OutboxState, number>> {
  const rows = await db.selectFrom('reminder_outbox').select(['state', (eb) => eb.fn.countAll().as('n')]).groupBy('state').execute();
  const counts: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, skipped: 0, unreachable: 0, failed: 0 };
  for (const r of rows) counts[r.state as OutboxState] = Number(r.n);
  return counts;
}
