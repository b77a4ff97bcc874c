import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, nextSendableInstant, recipientZone, windowStart } from '../../../../src/reminders/send-window.js';

const hours = { start: '08:30', end: '16:30' };

describe('send window', () => {
  it('starts at 08:30 Stockholm time on both sides of the spring DST change', () => {
    expect(windowStart('2026-03-27', 'Europe/Stockholm', hours).toISOString()).toBe('2026-03-27T07:30:00.000Z');
    expect(windowStart('2026-03-30', 'Europe/Stockholm', hours).toISOString()).toBe('2026-03-30T06:30:00.000Z');
  });

  it('times a recipient in New York in their own zone, across the autumn DST change there', () => {
    expect(windowStart('2026-10-30', 'America/New_York', hours).toISOString()).toBe('2026-10-30T12:30:00.000Z');
    expect(windowStart('2026-11-02', 'America/New_York', hours).toISOString()).toBe('2026-11-02T13:30:00.000Z');
  });

  it('falls back to the organisation’s zone when Teams gave none or nonsense', () => {
    expect(recipientZone(null, 'Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(recipientZone('Mars/Olympus_Mons', 'Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(recipientZone('Europe/Helsinki', 'Europe/Stockholm')).toBe('Europe/Helsinki');
  });

  it('sends only inside working hours on Swedish working days', () => {
    expect(isWithinWorkingHours(new Date('2026-11-24T08:00:00Z'), 'Europe/Stockholm', hours)).toBe(true); // 09:00
    expect(isWithinWorkingHours(new Date('2026-11-24T15:30:00Z'), 'Europe/Stockholm', hours)).toBe(false); // 16:30
    expect(isWithinWorkingHours(new Date('2026-11-24T07:29:00Z'), 'Europe/Stockholm', hours)).toBe(false); // 08:29
    expect(isWithinWorkingHours(new Date('2026-06-19T09:00:00Z'), 'Europe/Stockholm', hours)).toBe(false); // midsommarafton
    expect(isWithinWorkingHours(new Date('2026-12-24T09:00:00Z'), 'Europe/Stockholm', hours)).toBe(false); // julafton
  });

  it('waits from Friday evening to Monday morning, and past jul to the next working day', () => {
    expect(nextSendableInstant(new Date('2026-11-27T17:00:00Z'), 'Europe/Stockholm', hours).toISOString()).toBe('2026-11-30T07:30:00.000Z');
    expect(nextSendableInstant(new Date('2026-12-23T16:00:00Z'), 'Europe/Stockholm', hours).toISOString()).toBe('2026-12-28T07:30:00.000Z');
    expect(nextSendableInstant(new Date('2026-11-24T05:00:00Z'), 'Europe/Stockholm', hours).toISOString()).toBe('2026-11-24T07:30:00.000Z');
    const inside = new Date('2026-11-24T10:00:00Z');
    expect(nextSendableInstant(inside, 'Europe/Stockholm', hours)).toBe(inside);
  });
});
