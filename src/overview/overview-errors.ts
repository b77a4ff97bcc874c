import { TillitError } from '../errors.js';

/** A plan, goal area or measure the viewer asked for is not there (or not theirs to see). */
export class OverviewLookupError extends TillitError<
  'plan_not_found' | 'overview_measure_not_found' | 'overview_goal_area_not_found' | 'overview_plan_not_decided'
> {}
