import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { workingDayOnOrBefore } from '../calendar/working-days.js';
import { isDated } from '../plans/period.js';
import type { FollowUp } from '../plans/plan.js';
import { inWindow, type DateWindow, type Occurrence } from './occurrence.js';
import type { ReminderRules } from './reminder-rules.js';

/** A committee follow-up and the days its status round asks, nudges and summarises. */
export interface StatusRound {
  followUpDate: IsoDate;
  followUpText: string;
  roundDate: IsoDate;
  nudgeDate: IsoDate | null;
  summaryDate: IsoDate | null;
  /** A status recorded on or after this day counts as an answer. */
  freshSince: IsoDate;
}

/**
 * The status rounds of a plan: one per dated follow-up ("uppföljning mars
 * 2025" → the round opens `daysBefore` days before 1 March, on a working day).
 * Undated follow-ups have no round. Two follow-ups on one day make one round.
 */
export function statusRounds(followUps: readonly FollowUp[], rules: ReminderRules): StatusRound[] {
  const r = rules.statusRounds;
  if (!r) return [];
  const byDate = new Map<IsoDate, StatusRound>();
  for (const f of followUps) {
    if (!isDated(f.period) || byDate.has(f.period.from)) continue;
    const followUpDate = f.period.from;
    const roundDate = workingDayOnOrBefore(addDays(followUpDate, -r.daysBefore));
    const later = (days: number | null) => {
      if (days === null) return null;
      const d = workingDayOnOrBefore(addDays(followUpDate, -days));
      return d > roundDate ? d : null;
    };
    byDate.set(followUpDate, {
      followUpDate,
      followUpText: f.period.text,
      roundDate,
      nudgeDate: later(r.nudgeDaysBefore),
      summaryDate: later(r.summaryDaysBefore),
      freshSince: addDays(roundDate, -rules.quietDaysAfterStatus),
    });
  }
  return [...byDate.values()].sort((a, b) => a.followUpDate.localeCompare(b.followUpDate));
}

/** The round rows (ask, nudge, coordinator summary) whose send date falls in `window`; stale after the follow-up day. */
export function roundOccurrences(round: StatusRound, window: DateWindow): Occurrence[] {
  const payload = { followUpDate: round.followUpDate, followUpText: round.followUpText, roundDate: round.roundDate, freshSince: round.freshSince };
  const out: Occurrence[] = [];
  const add = (rule: Occurrence['rule'], date: IsoDate | null) => {
    if (date && inWindow(date, window)) out.push({ rule, occurrence: round.followUpDate, sendDate: date, expiresOn: addDays(round.followUpDate, 1), payload });
  };
  add('round', round.roundDate);
  add('round_nudge', round.nudgeDate);
  add('round_summary', round.summaryDate);
  return out;
}
