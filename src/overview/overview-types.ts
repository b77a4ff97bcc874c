import type { IsoDate } from '../calendar/iso-date.js';
import type { FollowUp, GoalAreaLabel } from '../plans/plan.js';
import type { Measure } from '../plans/measure.js';
import type { StatusValue, TrafficLight } from '../status/status.js';
import type { PlanFigures } from './plan-figures.js';
import type { SuppressedReportStatistics } from './report-statistics-hook.js';

/** A measure's current status, or none reported yet. */
export type StatusKey = StatusValue | 'no_status';

/** Every status key in the order the overview counts them. */
export const statusKeys: readonly StatusKey[] = ['not_started', 'on_track', 'at_risk', 'delayed', 'done', 'cancelled', 'no_status'];

/** Someone named in the history: a person id and the name to show (never an e-mail in cards). */
export interface PersonRef {
  id: string;
  name: string;
}

/** One row of a measure's status history, as people read it. */
export interface StatusEntry {
  seq: number;
  status: StatusValue;
  comment: string | null;
  forecastDate: IsoDate | null;
  indicatorValues: Record<string, string> | null;
  recordedAt: string;
  /** The day it was recorded, in the organisation's zone. */
  recordedOn: IsoDate;
  recordedBy: PersonRef;
  onBehalfOf: PersonRef | null;
  planRevision: number;
}

/**
 * A measure as the overview sees it on the as-of day: every field of the
 * read model (src/plans/measure.ts) as the revision in force wrote it, and
 * what its history says then.
 */
export interface MeasureState extends Omit<Measure, 'id'> {
  measureId: string;
  /** First day of the start period; null when undated. */
  startsOn: IsoDate | null;
  /** The deadline's due day (its last working day); null when undated. */
  dueOn: IsoDate | null;
  /** The first working day after the due day, when that has come and the measure is not closed. */
  overdueSince: IsoDate | null;
  status: StatusKey;
  latest: StatusEntry | null;
  light: TrafficLight;
  /** Open, started, and nothing reported for longer than the configured number of days. */
  stale: boolean;
  /** Days since the last report (or since the measure started, when never reported); null when closed or not started. */
  silentDays: number | null;
  /** The day the silence is counted from: the last report, else the measure's (or the plan's) start. */
  silentSince: IsoDate | null;
}

/** Counts by status, with how many are overdue. */
export interface StatusCounts {
  total: number;
  byStatus: Record<StatusKey, number>;
  overdue: number;
}

/** One goal area's line in the overview. */
export interface GoalAreaSummary {
  /** null for measures the plan gives no goal area. */
  number: string | null;
  title: string;
  light: TrafficLight;
  counts: StatusCounts;
}

/** An owner unit the reminders cannot reach, and why. */
export interface UnreachableOwner {
  unit: string;
  /** no_person: the unit has nobody ("saknar mottagare"); the others name the people concerned. */
  reason: 'no_person' | 'unreachable' | 'no_chat';
  people: PersonRef[];
  measureCodes: string[];
}

/** A status update with the measure it belongs to, for "latest updates". */
export interface RecentUpdate {
  measureId: string;
  code: string;
  title: string;
  entry: StatusEntry;
}

/** The plan facts every view shows at its head. */
export interface PlanHeader {
  id: string;
  key: string;
  name: string;
  organisation: string;
  committee: string | null;
  decision: { reference: string | null; date: IsoDate | null };
  validity: { from: IsoDate | null; to: IsoDate | null };
  goalAreaLabel: GoalAreaLabel;
  coordinatorText: string | null;
  followUps: FollowUp[];
  /** The revision the view is built from: the one current on the as-of day. */
  revision: number;
  /** True when the as-of day is before the plan came into Tillit, so its first revision is shown. */
  revisionPredatesImport: boolean;
}

/** Settings that shaped the view, so it can say what "soon" and "long" meant. */
export interface OverviewSettings {
  dueSoonDays: number;
  staleAfterDays: number;
}

/** A plan's situation at a glance on one day. */
export interface PlanOverview {
  plan: PlanHeader;
  asOf: IsoDate;
  isToday: boolean;
  settings: OverviewSettings;
  /** Every count and the plan's light, computed once for chat, tab, docx and xlsx. */
  figures: PlanFigures;
  goalAreas: GoalAreaSummary[];
  /** Every measure in plan order. */
  measures: MeasureState[];
  /** Longest overdue first. */
  overdue: MeasureState[];
  /** Soonest first. */
  dueSoon: MeasureState[];
  /** Longest silent first; never-reported measures count from their start. */
  stale: MeasureState[];
  /** Today's reachability; null for a past day (the directory keeps no history of it). */
  unreachable: UnreachableOwner[] | null;
  /** Newest first. */
  latestUpdates: RecentUpdate[];
  /** k-suppressed statistics of anonymous reports, when that feature provides them. */
  reportStatistics: SuppressedReportStatistics | null;
}
