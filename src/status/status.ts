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

/** Traffic light for a status, used by cards and the overview. */
export type TrafficLight = 'green' | 'yellow' | 'red' | 'grey' | 'blue';

/** One confirmed status update (a row of the append-only history). */
export interface StatusUpdate {
  id: string;
  measureId: string;
  seq: number;
  status: StatusValue;
  comment: string | null;
  forecastDate: IsoDate | null;
  indicatorValues: Record<string, string> | null;
  recordedBy: string;
  onBehalfOf: string | null;
  recordedAt: string;
  planRevision: number;
  source: 'card' | 'chat' | 'import' | 'cli';
}
