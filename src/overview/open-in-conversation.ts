import type { Kysely } from 'kysely';
import { TillitError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { isPlanCoordinator, plansOpenedIn } from './plan-access.js';

/** Only a plan's coordinator may open or close it in a shared conversation. */
export class NotCoordinatorError extends TillitError<'overview_not_coordinator'> {}

/** A plan a coordinator could open here, and whether it already is. */
export interface OpenablePlan {
  planId: string;
  name: string;
  opened: boolean;
}

/** The plans a person coordinates, each marked open or not in this shared conversation. */
export async function openablePlans(db: Kysely<Database>, personId: string, conversationKey: string): Promise<OpenablePlan[]> {
  const rows = await db
    .selectFrom('plan_roles')
    .innerJoin('plans', 'plans.id', 'plan_roles.plan_id')
    .select(['plans.id', 'plans.name'])
    .where('plan_roles.person_id', '=', personId)
    .where('plan_roles.role', '=', 'coordinator')
    .orderBy('plans.organisation')
    .orderBy('plans.name')
    .execute();
  const opened = await plansOpenedIn(db, conversationKey);
  return rows.map((r) => ({ planId: r.id, name: r.name, opened: opened.has(r.id) }));
}

/**
 * Opens (or closes) a plan's overview in a team channel or group chat: from
 * then on a reader's "@Tillit status" there is answered in public, since
 * the coordinator decided that everyone in the conversation may see it.
 * Idempotent; only the plan's coordinator may do it.
 */
export async function setPlanOpenInConversation(
  deps: { db: Kysely<Database>; clock: Clock },
  request: { personId: string; planId: string; conversationKey: string; open: boolean },
): Promise<void> {
  if (!(await isPlanCoordinator(deps.db, request.planId, request.personId))) {
    throw new NotCoordinatorError('overview_not_coordinator', 'Only the coordinator opens a plan in a conversation');
  }
  if (request.open) {
    await deps.db
      .insertInto('overview_conversations')
      .values({ plan_id: request.planId, conversation_key: request.conversationKey, linked_by: request.personId, linked_at: deps.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(['plan_id', 'conversation_key']).doNothing())
      .execute();
  } else {
    await deps.db
      .deleteFrom('overview_conversations')
      .where('plan_id', '=', request.planId)
      .where('conversation_key', '=', request.conversationKey)
      .execute();
  }
}
