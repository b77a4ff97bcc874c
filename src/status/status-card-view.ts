import type { IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import { getPerson } from '../directory/people-repository.js';
import type { Person } from '../directory/person.js';
import { personNames } from './people-names.js';
import type { MeasureSummary } from './measure-summary.js';
import type { StatusAuthority } from './status-authority.js';
import { loadStatusContext, type StatusContext } from './status-context.js';
import type { StatusDeps } from './status-deps.js';
import { withNames, type StatusEntry } from './status-entry.js';
import { latestStatus } from './status-repository.js';
import type { StatusUpdate } from './status.js';

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
 * nobody in particular when `personId` is null; pass `person` when the
 * caller has the row already). Throws `measure_not_found` for an unknown
 * id; a removed measure is returned with `removed` set so callers decide
 * what to show.
 */
export async function loadStatusCardView(
  deps: StatusDeps,
  input: { measureId: string; personId: string | null; person?: Person | null },
): Promise<StatusCardView> {
  // Independent reads, in parallel: on PostgreSQL they overlap on the pool.
  const [context, person, latest] = await Promise.all([
    loadStatusContext(deps.db, input.measureId, input.personId),
    input.person !== undefined ? input.person : input.personId ? getPerson(deps.db, input.personId) : undefined,
    latestStatus(deps.db, input.measureId),
  ]);
  return statusCardViewFrom(deps, context, person ?? null, latest ?? null);
}

/**
 * The view from what a use case already read (the measure's context, the
 * viewer's row and the latest status): at most one statement, for names of
 * people other than the viewer (a coordinator's owners, someone else's
 * status), none for an owner's own receipt.
 */
export async function statusCardViewFrom(deps: StatusDeps, context: StatusContext, person: Person | null, latest: StatusUpdate | null): Promise<StatusCardView> {
  const { summary, authority } = context;
  const ownerIds = authority.role === 'coordinator' ? authority.ownerIds : [];
  const ids = [...(latest ? [latest.recordedBy, ...(latest.onBehalfOf ? [latest.onBehalfOf] : [])] : []), ...ownerIds];
  const names = ids.length > 0 ? await personNames(deps.db, ids, person ? [person] : []) : new Map<string, string>();
  const today = localDate(deps.clock.now(), deps.timeZone);
  return {
    measure: summary,
    latest: latest ? withNames([latest], names)[0]! : null,
    viewer: {
      personId: person?.id ?? null,
      teamsUserId: person?.teamsUserId ?? null,
      role: authority.role,
      canRecord: authority.canRecord && !summary.removed,
      canRead: authority.canRead,
    },
    owners: ownerIds
      .flatMap((personId) => (names.has(personId) ? [{ personId, name: names.get(personId)! }] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    today,
    overdue: summary.dueDate !== null && today > summary.dueDate,
    timeZone: deps.timeZone,
  };
}
