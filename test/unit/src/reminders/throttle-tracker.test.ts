import { describe, expect, it } from 'vitest';
import { ThrottleTracker } from '../../../../src/reminders/throttle-tracker.js';

describe('ThrottleTracker', () => {
  it('holds back only the conversation after a stray 429, everyone when 429s come in a burst', () => {
    const tracker = new ThrottleTracker(2000, 3);
    expect(tracker.note(0)).toBe(false);
    expect(tracker.note(500)).toBe(false);
    expect(tracker.note(1500)).toBe(true);
    expect(tracker.note(10_000)).toBe(false);
  });
});
