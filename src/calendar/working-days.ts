import { createRequire } from 'node:module';
import type HolidaysLibrary from 'date-holidays';
import { addDays, isoWeekday, yearOf, type IsoDate } from './iso-date.js';
import { holidayTableYears, swedishHolidayTable } from './swedish-holidays.js';

/**
 * Swedish working days: Monday–Friday except public holidays and the
 * de-facto holidays midsommarafton, julafton and nyårsafton ("bank" days in
 * date-holidays). The holiday data comes from the maintained date-holidays
 * library, never a hand-written list: for the years most plans use it is
 * read from a table generated from the library (swedish-holidays.ts), and
 * the library itself — 27 MiB and ~140 ms to load — is loaded only for a
 * year outside it.
 */
let library: HolidaysLibrary | undefined;
function holidaysLibrary(): HolidaysLibrary {
  // Synchronous on purpose (working days are computed in pure functions): the library's CommonJS build.
  library ??= new (createRequire(import.meta.url)('date-holidays') as typeof HolidaysLibrary)('SE');
  return library;
}

const cache = new Map<number, Map<IsoDate, string>>();

/** A year's non-working holidays with their Swedish names. */
function nonWorkingHolidays(year: number): Map<IsoDate, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    if (year >= holidayTableYears.first && year <= holidayTableYears.last) {
      holidays = new Map(swedishHolidayTable.filter(([date]) => yearOf(date) === year));
    } else {
      const all = holidaysLibrary().getHolidays(year);
      const dates = all.filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10));
      holidays = new Map(dates.map((date) => [date, all.find((h) => h.date.startsWith(date))!.name]));
    }
    cache.set(year, holidays);
  }
  return holidays;
}

/** The holiday's Swedish name when `date` is a non-working holiday. */
export function holidayName(date: IsoDate): string | undefined {
  return nonWorkingHolidays(yearOf(date)).get(date);
}

/** True on a Swedish working day. */
export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !nonWorkingHolidays(yearOf(date)).has(date);
}

/** `date` itself if it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `date` itself if it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

