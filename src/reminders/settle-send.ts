import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import { recordUnreachable } from '../directory/record-unreachable.js';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../ports/clock.js';
import type { SendResult } from '../ports/messenger.js';
import type { Database } from '../storage/schema.js';
import { backoffDelayMs, throttleDelayMs } from './backoff.js';
import type { ConversationPacer } from './conversation-pacer.js';
import type { Delivery, RecipientJob } from './delivery.js';
import type { DispatchSummary } from './dispatch-summary.js';
import type { DispatcherSettings } from './dispatcher-settings.js';
import { finishRows, markSent, releaseRows } from './outbox-repository.js';
import { loadPlanFacts } from './reminder-facts.js';
import type { SendBudget } from './send-budget.js';
import type { ThrottleTracker } from './throttle-tracker.js';
import { planUnreachableNotices } from './unreachable-notices.js';
import { isPassingDatabaseError } from '../storage/database-errors.js';
import type { WriteHealth } from './write-health.js';

/** What settling a send needs from the dispatcher. */
export interface SendContext {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  settings: DispatcherSettings;
  workerId: string;
  pacer: ConversationPacer;
  budget: SendBudget;
  throttles: ThrottleTracker;
  writes: WriteHealth;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Records one send's outcome: sent rows marked, refused ones failed, an
 * unreachable person recorded and their coordinators told, a 429 honoured
 * (the conversation waits Retry-After; a burst of 429s pauses every process),
 * 5xx backed off with jitter.
 * False when the rest of the recipient's job must wait (it has been put back).
 */
export async function settleSend(ctx: SendContext, job: RecipientJob, delivery: Delivery, rest: Delivery[], result: SendResult, summary: DispatchSummary): Promise<boolean> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const ids = delivery.rows.map((r) => r.id);
  const restIds = rest.flatMap((d) => d.rows.map((r) => r.id));
  const write = <T>(run: () => Promise<T>) => persist(ctx.writes, ctx.logger, run);
  if (result.ok) {
    const marked = await write(() => markSent(ctx.db, ids, ctx.workerId, { deliveryId: delivery.deliveryId, activityId: result.activityId }, nowIso));
    // Another process took these rows over (our lease ran out mid-send): it may send them again.
    if (marked < ids.length) ctx.logger.warn({ code: 'reminder_lease_lost_after_send', rows: ids.length - marked }, 'lease lost after send');
    summary.messages += 1;
    summary.sentRows += ids.length;
    return true;
  }
  if (result.kind === 'rejected') {
    await write(() => finishRows(ctx.db, ids, ctx.workerId, 'failed', `rejected_${result.status ?? 'unknown'}`, nowIso));
    summary.failedRows += ids.length;
    ctx.logger.warn({ code: 'reminder_rejected', status: result.status, rows: ids.length }, 'reminder rejected by Teams');
    return true;
  }
  if (result.kind === 'unreachable') {
    const reason = result.status === 403 ? 'blocked' : 'conversation_gone';
    await write(() => recordUnreachable({ db: ctx.db, clock: ctx.clock }, { conversationRowId: job.conversationRowId, reason }));
    const all = [...delivery.rows, ...rest.flatMap((d) => d.rows)];
    await write(() => finishRows(ctx.db, all.map((r) => r.id), ctx.workerId, 'unreachable', reason, nowIso));
    summary.unreachableRows += all.length;
    const plans = await write(() => loadPlanFacts(ctx.db, all.map((r) => r.planId)));
    await write(() => planUnreachableNotices(ctx.db, { rows: all, ownerId: job.recipientId, reason, episode: localDate(now, ctx.settings.organisationZone), plans, now, organisationZone: ctx.settings.organisationZone }));
    ctx.logger.warn({ code: 'reminder_unreachable', status: result.status, rows: all.length }, 'recipient unreachable');
    return false;
  }
  if (result.kind === 'throttled') {
    const wait = throttleDelayMs(result.retryAfterMs);
    summary.throttled += 1;
    ctx.pacer.block(job.conversationRowId, Date.now() + wait);
    if (ctx.throttles.note(Date.now())) await write(() => ctx.budget.pause(result.retryAfterMs ?? 1000));
    await write(() => releaseRows(ctx.db, [...ids, ...restIds], ctx.workerId, { nextAttemptAt: new Date(now.getTime() + wait).toISOString(), outcome: 'throttled', failed: false }, nowIso));
    summary.retriedRows += ids.length + restIds.length;
    return false;
  }
  // Transient: 5xx or a network error. Back off with jitter; give up after maxFailures.
  const failures = Math.max(...delivery.rows.map((r) => r.failures)) + 1;
  if (failures >= ctx.settings.backoff.maxFailures) {
    await write(() => finishRows(ctx.db, ids, ctx.workerId, 'failed', 'gave_up', nowIso));
    summary.failedRows += ids.length;
    ctx.logger.warn({ code: 'reminder_gave_up', status: result.status, rows: ids.length }, 'reminder failed for good');
  } else {
    const at = new Date(now.getTime() + backoffDelayMs(failures, ctx.settings.backoff)).toISOString();
    await write(() => releaseRows(ctx.db, ids, ctx.workerId, { nextAttemptAt: at, outcome: `transient_${result.status ?? 'network'}`, failed: true }, nowIso));
    summary.retriedRows += ids.length;
  }
  if (restIds.length > 0) {
    await write(() => releaseRows(ctx.db, restIds, ctx.workerId, { nextAttemptAt: new Date(now.getTime() + 1000).toISOString(), outcome: null, failed: false }, nowIso));
    summary.retriedRows += restIds.length;
  }
  return false;
}

/**
 * Writing a send's outcome must not be lost to a passing database hiccup (a
 * dropped connection, a restart, SQLite's lock): retry for a few seconds.
 * Meanwhile `writes` holds back new sends; a write that fails for good
 * (disk full, read-only, or the database gone too long) ends the sending.
 */
async function persist<T>(writes: WriteHealth, logger: Logger, write: () => Promise<T>): Promise<T> {
  let failing = false;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!isPassingDatabaseError(error) || attempt >= maxWriteAttempts) {
          writes.break(error);
          throw error;
        }
        if (!failing) writes.failed();
        failing = true;
        logger.warn({ code: 'reminder_write_retry', attempt, errorCode: String((error as { code?: unknown }).code ?? '') }, 'outbox write failed; retrying');
        await sleep(Math.min(100 * 2 ** (attempt - 1), 2000));
      }
    }
  } finally {
    if (failing) writes.recovered();
  }
}

/** About seven seconds of retries: longer than a failover, shorter than a lease. */
const maxWriteAttempts = 8;
