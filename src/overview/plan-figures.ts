import type { TrafficLight } from '../status/status.js';
import type { MeasureState, StatusCounts } from './overview-types.js';
import { areaLight } from './traffic-light.js';

/**
 * Every figure about a plan that the chat overview, the dashboard tab and
 * the committee report (docx and xlsx) show, computed once from the
 * measures' states so that no two places can disagree.
 */
export interface PlanFigures extends StatusCounts {
  /** Open measures whose deadline falls within the "due soon" days. */
  dueSoon: number;
  /**
   * Started, open measures with no status for longer than the configured
   * days — a measure never reported on counts from its start, so "never"
   * is never "0 days".
   */
  silent: number;
  /** Of all measures, those nobody has ever reported on. */
  neverReported: number;
  /** The plan's light: the goal areas' rule over every measure (red when any area is red). */
  light: TrafficLight;
}

/** The plan's figures from its measures and the lists built from them. */
export function planFigures(measures: readonly MeasureState[], lists: { dueSoon: readonly MeasureState[]; silent: readonly MeasureState[] }, counts: StatusCounts): PlanFigures {
  return {
    ...counts,
    dueSoon: lists.dueSoon.length,
    silent: lists.silent.length,
    neverReported: measures.filter((m) => m.latest === null).length,
    light: areaLight(measures),
  };
}
