import type { Kysely } from 'kysely';
import { getMeasureWithOwnerIds, getPlanOfMeasure } from '../plans/plan-repository.js';
import type { Plan } from '../plans/plan.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import type { Database } from '../storage/schema.js';
import { toMeasureSummary, type MeasureSummary } from './measure-summary.js';
import { authorityOf, type StatusAuthority } from './status-authority.js';
import { StatusAccessError } from './status-errors.js';

/**
 * What a status turn knows about a measure and the person acting on it:
 * read once (three statements in parallel, a fourth for plan roles only
 * when the person owns nothing), then passed on, so the receipt is built
 * from it instead of read again.
 */
export interface StatusContext {
  measure: RegisteredMeasure;
  plan: Plan;
  summary: MeasureSummary;
  authority: StatusAuthority;
}

/** Loads a measure's status context for a person (or nobody); throws `measure_not_found` for an unknown id. */
export async function loadStatusContext(db: Kysely<Database>, measureId: string, personId: string | null | undefined): Promise<StatusContext> {
  const [found, plan] = await Promise.all([getMeasureWithOwnerIds(db, measureId), getPlanOfMeasure(db, measureId)]);
  if (!found) throw new StatusAccessError('measure_not_found', 'No such measure', { measureId });
  if (!plan) throw new StatusAccessError('measure_not_found', 'Measure without plan', { measureId });
  const authority = await authorityOf(db, plan.id, found.ownerIds, personId);
  return { measure: found.measure, plan, summary: toMeasureSummary(found.measure, plan, found.goalArea), authority };
}
