import type { Clock } from '../ports/clock.js';

/**
 * At most `limit` events in any `windowMs`, across everyone, kept in memory
 * only. It looks at no IP address, header or device — knowing nothing about
 * who tries is the point. Counts solved proofs of work (the load that
 * raises their difficulty).
 */
export class SlidingWindowLimit {
  private events: number[] = [];

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private prune(now: number): void {
    const from = now - this.windowMs;
    while (this.events.length > 0 && this.events[0]! <= from) this.events.shift();
  }

  /** True when one more event fits in the window now. */
  allows(): boolean {
    const now = this.clock.now().getTime();
    this.prune(now);
    return this.events.length < this.limit;
  }

  /** Events in the window now. */
  count(): number {
    this.prune(this.clock.now().getTime());
    return this.events.length;
  }

  /** Counts one event. */
  record(): void {
    const now = this.clock.now().getTime();
    this.prune(now);
    this.events.push(now);
  }

  /** Takes back the most recent event (an attempt counted up front that turned out right). */
  refund(): void {
    this.events.pop();
  }

  /** Milliseconds until one more event fits (0 when it fits now). */
  retryAfterMs(): number {
    const now = this.clock.now().getTime();
    this.prune(now);
    if (this.events.length < this.limit) return 0;
    return Math.max(0, this.events[0]! + this.windowMs - now);
  }
}
