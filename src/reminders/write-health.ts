const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether the dispatcher's outbox writes are getting through. A send whose
 * outcome cannot be written would be sent again by whoever takes the row
 * over, so while a write is failing no new send starts, and once one has
 * failed for good (disk full, read-only, the database gone) this drain
 * sends nothing more.
 */
export class WriteHealth {
  private failing = 0;
  private brokenBy: { error: unknown } | undefined;

  /** A write failed and is being retried. */
  failed(): void {
    this.failing++;
  }

  /** A retried write went through. */
  recovered(): void {
    this.failing = Math.max(0, this.failing - 1);
  }

  /** A write failed for good: nothing more may be sent in this drain. */
  break(error: unknown): void {
    this.brokenBy ??= { error };
  }

  get broken(): { error: unknown } | undefined {
    return this.brokenBy;
  }

  /** Waits while a write is being retried; true when sending may go on. */
  async clear(): Promise<boolean> {
    while (this.failing > 0 && !this.brokenBy) await sleep(25);
    return !this.brokenBy;
  }
}
