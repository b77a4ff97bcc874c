import type { IsoDate } from '../calendar/iso-date.js';
import type { ReminderRule } from './reminder-rule-kinds.js';

/**
 * One planned reminder before it has a recipient: which rule, which
 * occurrence of it (part of the outbox key), the working day it is for and
 * the day it goes stale.
 */
export interface Occurrence {
  rule: ReminderRule;
  occurrence: string;
  sendDate: IsoDate;
  /** From this day on the reminder is stale (a later one has taken over); null: never. */
  expiresOn: IsoDate | null;
  payload: Record<string, string | number> | null;
}

/** A window of calendar days, both ends included. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/** True when the date lies in the window. */
export function inWindow(date: IsoDate, window: DateWindow): boolean {
  return date >= window.from && date <= window.to;
}
