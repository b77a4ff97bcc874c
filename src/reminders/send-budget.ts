import type { BudgetStore } from './rate-budget-store.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A process's view of the shared tenant budget: senders wait in line for a
 * slot; slots are reserved from the store in small chunks and only for
 * senders actually waiting, so an idle process wastes none of the tenant's
 * rate. A slot missed by more than `toleranceMs` (the event loop was busy)
 * is dropped rather than used late: using it would bunch sends together and
 * briefly exceed the limit — a late process slows down, it never bursts.
 */
export class SendBudget {
  private slots: number[] = [];
  /** Senders waiting for a slot they do not hold yet (not those sleeping until theirs). */
  private waiting = 0;
  private refilling: Promise<void> | undefined;
  /** Slots dropped because they were missed (for the benchmark's accounting). */
  dropped = 0;

  constructor(
    private readonly store: BudgetStore,
    /** Most slots to reserve at once (about 100 ms of budget). */
    private readonly chunk: number,
    private readonly toleranceMs = 20,
  ) {}

  /** Resolves at this sender's slot. */
  async acquire(): Promise<void> {
    for (;;) {
      let slot = this.slots.shift();
      if (slot === undefined) {
        this.waiting++;
        try {
          await this.refill();
        } finally {
          this.waiting--;
        }
        continue;
      }
      if (Date.now() - slot > this.toleranceMs) {
        this.dropped++;
        continue;
      }
      await sleep(slot - Date.now());
      if (Date.now() - slot <= this.toleranceMs) return;
      this.dropped++;
      slot = undefined;
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
      if (want <= 0) return;
      const grant = await this.store.reserve(want);
      if (grant.slots.length === 0) await sleep(Math.min(grant.retryInMs, 1000));
      else this.slots.push(...grant.slots);
    })().finally(() => {
      this.refilling = undefined;
    });
    return this.refilling;
  }
}
