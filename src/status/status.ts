import type { IsoDate } from '../calendar/iso-date.js';

/**
 * The status an owner can give a measure (Ej påbörjad / Pågår enligt plan /
 * Risk för försening / Försenad / Klar / Avbruten).
 */
export const statusValues = ['not_started', 'on_track', 'at_risk', 'delayed', 'done', 'cancelled'] as const;
export type StatusValue = (typeof statusValues)[number];

/** Statuses that need a comment saying why. */
export const statusesNeedingComment: readonly StatusValue[] = ['at_risk', 'delayed', 'cancelled'];

/** Statuses after which nobody should be reminded any more. */
export const closedStatuses: readonly StatusValue[] = ['done', 'cancelled'];

/** True for done and cancelled. */
export function isClosedStatus(status: StatusValue | null | undefined): boolean {
  return status !== null && status !== undefined && closedStatuses.includes(status);
}

/** Traffic light for a status, used by cards and the overview. */
export type TrafficLight = 'green' | 'yellow' | 'red' | 'grey' | 'blue';

/** The authority an update was recorded with: the owner, or a coordinator for them. */
export type RecordedAs = 'owner' | 'coordinator';

/** Where an update came from. */
export type StatusSource = 'card' | 'chat' | 'import' | 'cli';

/** One confirmed status update (a row of the append-only history). */
export interface StatusUpdate {
  id: string;
  measureId: string;
  seq: number;
  status: StatusValue;
  comment: string | null;
  forecastDate: IsoDate | null;
  /** Indicator text → reported value, for the indicators the plan defined. */
  indicatorValues: Record<string, string> | null;
  recordedBy: string;
  onBehalfOf: string | null;
  recordedAs: RecordedAs;
  recordedAt: string;
  planRevision: number;
  source: StatusSource;
}
