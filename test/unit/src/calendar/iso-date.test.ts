import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isoDate, isoWeekday, lastDayOfMonth } from '../../../../src/calendar/iso-date.js';
import { isoWeekLabel, mondayOf } from '../../../../src/calendar/iso-week.js';

const serverZone = process.env.TZ;
afterAll(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

// The server's own zone must never move a calendar day: Stockholm (DST at 02:00/03:00),
// Santiago and Beirut (DST at midnight, so some days start at 01:00) and UTC.
describe.each(['UTC', 'Europe/Stockholm', 'America/Santiago', 'Asia/Beirut'])('calendar dates on a server in %s', (zone) => {
  const inZone = <T>(run: () => T): T => {
    process.env.TZ = zone;
    return run();
  };

  it('counts the days across the DST changes as whole days', () =>
    inZone(() => {
      expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
      expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
      expect(daysBetween('2025-09-06', '2025-09-08')).toBe(2); // Santiago: 2025-09-07 starts at 01:00
      expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2); // Beirut: 2025-03-30 starts at 01:00
      expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
      expect(daysBetween('2025-12-31', '2025-01-01')).toBe(-364);
    }));

  it('adds days over DST changes, month ends, year ends and leap days', () =>
    inZone(() => {
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(addDays('2025-09-06', 1)).toBe('2025-09-07');
      expect(addDays('2025-10-26', -1)).toBe('2025-10-25');
      expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
      expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
      expect(addDays('2025-03-30', 365)).toBe('2026-03-30');
    }));

  it('knows the last day of each month, leap years included', () =>
    inZone(() => {
      expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
      expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
      expect(lastDayOfMonth(2100, 2)).toBe('2100-02-28');
      expect(lastDayOfMonth(2000, 2)).toBe('2000-02-29');
      expect(lastDayOfMonth(2025, 3)).toBe('2025-03-31');
      expect(lastDayOfMonth(2025, 9)).toBe('2025-09-30');
      expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
    }));

  it('names the weekday and the ISO week, week 53 and weeks across the year end included', () =>
    inZone(() => {
      expect(isoWeekday('2025-03-30')).toBe(7);
      expect(isoWeekday('2025-03-31')).toBe(1);
      expect(isoWeekLabel('2020-12-31')).toBe('2020-W53');
      expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
      expect(isoWeekLabel('2021-01-04')).toBe('2021-W01');
      expect(isoWeekLabel('2026-12-31')).toBe('2026-W53');
      expect(isoWeekLabel('2027-01-03')).toBe('2026-W53');
      expect(isoWeekLabel('2025-12-29')).toBe('2026-W01');
      expect(isoWeekLabel('2025-12-28')).toBe('2025-W52');
      expect(mondayOf('2021-01-03')).toBe('2020-12-28');
      expect(mondayOf('2025-03-30')).toBe('2025-03-24');
    }));

  it('accepts only real dates', () =>
    inZone(() => {
      expect(isIsoDate('2024-02-29')).toBe(true);
      expect(isIsoDate('2025-02-29')).toBe(false);
      expect(isIsoDate('2025-13-01')).toBe(false);
      expect(isIsoDate('2025-1-01')).toBe(false);
      expect(isoDate(2025, 3, 30)).toBe('2025-03-30');
      expect(isoDate(2025, 4, 31)).toBeUndefined();
    }));
});
