import { addDays, lastDayOfMonth, type IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import type { StatusValue } from '../status/status.js';
import { statusKeys, type StatusKey } from './overview-types.js';

/** Counts by status at one day. */
export interface SeriesPoint {
  date: IsoDate;
  counts: Record<StatusKey, number>;
}

/**
 * Status over time: for each month end from `from` up to `to` (and `to`
 * itself), how many measures had each status then, replaying the
 * append-only history. Measures never reported count as "no status".
 */
export function statusSeries(
  measureIds: readonly string[],
  changes: ReadonlyArray<{ measureId: string; status: StatusValue; recordedAt: string }>,
  from: IsoDate,
  to: IsoDate,
  timeZone: string,
): SeriesPoint[] {
  const days: IsoDate[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  while (days.length < 240) {
    const end = lastDayOfMonth(y, m);
    if (end >= to) break;
    days.push(end);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  days.push(to);
  const ids = new Set(measureIds);
  const ordered = changes.filter((c) => ids.has(c.measureId)).map((c) => ({ ...c, day: localDate(new Date(c.recordedAt), timeZone) }));
  const current = new Map<string, StatusValue>();
  let next = 0;
  return days.map((date) => {
    while (next < ordered.length && ordered[next]!.day <= date) {
      current.set(ordered[next]!.measureId, ordered[next]!.status);
      next += 1;
    }
    const counts = Object.fromEntries(statusKeys.map((k) => [k, 0])) as Record<StatusKey, number>;
    for (const id of measureIds) counts[current.get(id) ?? 'no_status'] += 1;
    return { date, counts };
  });
}

/** The first day worth charting: the plan's start, else a year before `to`. */
export function seriesStart(validFrom: IsoDate | null, to: IsoDate): IsoDate {
  return validFrom && validFrom <= to ? validFrom : addDays(to, -365);
}
