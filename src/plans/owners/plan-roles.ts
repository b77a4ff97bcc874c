import type { Kysely } from 'kysely';
import { ensurePersonByEmail, findPersonByEmail } from '../../directory/people-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { grantPlanRole, type PlanRole } from '../plan-repository.js';
import { parseEmails } from './emails.js';
import { InvalidEmailError } from './owner-errors.js';

/** The roles a person can hold on a plan: coordinator (samordnare) and reader (läsare). */
export const planRoles = ['coordinator', 'reader'] as const satisfies readonly PlanRole[];

/**
 * Gives (or with `remove`, takes away) a role on a plan to people by
 * e-mail, creating people not yet known so the role is theirs when they
 * first use Tillit.
 */
export async function setPlanRole(
  deps: { db: Kysely<Database>; clock: Clock },
  input: { planId: string; role: PlanRole; emails: readonly string[]; remove?: boolean },
): Promise<{ changed: string[] }> {
  const { valid, invalid } = parseEmails(input.emails);
  if (invalid.length > 0 || valid.length === 0) throw new InvalidEmailError(invalid);
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const changed: string[] = [];
    for (const address of valid) {
      if (input.remove) {
        const person = await findPersonByEmail(trx, address);
        if (!person) continue;
        const result = await trx.deleteFrom('plan_roles').where('plan_id', '=', input.planId).where('person_id', '=', person.id).where('role', '=', input.role).executeTakeFirst();
        if (Number(result.numDeletedRows) > 0) changed.push(address);
      } else {
        const person = await ensurePersonByEmail(trx, address, nowIso);
        await grantPlanRole(trx, input.planId, person.id, input.role, nowIso);
        changed.push(address);
      }
    }
    return { changed };
  });
}

/** Everyone with a role on a plan, with their e-mail and name. */
export async function listPlanRoles(db: Kysely<Database>, planId: string): Promise<Array<{ role: PlanRole; email: string | null; displayName: string | null }>> {
  const rows = await db
    .selectFrom('plan_roles')
    .innerJoin('people', 'people.id', 'plan_roles.person_id')
    .select(['plan_roles.role', 'people.email', 'people.display_name'])
    .where('plan_roles.plan_id', '=', planId)
    .orderBy('plan_roles.role')
    .orderBy('people.email')
    .execute();
  return rows.map((r) => ({ role: r.role as PlanRole, email: r.email, displayName: r.display_name }));
}
