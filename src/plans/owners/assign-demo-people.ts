import type { Kysely } from 'kysely';
import { upsertPersonFromTeams } from '../../directory/people-repository.js';
import type { TeamsIdentity } from '../../directory/person.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { findPlan, grantPlanRole, type PlanRole } from '../plan-repository.js';
import { addUnitMember, findUnit } from '../units-repository.js';

/** Where a demo person sits: who they are in Teams, their units and their roles on plans (by key). */
export interface DemoAssignment {
  identity: TeamsIdentity;
  units: readonly string[];
  roles: ReadonlyArray<{ plan: string; role: PlanRole }>;
}

/**
 * Puts demo people into units and plan roles, creating them with their
 * Teams identity so the Agents Playground's users are recognised on first contact.
 * Units or plans that do not exist are skipped (returned, for a test to
 * catch a demo that drifted from the example plans).
 */
export async function assignDemoPeople(
  deps: { db: Kysely<Database>; clock: Clock },
  people: readonly DemoAssignment[],
): Promise<{ skipped: string[] }> {
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const skipped: string[] = [];
    for (const demo of people) {
      const person = await upsertPersonFromTeams(trx, demo.identity, nowIso);
      for (const name of demo.units) {
        const unit = await findUnit(trx, name);
        if (unit) await addUnitMember(trx, unit.id, person.id, nowIso);
        else skipped.push(name);
      }
      for (const { plan: key, role } of demo.roles) {
        const plan = await findPlan(trx, key);
        if (plan) await grantPlanRole(trx, plan.id, person.id, role, nowIso);
        else skipped.push(key);
      }
    }
    return { skipped };
  });
}
