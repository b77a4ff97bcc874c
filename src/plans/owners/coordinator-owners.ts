import type { Kysely } from 'kysely';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { listPlans } from '../plan-repository.js';
import type { Plan } from '../plan.js';
import { parseEmails } from './emails.js';
import { InvalidEmailError, NotPlanCoordinatorError, UnitNotFoundError } from './owner-errors.js';
import { setUnitPeople } from './set-unit-people.js';
import { unitsWithoutRecipients, type UnitEntry } from './unit-directory.js';

/** What a coordinator sees on the owners card: their plans and the units in them nobody receives for. */
export interface CoordinatorOwnersView {
  plans: Plan[];
  missing: UnitEntry[];
}

/** The plans a person coordinates. */
async function coordinatedPlans(db: Kysely<Database>, personId: string): Promise<Plan[]> {
  const rows = await db.selectFrom('plan_roles').select('plan_id').where('person_id', '=', personId).where('role', '=', 'coordinator').execute();
  const ids = new Set(rows.map((r) => r.plan_id));
  return (await listPlans(db)).filter((p) => ids.has(p.id));
}

/**
 * The units without recipients in the plans this person coordinates.
 * Someone who coordinates no plan sees no plans (and no units).
 */
export async function coordinatorOwnersView(db: Kysely<Database>, personId: string): Promise<CoordinatorOwnersView> {
  const plans = await coordinatedPlans(db, personId);
  const missing = plans.length > 0 ? await unitsWithoutRecipients(db, { planIds: plans.map((p) => p.id) }) : [];
  return { plans, missing };
}

/**
 * A coordinator assigns people (by e-mail) to a unit from the owners card.
 * Allowed only for a coordinator of a plan in which the unit owns a current
 * measure — checked here, whatever the card offered.
 */
export async function assignUnitPeopleAsCoordinator(
  deps: { db: Kysely<Database>; clock: Clock },
  input: { actorPersonId: string; unitId: string; emails: string },
): Promise<{ unitName: string; added: string[] }> {
  const unit = await deps.db.selectFrom('units').select(['id', 'name']).where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) throw new UnitNotFoundError('unit_not_found', 'No such unit', {});
  const allowed = await deps.db
    .selectFrom('plan_roles')
    .innerJoin('measures', 'measures.plan_id', 'plan_roles.plan_id')
    .innerJoin('measure_owners', 'measure_owners.measure_id', 'measures.id')
    .select('plan_roles.plan_id')
    .where('plan_roles.person_id', '=', input.actorPersonId)
    .where('plan_roles.role', '=', 'coordinator')
    .where('measure_owners.unit_id', '=', unit.id)
    .where('measures.removed_in_revision', 'is', null)
    .executeTakeFirst();
  if (!allowed) throw new NotPlanCoordinatorError('not_plan_coordinator', 'Not a coordinator of a plan using this unit', {});
  const { valid, invalid } = parseEmails(input.emails);
  if (invalid.length > 0 || valid.length === 0 || valid.length > 20) throw new InvalidEmailError(invalid);
  const result = await setUnitPeople(deps, { unitName: unit.name, emails: valid, mode: 'add' });
  return { unitName: result.unit.name, added: valid };
}
