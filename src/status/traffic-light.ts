import type { IsoDate } from '../calendar/iso-date.js';
import { firstOverdueDay } from '../plans/period.js';
import type { StatusValue, TrafficLight } from './status.js';

/**
 * The traffic light of a measure: blue when done, grey when cancelled or
 * not reported/started, red when delayed or overdue (from the first working
 * day after the due date), yellow at risk, green on track. A deadline that
 * has passed outweighs "on track".
 */
export function trafficLight(status: StatusValue | null, dueDate: IsoDate | null, today: IsoDate): TrafficLight {
  if (status === 'done') return 'blue';
  if (status === 'cancelled') return 'grey';
  if (status === 'delayed') return 'red';
  if (dueDate !== null && today >= firstOverdueDay(dueDate)) return 'red';
  if (status === 'at_risk') return 'yellow';
  if (status === 'on_track') return 'green';
  return 'grey';
}

/** How urgent a light is, for sorting lists (most urgent first). */
export const lightUrgency: Readonly<Record<TrafficLight, number>> = { red: 0, yellow: 1, grey: 2, green: 3, blue: 4 };
