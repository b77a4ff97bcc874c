import type { TrafficLight } from '../status/status.js';
import { statusLight } from '../status/traffic-light.js';
import type { StatusKey } from './overview-types.js';

/** The light a status shows on its own: one mapping for the whole product. */
export { statusLight } from '../status/traffic-light.js';

/**
 * A measure's light: an open measure past its deadline is red whatever was
 * last reported; one nobody has reported on for a long time is at least yellow.
 */
export function measureLight(status: StatusKey, overdue: boolean, stale: boolean): TrafficLight {
  if (status === 'done' || status === 'cancelled') return statusLight(status);
  if (overdue) return 'red';
  const own = statusLight(status);
  if (stale && (own === 'green' || own === 'grey')) return 'yellow';
  return own;
}

const severity: Record<TrafficLight, number> = { red: 4, yellow: 3, green: 2, blue: 1, grey: 0 };

/**
 * A goal area's light from its measures: the worst of red > yellow > green;
 * blue when everything is done; green when some are done and the rest not
 * yet begun; grey when nothing has begun. Cancelled measures do not count.
 */
export function areaLight(measures: ReadonlyArray<{ light: TrafficLight; status: StatusKey }>): TrafficLight {
  const lights = measures.filter((m) => m.status !== 'cancelled').map((m) => m.light);
  if (lights.length === 0) return 'grey';
  let worst: TrafficLight = 'grey';
  for (const light of lights) if (severity[light] > severity[worst]) worst = light;
  if (worst === 'blue' && lights.some((l) => l === 'grey')) return 'green';
  return worst;
}
