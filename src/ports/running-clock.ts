import type { Clock } from './clock.js';

/**
 * A clock that starts at a given instant and then runs with real time. For
 * tests and demos only (TILLIT_TEST_CLOCK): retries and leases still work
 * because time keeps moving.
 */
export class RunningClock implements Clock {
  private readonly offsetMs: number;
  /** `anchor`: the real instant at which the clock reads `start` (default: now), so several processes can share one test time. */
  constructor(start: Date, anchor: Date = new Date()) {
    this.offsetMs = start.getTime() - anchor.getTime();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
