import os from 'node:os';
import { rememberStatusPrompt } from '../status/status-prompts.js';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../ports/clock.js';
import type { Messenger, SendResult } from '../ports/messenger.js';
import type { Dialect } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { ConversationPacer } from './conversation-pacer.js';
import type { Delivery, RecipientJob } from './delivery.js';
import { emptySummary, type DispatchSummary } from './dispatch-summary.js';
import type { DispatcherSettings } from './dispatcher-settings.js';
import type { OutboxItem } from './outbox-item.js';
import { claimDueRows } from './outbox-claims.js';
import { finishRows, nextDueAt, releaseAllClaims, releaseRows, renewLeases } from './outbox-repository.js';
import { prepareDeliveries, type Prepared } from './prepare-deliveries.js';
import { DbBudgetStore, type BudgetStore } from './rate-budget-store.js';
import type { ReminderRenderer } from './reminder-views.js';
import { SendBudget } from './send-budget.js';
import { settleSend, type SendContext } from './settle-send.js';
import { ThrottleTracker } from './throttle-tracker.js';
import { planUnreachableNotices } from './unreachable-notices.js';
import { WriteHealth } from './write-health.js';
import { isPassingDatabaseError } from '../storage/database-errors.js';

export interface DispatcherDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  messenger: Messenger;
  renderer: ReminderRenderer;
  logger: Logger;
  settings: DispatcherSettings;
  /** The tenant budget; defaults to the database-shared one. */
  budgetStore?: BudgetStore;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Sends due reminders from the outbox. Claims rows (a lease, renewed while
 * it works), re-checks the quiet rules, sends through the Messenger within
 * Teams' limits and marks each message's rows sent right after it went out.
 * A crash between a send and its mark is the only way to send twice, so
 * duplicates are bounded by `concurrency` messages per crashed process.
 *
 * The lease is checked again immediately before each send, and a renewal
 * extends only the jobs whose rows this worker still holds: a process
 * frozen past its lease (SIGSTOP, a suspended VM) wakes up to find its rows
 * taken over and sends none of them. A database that drops its connection
 * is retried; a write that fails for good stops the sending.
 */
export class ReminderDispatcher {
  readonly workerId = `${os.hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
  private readonly pacer = new ConversationPacer();
  private readonly throttles = new ThrottleTracker();
  private readonly budget: SendBudget;
  /** Jobs claimed and not finished, with how many of their deliveries have been sent or are being sent. */
  private readonly jobs = new Map<RecipientJob, number>();
  private writes = new WriteHealth();
  private stopping = false;
  private running: Promise<DispatchSummary> | undefined;

  constructor(private readonly deps: DispatcherDeps) {
    const s = deps.settings;
    const store = deps.budgetStore ?? new DbBudgetStore(deps.db, deps.dialect, { scope: 'tenant', ratePerSecond: s.tenantRatePerSecond, margin: s.rateMargin, horizonMs: 1000 });
    // Late slots may be used up to 250 ms late, but this process never sends more than the
    // limit less its margin in any second (see SendBudget).
    this.budget = new SendBudget(store, Math.max(1, Math.ceil(s.tenantRatePerSecond / 10)), Math.max(1, Math.floor(s.tenantRatePerSecond * (1 - s.rateMargin))));
  }

  /**
   * Sends everything due now, then returns. With `waitMs`, keeps going while
   * more rows come due within that time (retries after a 429 or 5xx, a
   * crashed process's rows whose lease runs out) — what `--once` wants.
   */
  drain(options: { waitMs?: number } = {}): Promise<DispatchSummary> {
    if (this.running) return this.running;
    this.running = this.run(options.waitMs ?? 0).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops after the messages in flight; claimed but unsent rows go straight back to the outbox. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => undefined);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private async run(waitMs: number): Promise<DispatchSummary> {
    const summary = emptySummary();
    const writes = (this.writes = new WriteHealth());
    let troubleSince: number | undefined;
    const droppedBefore = this.budget.dropped;
    const queue: RecipientJob[] = [];
    let producing = true;
    const waiters: Array<() => void> = [];
    const signal = () => {
      for (const wake of waiters.splice(0)) wake();
    };
    const idle = () => new Promise<void>((resolve) => waiters.push(resolve));
    const renewal = setInterval(() => void this.renew(), Math.max(1000, Math.floor(this.deps.settings.leaseMs / 3)));

    const sender = async () => {
      for (;;) {
        const job = queue.shift();
        if (job) {
          signal();
          await this.sendJob(job, summary).catch((error) => {
            // The outcome of a send could not be written: sending on would only make more duplicates.
            writes.break(error);
            this.deps.logger.error({ code: 'reminder_job_failed', errorName: (error as Error)?.name, errorCode: String((error as { code?: unknown })?.code ?? '') }, 'reminder job failed');
          });
          this.jobs.delete(job);
          signal();
          continue;
        }
        if (!producing) return;
        await idle();
      }
    };
    const senders = Array.from({ length: this.deps.settings.concurrency }, () => sender());

    try {
      while (!this.stopping && !writes.broken) {
        if (queue.length >= Math.max(this.deps.settings.concurrency, this.deps.settings.claimRecipients)) {
          await idle();
          continue;
        }
        try {
          const more = await this.produce(queue, summary, waitMs);
          troubleSince = undefined;
          if (more === 'done') break;
          if (more === 'queued') signal();
        } catch (error) {
          // A lost connection or a database restart: try again for a while, then give up.
          if (!isPassingDatabaseError(error)) throw error;
          troubleSince ??= Date.now();
          if (Date.now() - troubleSince > this.deps.settings.leaseMs) throw error;
          this.deps.logger.warn({ code: 'reminder_database_unavailable' }, 'database unavailable; retrying');
          await sleep(500);
        }
      }
      if (writes.broken) throw writes.broken.error;
    } finally {
      producing = false;
      signal();
      await Promise.all(senders);
      clearInterval(renewal);
      const released = await releaseAllClaims(this.deps.db, this.workerId, this.now().toISOString()).catch(() => 0);
      if (released > 0) this.deps.logger.info({ code: 'reminder_claims_released', rows: released }, 'released unsent claims');
    }
    summary.missedSlots = this.budget.dropped - droppedBefore;
    if (summary.claimedRows > 0) this.deps.logger.info({ code: 'reminders_dispatched', ...summary }, 'reminders dispatched');
    return summary;
  }

  /** One step of the producer: claim and queue due rows, or wait for the next due time. */
  private async produce(queue: RecipientJob[], summary: DispatchSummary, waitMs: number): Promise<'queued' | 'waited' | 'done'> {
    const { rows: claimed, leaseUntil } = await this.claim();
    if (claimed.length > 0) {
      summary.claimedRows += claimed.length;
      let jobs: RecipientJob[];
      try {
        jobs = await this.prepare(claimed, leaseUntil, summary);
      } catch (error) {
        // Give the rows back now rather than when the lease lapses (best effort: they lapse anyway).
        const ids = claimed.map((r) => r.id);
        await releaseRows(this.deps.db, ids, this.workerId, { nextAttemptAt: this.now().toISOString(), outcome: null, failed: false }, this.now().toISOString()).catch(() => undefined);
        throw error;
      }
      for (const job of jobs) {
        this.jobs.set(job, 0);
        queue.push(job);
      }
      return 'queued';
    }
    if (this.jobs.size > 0) {
      await sleep(100);
      return 'waited';
    }
    const next = await nextDueAt(this.deps.db);
    const wait = next ? Date.parse(next) - this.now().getTime() : Number.POSITIVE_INFINITY;
    if (wait > waitMs) return 'done';
    await sleep(Math.min(Math.max(wait, 50), 1000));
    return 'waited';
  }

  private async claim(): Promise<{ rows: OutboxItem[]; leaseUntil: number }> {
    const now = this.now();
    const leaseUntil = now.getTime() + this.deps.settings.leaseMs;
    const rows = await claimDueRows(this.deps.db, this.deps.dialect, {
      workerId: this.workerId,
      nowIso: now.toISOString(),
      leaseUntilIso: new Date(leaseUntil).toISOString(),
      recipients: this.deps.settings.claimRecipients,
    });
    return { rows, leaseUntil };
  }

  /**
   * The heartbeat: extends the lease on the rows of every unfinished job, and
   * the job's own lease only when all its unsent rows were still ours. A job
   * whose rows were taken over keeps its lapsed lease, so it is never sent.
   */
  private async renew(): Promise<void> {
    const started = this.now().getTime();
    const rowIds = (deliveries: Delivery[]) => deliveries.flatMap((d) => d.rows.map((r) => r.id));
    // The delivery being sent keeps its lease too; whether the job is still ours is judged by those not begun.
    const renewing = [...this.jobs].flatMap(([job, begun]) => rowIds(job.deliveries.slice(Math.max(0, begun - 1))));
    const judged = [...this.jobs].map(([job, begun]) => ({ job, ids: rowIds(job.deliveries.slice(begun)) }));
    try {
      const held = await renewLeases(this.deps.db, this.workerId, renewing, new Date(started + this.deps.settings.leaseMs).toISOString(), new Date(started).toISOString());
      let lost = 0;
      for (const { job, ids } of judged) {
        if (ids.every((id) => held.has(id))) job.leaseUntil = Math.max(job.leaseUntil, started + this.deps.settings.leaseMs);
        else lost++;
      }
      if (lost > 0) this.deps.logger.warn({ code: 'reminder_lease_lost', jobs: lost }, 'rows taken over by another process; not sending them');
    } catch {
      this.deps.logger.warn({ code: 'reminder_lease_renewal_failed' }, 'lease renewal failed');
    }
  }

  private async prepare(rows: OutboxItem[], leaseUntil: number, summary: DispatchSummary): Promise<RecipientJob[]> {
    const now = this.now();
    const s = this.deps.settings;
    const prepared = await prepareDeliveries(
      { db: this.deps.db, renderer: this.deps.renderer, organisationZone: s.organisationZone, organisationLocale: s.organisationLocale, followTeamsLocale: s.followTeamsLocale, maxItemsPerMessage: s.maxItemsPerMessage },
      rows,
      now,
    );
    await this.settleWithoutSending(prepared, summary, now);
    return prepared.jobs.map((job) => ({ ...job, leaseUntil }));
  }

  private async settleWithoutSending(prepared: Prepared, summary: DispatchSummary, now: Date): Promise<void> {
    const nowIso = now.toISOString();
    const byReason = new Map<string, string[]>();
    for (const s of prepared.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.id]);
    for (const [reason, ids] of byReason) {
      await finishRows(this.deps.db, ids, this.workerId, 'skipped', reason, nowIso);
      summary.skippedRows += ids.length;
      summary.skipReasons[reason] = (summary.skipReasons[reason] ?? 0) + ids.length;
    }
    const byTime = new Map<string, string[]>();
    for (const d of prepared.deferred) byTime.set(d.at.toISOString(), [...(byTime.get(d.at.toISOString()) ?? []), d.id]);
    for (const [at, ids] of byTime) {
      await releaseRows(this.deps.db, ids, this.workerId, { nextAttemptAt: at, outcome: 'outside_working_hours', failed: false }, nowIso);
      summary.deferredRows += ids.length;
    }
    for (const u of prepared.unreachable) {
      const reason = u.recipient?.unreachable ?? 'not_installed';
      await finishRows(this.deps.db, u.rows.map((r) => r.id), this.workerId, 'unreachable', reason, nowIso);
      summary.unreachableRows += u.rows.length;
      const episode = reason === 'not_installed' ? 'not_installed' : (u.recipient?.person.unreachableAt ?? nowIso).slice(0, 10);
      await planUnreachableNotices(this.deps.db, { rows: u.rows, ownerId: u.recipientId, reason, episode, plans: prepared.plans, now, organisationZone: this.deps.settings.organisationZone });
    }
  }

  /** False (and a warning) when the job's lease may already have passed to another process. */
  private holds(job: RecipientJob, index: number): boolean {
    if (job.leaseUntil - this.now().getTime() >= this.deps.settings.leaseMs / 4) return true;
    this.deps.logger.warn({ code: 'reminder_lease_expiring', messages: job.deliveries.length - index }, 'lease expiring; leaving rows to be reclaimed');
    return false;
  }

  private async sendJob(job: RecipientJob, summary: DispatchSummary): Promise<void> {
    for (const [index, delivery] of job.deliveries.entries()) {
      if (this.stopping || this.writes.broken || !this.holds(job, index)) return;
      await sleep(this.pacer.reserve(job.conversationRowId) - Date.now());
      await this.budget.acquire();
      // The waits may have been long (a 429 pause, a frozen process): check again right before sending.
      if (this.stopping || !(await this.writes.clear()) || !this.holds(job, index)) return;
      this.jobs.set(job, index + 1);
      let result: SendResult;
      try {
        result = await this.deps.messenger.send({ conversationRowId: job.conversationRowId }, delivery.message);
      } catch {
        result = { ok: false, kind: 'transient' };
      }
      const rest = job.deliveries.slice(index + 1);
      const settled = await settleSend(this.sendContext(), job, delivery, rest, result, summary);
      if (result.ok && delivery.message.asksAbout) await this.rememberPrompt(job, delivery.message.asksAbout, result.activityId);
      if (!settled) return;
    }
  }

  /** Lets a free-text reply to this reminder ("klar") find its measure; a failure here loses nothing but that convenience. */
  private async rememberPrompt(job: RecipientJob, about: { personId: string; measureIds: string[] }, activityId: string | undefined): Promise<void> {
    try {
      await rememberStatusPrompt(this.deps.db, { conversationRowId: job.conversationRowId, personId: about.personId, activityId, measureIds: about.measureIds, nowIso: this.now().toISOString() });
    } catch {
      this.deps.logger.warn({ code: 'reminder_prompt_not_saved' }, 'status prompt not saved');
    }
  }

  private sendContext(): SendContext {
    return { db: this.deps.db, clock: this.deps.clock, logger: this.deps.logger, settings: this.deps.settings, workerId: this.workerId, pacer: this.pacer, budget: this.budget, throttles: this.throttles, writes: this.writes };
  }
}
