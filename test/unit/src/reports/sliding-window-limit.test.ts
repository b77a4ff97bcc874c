import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../../src/ports/clock.js';
import { SlidingWindowLimit } from '../../../../src/reports/sliding-window-limit.js';

describe('SlidingWindowLimit', () => {
  it('allows `limit` events in a window, then waits until the oldest leaves it', () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limit = new SlidingWindowLimit(clock, 3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limit.allows()).toBe(true);
      limit.record();
      clock.advance(1000);
    }
    expect(limit.allows()).toBe(false);
    expect(limit.retryAfterMs()).toBe(57_000);
    clock.advance(57_000);
    expect(limit.allows()).toBe(true);
  });

  it('lets a refunded attempt count for nothing', () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limit = new SlidingWindowLimit(clock, 1, 60_000);
    limit.record();
    limit.refund();
    expect(limit.allows()).toBe(true);
  });
});
