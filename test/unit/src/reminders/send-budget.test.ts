import { describe, expect, it } from 'vitest';
import type { BudgetStore, SlotGrant } from '../../../../src/reminders/rate-budget-store.js';
import { SendBudget } from '../../../../src/reminders/send-budget.js';

/** A store that hands out the slots it is given, relative to "now" when asked. */
function scriptedStore(grants: Array<(now: number) => number[]>): BudgetStore & { paused: number[] } {
  const paused: number[] = [];
  return {
    paused,
    async reserve(): Promise<SlotGrant> {
      const next = grants.shift();
      return next ? { slots: next(Date.now()), retryInMs: 0 } : { slots: [], retryInMs: 10 };
    },
    async pause(ms) {
      paused.push(ms);
    },
  };
}

describe('SendBudget', () => {
  it('still uses a slot it was a little late for, so a short stall costs no throughput', async () => {
    const budget = new SendBudget(scriptedStore([(now) => [now - 100]]), 10, 100);
    await budget.acquire();
    expect(budget.dropped).toBe(0);
  });

  it('drops a slot it missed by far rather than bunching sends', async () => {
    const budget = new SendBudget(scriptedStore([(now) => [now - 1000, now]]), 10, 100);
    await budget.acquire();
    expect(budget.dropped).toBe(1);
  });

  it('allows hardly any lateness while another process is taking slots too', async () => {
    const store = scriptedStore([(now) => [now + 5], (now) => [now + 300], (now) => [now - 100, now + 50]]);
    const budget = new SendBudget(store, 10, 100);
    await budget.acquire(); // our slot
    await budget.acquire(); // a gap before it: someone else booked the slots between
    await budget.acquire(); // 100 ms late is too late now
    expect(budget.dropped).toBe(1);
  });

  it('passes a 429 pause on to the shared store and forgets the slots it held', async () => {
    const store = scriptedStore([(now) => [now + 5000, now + 5010], (now) => [now]]);
    const budget = new SendBudget(store, 10, 100);
    await (budget as unknown as { refill(): Promise<void> }).refill();
    await budget.pause(1500);
    await budget.acquire();
    expect(store.paused).toEqual([1500]);
  });
});
