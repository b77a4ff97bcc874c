import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { holidayTableYears, swedishHolidayTable } from '../../../../src/calendar/swedish-holidays.js';
import { holidayName, isWorkingDay } from '../../../../src/calendar/working-days.js';

/** What the library says: each non-working holiday (public or bank day) of a year with its name. */
function fromLibrary(year: number): Array<[string, string]> {
  const all = new Holidays('SE').getHolidays(year);
  const dates = [...new Set(all.filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10)))];
  return dates.map((date) => [date, all.find((h) => h.date.startsWith(date))!.name]);
}

describe('the generated table of Swedish holidays', () => {
  it('says exactly what the date-holidays library says for every year it covers (else: node scripts/generate-swedish-holidays.mjs)', () => {
    for (let year = holidayTableYears.first; year <= holidayTableYears.last; year++) {
      expect(swedishHolidayTable.filter(([date]) => date.startsWith(`${year}-`)), String(year)).toEqual(fromLibrary(year));
    }
  });

  it('asks the library for a year outside the table', () => {
    expect(holidayName('2050-06-24')).toBe('midsommarafton');
    expect(isWorkingDay('2050-06-24')).toBe(false);
    expect(holidayName('1999-12-24')).toBe('julafton');
    expect(isWorkingDay('2050-06-27')).toBe(true);
  });
});
