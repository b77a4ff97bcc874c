import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { localDate, zonedInstant } from '../calendar/zoned-time.js';
import { TillitError } from '../errors.js';

/** A day that is not a real date, or lies in the future: nobody can report on it yet. */
export class AsOfDateError extends TillitError<'overview_invalid_date' | 'overview_future_date'> {}

/**
 * The day an overview describes, and the instant that ends it: everything
 * recorded before `cutoffIso` (midnight after `date` in the organisation's
 * zone) counts. History is append-only, so the same day always gives the
 * same answer.
 */
export interface AsOf {
  date: IsoDate;
  today: IsoDate;
  isToday: boolean;
  cutoffIso: string;
}

/** Resolves an optional as-of day against the clock; refuses unreal and future days. */
export function resolveAsOf(requested: IsoDate | undefined, now: Date, timeZone: string): AsOf {
  const today = localDate(now, timeZone);
  const date = requested ?? today;
  if (!isIsoDate(date)) throw new AsOfDateError('overview_invalid_date', 'Not a calendar date', { date: date.slice(0, 20) });
  if (date > today) throw new AsOfDateError('overview_future_date', 'As-of date in the future', { date });
  return { date, today, isToday: date === today, cutoffIso: zonedInstant(addDays(date, 1), '00:00', timeZone).toISOString() };
}
