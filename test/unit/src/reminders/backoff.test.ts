import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultBackoff, throttleDelayMs } from '../../../../src/reminders/backoff.js';

describe('backoff', () => {
  it('by default tries 12 times and never waits more than 15 minutes between tries', () => {
    expect(defaultBackoff.maxFailures).toBe(12);
    expect(defaultBackoff.capMs).toBe(15 * 60_000);
    expect(backoffDelayMs(11, defaultBackoff, () => 1)).toBe(15 * 60_000);
    expect(backoffDelayMs(11, defaultBackoff, () => 0)).toBe(7.5 * 60_000);
  });

  it('doubles with each failure, half fixed and half jitter, up to the cap', () => {
    expect(backoffDelayMs(1, defaultBackoff, () => 0)).toBe(1000);
    expect(backoffDelayMs(1, defaultBackoff, () => 1)).toBe(2000);
    expect(backoffDelayMs(3, defaultBackoff, () => 0)).toBe(4000);
    expect(backoffDelayMs(30, defaultBackoff, () => 1)).toBe(defaultBackoff.capMs);
  });

  it('waits at least Retry-After after a 429, a second when Teams gave none', () => {
    expect(throttleDelayMs(3000, () => 0)).toBe(3000);
    expect(throttleDelayMs(3000, () => 1)).toBe(3600);
    expect(throttleDelayMs(undefined, () => 0)).toBe(1000);
  });
});
