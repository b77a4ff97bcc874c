import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { isWorkingDay, workingDayOnOrAfter } from '../calendar/working-days.js';
import { localDate, localMinutes, zonedInstant } from '../calendar/zoned-time.js';
import { minutesOf } from './reminder-rules.js';

/** Local working hours, "HH:MM" to "HH:MM" (end exclusive). */
export interface WorkingHours {
  start: string;
  end: string;
}

const validZones = new Map<string, boolean>();

/** True for a time zone this Node knows (Teams' localTimezone is an IANA name, but may be anything). */
export function isKnownTimeZone(zone: string): boolean {
  let ok = validZones.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(zone, ok);
  }
  return ok;
}

/** The zone reminders to a person are timed in: theirs from Teams when known and valid, else the organisation's. */
export function recipientZone(personZone: string | null | undefined, organisationZone: string): string {
  return personZone && isKnownTimeZone(personZone) ? personZone : organisationZone;
}

/** When a reminder for `sendDate` may go out first: working-hours start that day in the recipient's zone (DST-aware). */
export function windowStart(sendDate: IsoDate, zone: string, hours: WorkingHours): Date {
  return zonedInstant(sendDate, hours.start, zone);
}

/** True when `now` is inside working hours on a Swedish working day, in the recipient's zone. */
export function isWithinWorkingHours(now: Date, zone: string, hours: WorkingHours): boolean {
  if (!isWorkingDay(localDate(now, zone))) return false;
  const minutes = localMinutes(now, zone);
  return minutes >= minutesOf(hours.start) && minutes < minutesOf(hours.end);
}

/** The next moment sending is allowed (now, if it already is). */
export function nextSendableInstant(now: Date, zone: string, hours: WorkingHours): Date {
  if (isWithinWorkingHours(now, zone, hours)) return now;
  const today = localDate(now, zone);
  const beforeStart = isWorkingDay(today) && localMinutes(now, zone) < minutesOf(hours.start);
  const day = beforeStart ? today : workingDayOnOrAfter(addDays(today, 1));
  return windowStart(day, zone, hours);
}
