import { addDays as addCalendarDays, differenceInCalendarDays, formatISO, getISODay, isExists, lastDayOfMonth as lastDayOfMonthOf } from 'date-fns';

/**
 * Calendar dates as 'YYYY-MM-DD' strings, the form Tillit stores them in.
 * The arithmetic is date-fns' calendar arithmetic (calendar days, not
 * 24-hour steps) on the day's midnight in the process's zone, so a DST
 * change, also one at midnight, never shifts a day (test/unit/src/calendar
 * runs it in several zones). Not in a zone that skipped a whole day (Samoa's
 * 2011-12-30): date-fns' UTC-zoned TZDate would be, but is ~100 times slower.
 * "Which day is it" is decided elsewhere, in the organisation's zone (zoned-time.ts).
 */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (2025-02-29 is false). */
export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  return m !== null && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Builds an ISO date from numbers (month 1–12), or undefined when it does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : undefined;
}

/** The day as a Date at its local midnight (setFullYear: years below 100 are not taken as 19xx). */
function toDate(date: IsoDate): Date {
  const m = isoPattern.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

function fromDate(d: Date): IsoDate {
  return formatISO(d, { representation: 'date' });
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDate(addCalendarDays(toDate(date), days));
}

/** Day of week, 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: IsoDate): number {
  return getISODay(toDate(date));
}

/** The last day of a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return fromDate(lastDayOfMonthOf(toDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`)));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The day as a Date at its local midnight, for more of date-fns (iso-week.ts). */
export function isoDateToLocalDate(date: IsoDate): Date {
  return toDate(date);
}

/** A Date's local calendar day as an ISO date. */
export function localDateToIsoDate(d: Date): IsoDate {
  return fromDate(d);
}
