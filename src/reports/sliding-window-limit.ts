import type { Clock } from '../ports/clock.js';

/**
 * At most `limit` events in any `windowMs`, across everyone, kept in memory
 * only. It looks at no IP address, header or device — knowing nothing about
 * who tries is the point — so under attack honest reporters wait too,
 * briefly. Used for wrong receipt codes and for report submissions.
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

/** The limits the report channel runs with (per server process). */
export interface ReportLimits {
  /**
   * Receipt-code attempts: 10 wrong ones a minute, everyone together. Each
   * attempt is counted before its (slow) hash and refunded when right, so
   * a thousand parallel guesses cannot all slip in before the first fails.
   */
  wrongCodes: SlidingWindowLimit;
  /** New reports: 120 in ten minutes, everyone together; a flood waits instead of burying the handlers. */
  submissions: SlidingWindowLimit;
}

/** The production limits. */
export function defaultReportLimits(clock: Clock): ReportLimits {
  return {
    wrongCodes: new SlidingWindowLimit(clock, 10, 60_000),
    submissions: new SlidingWindowLimit(clock, 120, 10 * 60_000),
  };
}
