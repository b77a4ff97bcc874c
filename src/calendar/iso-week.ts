import { addDays, isoWeekday, type IsoDate } from './iso-date.js';

/** The Monday of the ISO week `date` falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week label of a date ("2026-W48"); the year is the ISO week-numbering year. */
export function isoWeekLabel(date: IsoDate): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = 1 + Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
