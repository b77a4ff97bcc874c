import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date.js';
import { mondayOf, isoWeekLabel } from '../calendar/iso-week.js';
import { isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from '../calendar/working-days.js';
import { dueDate, isDated, type Period } from '../plans/period.js';
import { inWindow, type DateWindow, type Occurrence } from './occurrence.js';
import type { ReminderRules } from './reminder-rules.js';

/**
 * The weekly slot of the ISO week starting `monday`: the first working day
 * from the rule's weekday to Friday, or undefined when that part of the week
 * has none (so one card a week reaches each person, whatever the due dates).
 */
export function weeklySlot(monday: IsoDate, weekday: number): IsoDate | undefined {
  for (let d = weekday; d <= 5; d++) {
    const day = addDays(monday, d - 1);
    if (isWorkingDay(day)) return day;
  }
  return undefined;
}

function weeklyOccurrences(due: IsoDate, rules: ReminderRules, window: DateWindow): Occurrence[] {
  const out: Occurrence[] = [];
  const weekday = rules.overdue?.weekday ?? 1;
  const first = addDays(due, 7) > window.from ? addDays(due, 7) : window.from;
  for (let monday = mondayOf(first); monday <= window.to; monday = addDays(monday, 7)) {
    const slot = weeklySlot(monday, weekday);
    if (!slot || !inWindow(slot, window)) continue;
    const weeks = Math.floor(daysBetween(due, slot) / 7);
    if (weeks < 1) continue;
    const occurrence = `${due}/${isoWeekLabel(slot)}`;
    const payload = { dueDate: due, weeksOverdue: weeks };
    const o = rules.overdue;
    if (o && weeks <= o.maxWeeks && (weeks - 1) % o.everyWeeks === 0) {
      out.push({ rule: 'overdue', occurrence, sendDate: slot, expiresOn: addDays(slot, 7), payload });
    }
    if (rules.escalation && weeks >= rules.escalation.afterWeeks) {
      out.push({ rule: 'escalation', occurrence, sendDate: slot, expiresOn: addDays(slot, 7), payload });
    }
  }
  return out;
}

/**
 * Every deadline reminder of a measure whose send date falls in `window`:
 * at start, N days before, on the due date (the period's last working day),
 * weekly while overdue, and the coordinator's escalation. Measures without a
 * dated deadline (continuous, external, unknown) get none — never a guess.
 * Pure: the same measure, rules and window always give the same list.
 */
export function deadlineOccurrences(measure: { start: Period; deadline: Period }, rules: ReminderRules, window: DateWindow): Occurrence[] {
  const due = dueDate(measure.deadline);
  if (!due) return [];
  const out: Occurrence[] = [];
  const startsOn = isDated(measure.start) && measure.start.from <= due ? measure.start.from : undefined;
  const startSend = startsOn ? workingDayOnOrAfter(startsOn) : undefined;

  if (rules.atStart && startSend && startSend < due && inWindow(startSend, window)) {
    out.push({ rule: 'start', occurrence: startsOn!, sendDate: startSend, expiresOn: due, payload: { dueDate: due } });
  }
  for (const days of rules.daysBefore) {
    const send = workingDayOnOrBefore(addDays(due, -days));
    // Not before the measure has started: the start reminder already names the deadline.
    if (send >= due || (startsOn && send < startsOn) || !inWindow(send, window)) continue;
    out.push({ rule: 'before', occurrence: `${due}/${days}d`, sendDate: send, expiresOn: due, payload: { dueDate: due, daysBefore: days } });
  }
  if (rules.onDeadline && inWindow(due, window)) {
    out.push({ rule: 'deadline', occurrence: due, sendDate: due, expiresOn: addDays(due, 7), payload: { dueDate: due } });
  }
  out.push(...weeklyOccurrences(due, rules, window));
  return out;
}
