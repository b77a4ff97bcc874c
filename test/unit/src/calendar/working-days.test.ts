import { describe, expect, it } from 'vitest';
import { holidayName, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from '../../../../src/calendar/working-days.js';
import { localDate, zonedInstant } from '../../../../src/calendar/zoned-time.js';

describe('Swedish working days', () => {
  it.each([
    ['2026-06-19', 'midsommarafton'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-31', 'nyårsafton'],
    ['2026-06-06', 'nationaldagen'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-01-06', 'trettondedag jul'],
  ])('treats %s (%s) as a holiday', (date, name) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(holidayName(date)).toBe(name);
  });

  it('treats weekends as non-working and ordinary weekdays as working', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-05-25')).toBe(true); // annandag pingst is no longer a holiday
  });

  it('finds the working day before a Sunday deadline', () => {
    expect(workingDayOnOrBefore('2026-11-29')).toBe('2026-11-27');
  });

  it('moves past Christmas to the next working day', () => {
    expect(workingDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
  });

});

describe('zoned time', () => {
  it('decides the day in the municipality’s zone, not UTC', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'UTC')).toBe('2026-11-22');
  });

  it('places 08:30 local time correctly on both sides of daylight saving', () => {
    expect(zonedInstant('2026-03-27', '08:30', 'Europe/Stockholm').toISOString()).toBe('2026-03-27T07:30:00.000Z');
    expect(zonedInstant('2026-03-30', '08:30', 'Europe/Stockholm').toISOString()).toBe('2026-03-30T06:30:00.000Z');
  });
});
