import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import { getPerson } from '../directory/people-repository.js';
import { getMeasure } from '../plans/plan-repository.js';
import { personNames } from './people-names.js';
import { summariseMeasures, type MeasureSummary } from './measure-summary.js';
import { statusAuthority, type StatusAuthority } from './status-authority.js';
import type { StatusDeps } from './status-deps.js';
import { toStatusEntries, type StatusEntry } from './status-entry.js';
import { StatusAccessError } from './status-errors.js';
import { latestStatus } from './status-repository.js';

/** Who is looking at a status card, and what they may do. */
export interface StatusViewer {
  personId: string | null;
  /** Their Teams user id, for the card's refresh `userIds`. */
  teamsUserId: string | null;
  role: StatusAuthority['role'];
  canRecord: boolean;
  canRead: boolean;
}

/**
 * Everything a status card shows for one measure and one viewer: the
 * measure, its latest status with names, the viewer's authority and (for a
 * coordinator) the owners they can report for.
 */
export interface StatusCardView {
  measure: MeasureSummary;
  latest: StatusEntry | null;
  viewer: StatusViewer;
  owners: Array<{ personId: string; name: string }>;
  today: IsoDate;
  /** True when the due date has passed (a forecast is then asked for). */
  overdue: boolean;
  timeZone: string;
}

/**
 * Loads the status card's view for a measure as seen by a person (or by
 * nobody in particular when `personId` is null). Throws
 * `measure_not_found` for an unknown id; a removed measure is returned
 * with `removed` set so callers decide what to show.
 */
export async function loadStatusCardView(deps: StatusDeps, input: { measureId: string; personId: string | null }): Promise<StatusCardView> {
  const measure = await getMeasure(deps.db, input.measureId);
  if (!measure) throw new StatusAccessError('measure_not_found', 'No such measure', { measureId: input.measureId });
  // Independent reads, in parallel: on PostgreSQL they overlap on the pool.
  const [[summary], authority, person, latest] = await Promise.all([
    summariseMeasures(deps.db, [measure]),
    statusAuthority(deps.db, measure, input.personId),
    input.personId ? getPerson(deps.db, input.personId) : undefined,
    latestStatus(deps.db, measure.id),
  ]);
  if (!summary) throw new StatusAccessError('measure_not_found', 'Measure without plan', { measureId: input.measureId });
  const [[entry], names] = await Promise.all([
    latest ? toStatusEntries(deps.db, [latest]) : [],
    authority.role === 'coordinator' ? personNames(deps.db, authority.ownerIds) : new Map<string, string>(),
  ]);
  const today = localDate(deps.clock.now(), deps.timeZone);
  return {
    measure: summary,
    latest: entry ?? null,
    viewer: {
      personId: person?.id ?? null,
      teamsUserId: person?.teamsUserId ?? null,
      role: authority.role,
      canRecord: authority.canRecord && !summary.removed,
      canRead: authority.canRead,
    },
    owners: [...names.entries()].map(([personId, name]) => ({ personId, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    today,
    overdue: summary.dueDate !== null && today > summary.dueDate,
    timeZone: deps.timeZone,
  };
}
