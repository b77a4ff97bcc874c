import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { dueDate, firstOverdueDay, type Period } from '../plans/period.js';

/**
 * The first day a deadline counts as overdue: the first working day after
 * its due date. "Oktober 2024" is due Thursday 31 October and overdue from
 * Friday 1 November 2024; "December 2024" is due Monday 30 December (the
 * 31st is nyårsafton) and overdue from Thursday 2 January 2025. Undated
 * deadlines ("Löpande", external, unreadable) are never overdue.
 */
export function overdueFrom(deadline: Period): IsoDate | undefined {
  const due = dueDate(deadline);
  return due ? firstOverdueDay(due) : undefined;
}

/** True when `deadline` has passed on `today` (ignoring status: callers skip closed measures). */
export function isPastDeadline(deadline: Period, today: IsoDate): boolean {
  const from = overdueFrom(deadline);
  return from !== undefined && today >= from;
}

/** True when the deadline is due between today and `days` days ahead (both included). */
export function isDueWithin(deadline: Period, today: IsoDate, days: number): boolean {
  const due = dueDate(deadline);
  return due !== undefined && due >= today && due <= addDays(today, days);
}
