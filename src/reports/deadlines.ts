import { addDays, lastDayOfMonth, type IsoDate } from '../calendar/iso-date.js';
import type { CaseDeadlines, CaseStatus } from './report.js';

/** Days within which receipt must be acknowledged (visselblåsarlagen 2021:890, 5 kap.). */
export const acknowledgeWithinDays = 7;
/** Months within which the reporter must get feedback, counted from the acknowledgement. */
export const feedbackWithinMonths = 3;
/** Reminders go out this many days before each deadline, and a purge warning before the purge. */
export const acknowledgeReminderDays = 2;
export const feedbackReminderDays = 14;
export const purgeWarningDays = 30;

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = lastDayOfMonth(year, month);
  const day = Math.min(d, Number(last.slice(8, 10)));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A case's deadlines: acknowledge within 7 days of receipt; feedback within
 * three months of the acknowledgement (or of the day it was due, when it was
 * late or never sent); purge `retentionDays` after closing.
 */
export function caseDeadlines(
  c: { receivedOn: IsoDate; acknowledgedOn: IsoDate | null; closedOn: IsoDate | null },
  retentionDays: number,
): CaseDeadlines {
  const acknowledgeBy = addDays(c.receivedOn, acknowledgeWithinDays);
  const counted = c.acknowledgedOn && c.acknowledgedOn < acknowledgeBy ? c.acknowledgedOn : acknowledgeBy;
  return {
    acknowledgeBy,
    feedbackBy: addMonths(counted, feedbackWithinMonths),
    purgeOn: c.closedOn ? addDays(c.closedOn, retentionDays) : null,
  };
}

/** Reminders, escalations and warnings a case may need; each is sent once. */
export type CaseReminderKind = 'acknowledge_soon' | 'acknowledge_overdue' | 'feedback_soon' | 'feedback_overdue' | 'purge_warning';

/** Which reminders a case is due on `today` (the organisation's day), and whether it is due for purging. */
export function dueCaseReminders(
  c: { status: CaseStatus; feedbackOn: IsoDate | null; deadlines: CaseDeadlines },
  today: IsoDate,
): { reminders: CaseReminderKind[]; purge: boolean } {
  const reminders: CaseReminderKind[] = [];
  const { acknowledgeBy, feedbackBy, purgeOn } = c.deadlines;
  if (c.status === 'new') {
    if (today > acknowledgeBy) reminders.push('acknowledge_overdue');
    else if (today >= addDays(acknowledgeBy, -acknowledgeReminderDays)) reminders.push('acknowledge_soon');
  }
  if (c.status !== 'closed' && !c.feedbackOn) {
    if (today > feedbackBy) reminders.push('feedback_overdue');
    else if (today >= addDays(feedbackBy, -feedbackReminderDays)) reminders.push('feedback_soon');
  }
  const purge = c.status === 'closed' && purgeOn !== null && today >= purgeOn;
  if (c.status === 'closed' && purgeOn && !purge && today >= addDays(purgeOn, -purgeWarningDays)) reminders.push('purge_warning');
  return { reminders, purge };
}
