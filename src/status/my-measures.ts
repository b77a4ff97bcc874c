import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import { measuresOwnedBy } from '../plans/plan-repository.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import { summariseMeasures, type MeasureSummary } from './measure-summary.js';
import type { StatusDeps } from './status-deps.js';
import type { StatusEntry } from './status-entry.js';
import { latestStatuses } from './latest-statuses.js';
import { isClosedStatus, type TrafficLight } from './status.js';
import { lightUrgency, trafficLight } from './traffic-light.js';

/** One line of "mina åtgärder". */
export interface MyMeasureItem {
  measure: MeasureSummary;
  latest: StatusEntry | null;
  light: TrafficLight;
  overdue: boolean;
}

/** A person's measures, and the day and zone the lights were judged in. */
export interface MyMeasures {
  items: MyMeasureItem[];
  today: IsoDate;
  timeZone: string;
}

/**
 * The measures a person owns (through their units, across plans) with
 * their latest status and traffic light: open ones first, most urgent and
 * soonest due first; done and cancelled ones last.
 */
export async function loadMyMeasures(deps: StatusDeps, input: { personId: string }): Promise<MyMeasures> {
  const loaded = await loadMeasureItems(deps, await measuresOwnedBy(deps.db, input.personId));
  loaded.items.sort(
    (a, b) =>
      Number(isClosedStatus(a.latest?.status)) - Number(isClosedStatus(b.latest?.status)) ||
      lightUrgency[a.light] - lightUrgency[b.light] ||
      (a.measure.dueDate ?? '9999').localeCompare(b.measure.dueDate ?? '9999') ||
      a.measure.planName.localeCompare(b.measure.planName, 'sv') ||
      a.measure.code.localeCompare(b.measure.code, 'sv', { numeric: true }),
  );
  return loaded;
}

/** Measures with their latest status and traffic light, in the order given. */
export async function loadMeasureItems(deps: StatusDeps, measures: readonly RegisteredMeasure[]): Promise<MyMeasures> {
  const summaries = await summariseMeasures(deps.db, measures);
  const entries = await latestStatuses(deps.db, summaries.map((m) => m.id));
  const today = localDate(deps.clock.now(), deps.timeZone);
  const items = summaries.map((measure) => {
    const entry = entries.get(measure.id) ?? null;
    return {
      measure,
      latest: entry,
      light: trafficLight(entry?.status ?? null, measure.dueDate, today),
      overdue: measure.dueDate !== null && today > measure.dueDate && !isClosedStatus(entry?.status),
    };
  });
  return { items, today, timeZone: deps.timeZone };
}
