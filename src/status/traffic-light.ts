import type { IsoDate } from '../calendar/iso-date.js';
import { firstOverdueDay } from '../plans/period.js';
import type { StatusValue, TrafficLight } from './status.js';

/**
 * The light of a status on its own — the one mapping every card, page and
 * report uses next to a status's words, so a status never shows two colours:
 * green on track, yellow at risk, red delayed, blue done, grey otherwise
 * (not started, cancelled, none).
 */
export function statusLight(status: StatusValue | 'no_status' | null): TrafficLight {
  switch (status) {
    case 'on_track':
      return 'green';
    case 'at_risk':
      return 'yellow';
    case 'delayed':
      return 'red';
    case 'done':
      return 'blue';
    default:
      return 'grey';
  }
}

/**
 * The traffic light of a measure (not of its status): blue when done, grey when cancelled or
 * not reported/started, red when delayed or overdue (from the first working
 * day after the due date), yellow at risk, green on track. A deadline that
 * has passed outweighs "on track".
 */
export function trafficLight(status: StatusValue | null, dueDate: IsoDate | null, today: IsoDate): TrafficLight {
  if (status === 'done' || status === 'cancelled') return statusLight(status);
  if (dueDate !== null && today >= firstOverdueDay(dueDate)) return 'red';
  return statusLight(status);
}

/** How urgent a light is, for sorting lists (most urgent first). */
export const lightUrgency: Readonly<Record<TrafficLight, number>> = { red: 0, yellow: 1, grey: 2, green: 3, blue: 4 };
