import { addDays } from '../../calendar/iso-date.js';
import { localDate, zonedInstant } from '../../calendar/zoned-time.js';

/**
 * The latest batch time at or before `now`: the configured local times
 * ("08:00", "13:00") today and yesterday, in the organisation's zone
 * (daylight saving included). Handlers hear of new reports only at these.
 */
export function latestBatchSlot(now: Date, times: readonly string[], timeZone: string): Date {
  const today = localDate(now, timeZone);
  const candidates = [addDays(today, -1), today]
    .flatMap((day) => times.map((time) => zonedInstant(day, time, timeZone)))
    .filter((slot) => slot.getTime() <= now.getTime());
  return new Date(Math.max(...candidates.map((c) => c.getTime())));
}

/** The next batch time strictly after `now` (today's or tomorrow's), for scheduling the release. */
export function nextBatchSlot(now: Date, times: readonly string[], timeZone: string): Date {
  const today = localDate(now, timeZone);
  const candidates = [today, addDays(today, 1)]
    .flatMap((day) => times.map((time) => zonedInstant(day, time, timeZone)))
    .filter((slot) => slot.getTime() > now.getTime());
  return new Date(Math.min(...candidates.map((c) => c.getTime())));
}
