import Holidays from 'date-holidays';
import { addDays, isoWeekday, yearOf, type IsoDate } from './iso-date.js';

/**
 * Swedish working days: Monday–Friday except public holidays and the
 * de-facto holidays midsommarafton, julafton and nyårsafton ("bank" days in
 * date-holidays). The holiday data comes from the maintained date-holidays
 * library, never a hand-written list.
 */
const holidays = new Holidays('SE');
const cache = new Map<number, Set<IsoDate>>();

function nonWorkingHolidays(year: number): Set<IsoDate> {
  let set = cache.get(year);
  if (!set) {
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    cache.set(year, set);
  }
  return set;
}

/** The holiday's Swedish name when `date` is a non-working holiday. */
export function holidayName(date: IsoDate): string | undefined {
  if (!nonWorkingHolidays(yearOf(date)).has(date)) return undefined;
  return holidays.getHolidays(yearOf(date)).find((h) => h.date.startsWith(date))?.name;
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

/** Moves `count` working days forward (or back when negative) from `date`. */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let d = date;
  let left = Math.abs(count);
  const step = count < 0 ? -1 : 1;
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}
