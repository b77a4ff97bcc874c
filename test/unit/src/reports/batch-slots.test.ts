import { describe, expect, it } from 'vitest';
import { latestBatchSlot, nextBatchSlot } from '../../../../src/reports/notifications/batch-slots.js';

const times = ['08:00', '13:00'];

describe('latestBatchSlot', () => {
  it('is the last fixed time that has passed, in Swedish time', () => {
    expect(latestBatchSlot(new Date('2026-11-23T12:30:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(latestBatchSlot(new Date('2026-11-23T11:59:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });

  it('reaches back to yesterday before the first time of the day', () => {
    expect(latestBatchSlot(new Date('2026-11-23T05:00:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(latestBatchSlot(new Date('2026-07-01T06:30:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });
});

describe('nextBatchSlot', () => {
  it('is the next fixed time, tomorrow after the last one of the day', () => {
    expect(nextBatchSlot(new Date('2026-11-23T07:00:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-11-23T12:00:00.000Z');
    expect(nextBatchSlot(new Date('2026-11-23T12:30:00Z'), times, 'Europe/Stockholm').toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });
});
