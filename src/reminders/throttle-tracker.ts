/**
 * Tells a one-off 429 (one busy conversation) from throttling of the whole
 * app: a second 429 within `windowMs` means the tenant budget is being hit,
 * so every process should pause; a single one only holds back its own
 * conversation. Either way the refused message waits its Retry-After.
 */
export class ThrottleTracker {
  private readonly recent: number[] = [];

  constructor(private readonly windowMs = 5_000) {}

  /** Records a 429 at `now`; true when the whole tenant should pause. */
  note(now: number): boolean {
    while (this.recent.length > 0 && now - this.recent[0]! > this.windowMs) this.recent.shift();
    this.recent.push(now);
    return this.recent.length >= 2;
  }
}
