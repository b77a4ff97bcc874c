import { describe, expect, it } from 'vitest';
import { ConversationPacer } from '../../../../src/reminders/conversation-pacer.js';

/** Teams' documented per-conversation limits for a bot (learn.microsoft.com, "Rate limiting for bots"), pinned here, not read from the source. */
const teamsDocumented = [
  { max: 7, windowMs: 1_000 },
  { max: 8, windowMs: 2_000 },
  { max: 60, windowMs: 30_000 },
  { max: 1800, windowMs: 3_600_000 },
];

function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('ConversationPacer', () => {
  it('never lets one conversation exceed 7 per second, 8 per 2 seconds, 60 per 30 seconds or 1800 per hour', () => {
    const pacer = new ConversationPacer();
    const times = Array.from({ length: 2000 }, () => pacer.reserve('a', 0));
    for (const limit of teamsDocumented) expect(maxInWindow(times, limit.windowMs), `${limit.max} per ${limit.windowMs} ms`).toBeLessThanOrEqual(limit.max);
    expect(times[6]).toBe(0);
    expect(times[7]).toBeGreaterThanOrEqual(1000);
  });

  it('paces conversations independently', () => {
    const pacer = new ConversationPacer();
    for (let i = 0; i < 7; i++) pacer.reserve('a', 0);
    expect(pacer.reserve('b', 0)).toBe(0);
    expect(pacer.reserve('a', 0)).toBeGreaterThan(0);
  });

  it('holds a conversation back after a 429 until Retry-After has passed', () => {
    const pacer = new ConversationPacer();
    pacer.block('a', 5000);
    expect(pacer.reserve('a', 100)).toBe(5000);
  });
});
