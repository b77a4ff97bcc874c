/**
 * Tells a stray 429 (one busy conversation, a moment of network jitter) from
 * throttling of the whole app: three 429s within `windowMs` mean the tenant
 * budget is being hit, so every process should pause; a stray one only holds
 * back its own conversation. Either way the refused message waits its
 * Retry-After before it is tried again.
 */
export class ThrottleTracker {
  private readonly recent: number[] = [];

  constructor(
    private readonly windowMs = 2_000,
    private readonly threshold = 3,
  ) {}

  /** Records a 429 at `now`; true when the whole tenant should pause. */
  note(now: number): boolean {
    while (this.recent.length > 0 && now - this.recent[0]! > this.windowMs) this.recent.shift();
    this.recent.push(now);
    return this.recent.length >= this.threshold;
  }
}
