import { daysBetween, type IsoDate } from '../calendar/iso-date.js';
import type { Measure } from '../plans/measure.js';
import { dueDate, startDate } from '../plans/period.js';
import { closedStatuses } from '../status/status.js';
import { isPastDeadline, overdueFrom } from './overdue.js';
import type { MeasureState, OverviewSettings, StatusEntry } from './overview-types.js';
import { measureLight } from './traffic-light.js';

/**
 * What the overview says about one measure on `today`: its status then, its
 * due and overdue days, and whether it has gone quiet. A measure never
 * reported on has been without a status since it started (its start, else
 * the plan's): a plan imported late is honestly silent, never "0 days".
 */
export function measureState(
  measure: Measure,
  latest: StatusEntry | undefined,
  today: IsoDate,
  planStart: IsoDate,
  settings: OverviewSettings,
): MeasureState {
  const status = latest?.status ?? 'no_status';
  const closed = latest !== undefined && closedStatuses.includes(latest.status);
  const startsOn = startDate(measure.start) ?? null;
  const dueOn = dueDate(measure.deadline) ?? null;
  const overdue = !closed && isPastDeadline(measure.deadline, today);
  const started = (startsOn ?? planStart) <= today;
  const since = latest?.recordedOn ?? startsOn ?? planStart;
  const silentDays = closed || !started ? null : Math.max(0, daysBetween(since, today));
  const stale = silentDays !== null && silentDays > settings.staleAfterDays;
  const { id, ...fields } = measure;
  return {
    ...fields,
    measureId: id,
    startsOn,
    dueOn,
    overdueSince: overdue ? (overdueFrom(measure.deadline) ?? null) : null,
    status,
    latest: latest ?? null,
    light: measureLight(status, overdue, stale),
    stale,
    silentDays,
    silentSince: silentDays === null ? null : since,
  };
}
