import type { Kysely } from 'kysely';
import { findPlan, listPlans } from '../src/plans/plan-repository.js';
import type { Plan } from '../src/plans/plan.js';
import type { Database } from '../src/storage/schema.js';
import { say, type CliIo } from './cli-io.js';
import { CliError } from './cli-error.js';

/** The plan a command names by key or id, or a one-line error listing the plans there are. */
export async function findPlanOrFail(io: CliIo, db: Kysely<Database>, keyOrId: string): Promise<Plan> {
  const plan = await findPlan(db, keyOrId);
  if (plan) return plan;
  const keys = (await listPlans(db)).map((p) => p.key);
  throw new CliError(
    keys.length > 0
      ? say(io, 'plans.cli.error.planNotFound', { plan: keyOrId, plans: keys.join(', ') })
      : say(io, 'plans.cli.error.noPlans', { plan: keyOrId }),
  );
}
