import { describe, expect, it } from 'vitest';
import { ThrottleTracker } from '../../../../src/reminders/throttle-tracker.js';

describe('ThrottleTracker', () => {
  it('holds back only the conversation after a single 429, everyone after a second one soon after', () => {
    const tracker = new ThrottleTracker(5000);
    expect(tracker.note(0)).toBe(false);
    expect(tracker.note(3000)).toBe(true);
    expect(tracker.note(20_000)).toBe(false);
  });
});
