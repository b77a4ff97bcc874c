import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import type { ReminderOutboxTable } from '../storage/tables/reminder-tables.js';
import type { OutboxItem } from './outbox-item.js';
import { toOutboxItem } from './outbox-repository.js';

export interface ClaimRequest {
  workerId: string;
  nowIso: string;
  leaseUntilIso: string;
  /**
   * Roughly how many recipients to take: those of the `recipients` oldest due
   * rows (and of as many rows with a lapsed lease). Each index walk stops
   * there, so a claim costs the same with 10 or 100 000 rows waiting.
   */
  recipients: number;
}

/**
 * Claims due rows for this worker: pending rows whose time has come, and
 * rows whose holder's lease ran out (a crashed process). A recipient's due
 * rows are always claimed together, so one person gets one message.
 *
 * PostgreSQL: recipients are taken under a transaction-scoped advisory lock
 * and their rows with FOR UPDATE SKIP LOCKED, so concurrent dispatchers never
 * wait for each other and never split or share a recipient. SQLite: one
 * UPDATE statement, which SQLite runs under its single writer lock.
 */
export async function claimDueRows(db: Kysely<Database>, dialect: Dialect, request: ClaimRequest): Promise<OutboxItem[]> {
  const { workerId, nowIso: now, leaseUntilIso: lease, recipients } = request;
  const rows =
    dialect === 'postgres'
      ? await sql<Selectable<ReminderOutboxTable>>`
          with candidates as (
            select recipient_id from (select recipient_id from reminder_outbox where state = 'pending' and next_attempt_at <= ${now} order by next_attempt_at limit ${recipients}) p
            union
            select recipient_id from (select recipient_id from reminder_outbox where state = 'sending' and lease_until < ${now} limit ${recipients}) s
          ), locked as (
            select recipient_id from candidates where pg_try_advisory_xact_lock(hashtext('tillit.reminders:' || recipient_id))
          ), claimable as (
            select o.id from reminder_outbox o
            where o.recipient_id in (select recipient_id from locked)
              and ((o.state = 'pending' and o.next_attempt_at <= ${now}) or (o.state = 'sending' and o.lease_until < ${now}))
            for update skip locked
          )
          update reminder_outbox set state = 'sending', claimed_by = ${workerId}, lease_until = ${lease},
            attempts = reminder_outbox.attempts + 1, updated_at = ${now}
          from claimable where reminder_outbox.id = claimable.id
          returning reminder_outbox.*`.execute(db)
      : await sql<Selectable<ReminderOutboxTable>>`
          update reminder_outbox set state = 'sending', claimed_by = ${workerId}, lease_until = ${lease},
            attempts = attempts + 1, updated_at = ${now}
          where ((state = 'pending' and next_attempt_at <= ${now}) or (state = 'sending' and lease_until < ${now}))
            and recipient_id in (
              select recipient_id from (select recipient_id from reminder_outbox where state = 'pending' and next_attempt_at <= ${now} order by next_attempt_at limit ${recipients})
              union
              select recipient_id from (select recipient_id from reminder_outbox where state = 'sending' and lease_until < ${now} limit ${recipients})
            )
          returning *`.execute(db);
  return rows.rows.map(toOutboxItem);
}
