import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { isoDateToLocalDate, localDateToIsoDate, type IsoDate } from './iso-date.js';

/** The Monday of the ISO week `date` falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return localDateToIsoDate(startOfISOWeek(isoDateToLocalDate(date)));
}

/** The ISO week label of a date ("2026-W48"); the year is the ISO week-numbering year. */
export function isoWeekLabel(date: IsoDate): string {
  const d = isoDateToLocalDate(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}
