/**
 * When Tillit reminds whom, as data. Every plan gets these defaults; a plan
 * file may override any part under `reminders:` (validated by
 * reminder-rules-schema.ts). A rule set to null is switched off.
 */
export interface ReminderRules {
  /** Tell the owners when a measure starts. */
  atStart: boolean;
  /** Calendar days before the due date to remind (each lands on the working day on or before). */
  daysBefore: number[];
  /** Remind on the due date itself. */
  onDeadline: boolean;
  /** While overdue: every `everyWeeks` weeks on the first working day from `weekday` (1 = Monday), for at most `maxWeeks`. */
  overdue: { everyWeeks: number; weekday: number; maxWeeks: number } | null;
  /** Overdue this many weeks: the plan's coordinators get one card listing them, weekly. */
  escalation: { afterWeeks: number } | null;
  /** Before each committee follow-up: ask every owner of an active measure for a status, nudge, and summarise for the coordinator. */
  statusRounds: { daysBefore: number; nudgeDaysBefore: number | null; summaryDaysBefore: number | null } | null;
  /** No reminder about a measure whose status was reported within this many days. */
  quietDaysAfterStatus: number;
  /** "Påminn mig om en vecka": how many days a snooze lasts. */
  snoozeDays: number;
  /** Sends happen between these local times ("HH:MM") in the recipient's zone. */
  workingHours: { start: string; end: string };
}

/** Tillit's defaults: at start, 30 and 7 days before, on the day, weekly overdue, escalation after 2 weeks. */
export const defaultReminderRules: ReminderRules = {
  atStart: true,
  daysBefore: [30, 7],
  onDeadline: true,
  overdue: { everyWeeks: 1, weekday: 1, maxWeeks: 12 },
  escalation: { afterWeeks: 2 },
  statusRounds: { daysBefore: 14, nudgeDaysBefore: 7, summaryDaysBefore: 3 },
  quietDaysAfterStatus: 14,
  snoozeDays: 7,
  workingHours: { start: '08:30', end: '16:30' },
};

/** Minutes after midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
