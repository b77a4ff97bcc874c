import { isPassingDatabaseError } from '../storage/database-errors.js';
import type { BudgetStore, SlotGrant } from './rate-budget-store.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A process's view of the shared tenant budget: senders wait in line for a
 * slot; slots are reserved from the store in small chunks and only for
 * senders without one, so an idle process wastes none of the tenant's rate.
 *
 * A busy event loop makes senders late for their slots. A late slot may
 * still be used within `toleranceMs` (so a short stall costs no throughput),
 * but catching up goes at most at twice the rate and never beyond
 * `perSecond` in any second: it spreads out instead of bursting. That
 * per-second cap only covers this process, so while another process is
 * taking slots too (seen as gaps between our consecutive grants) a slot may
 * be used at most `sharedToleranceMs` late, which keeps any second of the
 * whole tenant within the limit. Slots later than that are dropped, and counted.
 */
export class SendBudget {
  private slots: number[] = [];
  /** Senders waiting for a slot they do not hold yet (not those sleeping until theirs). */
  private waiting = 0;
  private refilling: Promise<void> | undefined;
  /** Local send times of the last second, oldest first. */
  private readonly recent: number[] = [];
  /** Slots dropped because they were missed by more than the tolerance. */
  dropped = 0;
  private lastSlot = 0;
  private lastGrantAt = 0;
  private sharedUntil = 0;

  constructor(
    private readonly store: BudgetStore,
    /** Most slots to reserve at once (about 100 ms of budget). */
    private readonly chunk: number,
    /** Most sends this process makes in any 1 s window (the tenant limit less its margin). */
    private readonly perSecond: number,
    private readonly toleranceMs = 250,
    private readonly sharedToleranceMs = 20,
  ) {}

  private tolerance(): number {
    return Date.now() < this.sharedUntil ? this.sharedToleranceMs : this.toleranceMs;
  }

  /** Resolves when this sender may send. */
  async acquire(): Promise<void> {
    for (;;) {
      const slot = this.slots.shift();
      if (slot === undefined) {
        this.waiting++;
        try {
          await this.refill();
        } finally {
          this.waiting--;
        }
        continue;
      }
      await sleep(slot - Date.now());
      await this.spread();
      if (Date.now() - slot <= this.tolerance()) {
        this.recent.push(Date.now());
        return;
      }
      this.dropped++;
    }
  }

  /** Waits until one more send fits in this process's sliding second, half an interval after the last. */
  private async spread(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.recent.length > 0 && now - this.recent[0]! >= 1000) this.recent.shift();
      const last = this.recent[this.recent.length - 1];
      const gap = last === undefined ? Infinity : now - last;
      if (this.recent.length < this.perSecond && gap >= 500 / this.perSecond) return;
      await sleep(this.recent.length < this.perSecond ? 500 / this.perSecond - gap : this.recent[0]! + 1000 - now);
    }
  }

  /** A 429 said to wait: drop reserved slots and hold every process back for `ms`. */
  async pause(ms: number): Promise<void> {
    this.slots = [];
    await this.store.pause(ms);
  }

  private refill(): Promise<void> {
    this.refilling ??= (async () => {
      await Promise.resolve(); // let every sender that is about to wait register first
      const want = Math.min(this.chunk, Math.max(1, this.waiting - this.slots.length));
      let grant: SlotGrant;
      try {
        grant = await this.store.reserve(want);
      } catch (error) {
        // A dropped connection or a restarting database: ask again shortly (the lease check before sending still applies).
        if (!isPassingDatabaseError(error)) throw error;
        await sleep(250);
        return;
      }
      if (grant.slots.length === 0) {
        this.sharedUntil = Date.now() + 10_000; // the budget is booked ahead: someone else is sending
        await sleep(Math.min(grant.retryInMs, 1000));
        return;
      }
      // A gap between grants asked for back to back: another process took the slots in between.
      const interval = 1000 / this.perSecond;
      if (Date.now() - this.lastGrantAt < 1000 && grant.slots[0]! - this.lastSlot > 1.5 * interval && grant.slots[0]! > Date.now() + interval) {
        this.sharedUntil = Date.now() + 10_000;
      }
      this.lastGrantAt = Date.now();
      this.lastSlot = grant.slots[grant.slots.length - 1]!;
      this.slots.push(...grant.slots);
    })().finally(() => {
      this.refilling = undefined;
    });
    return this.refilling;
  }
}
