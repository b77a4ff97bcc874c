import type { Kysely } from 'kysely';
import { TillitError } from '../errors.js';
import type { Database } from '../storage/schema.js';

/**
 * Where the answer will be read. In a private place (personal chat, the
 * tab, a download) only the viewer sees it; in a shared one (a team channel
 * or group chat) everybody in the conversation does.
 */
export type ViewingPlace = { kind: 'private' } | { kind: 'shared'; conversationKey: string };

/** Who asks: a person in a place, or the operator at the server's command line. */
export type Viewer = { kind: 'person'; personId: string; place: ViewingPlace } | { kind: 'operator' };

/**
 * The overview refused: the person is no reader of the plan
 * (`plan_access_denied`), or is, but the shared conversation is not opened
 * for the plan by a coordinator (`overview_not_linked_here`).
 */
export class PlanAccessError extends TillitError<'plan_access_denied' | 'overview_not_linked_here'> {}

const readingRoles = ['coordinator', 'reader'];

/** Plan ids the person holds a reading role on (coordinators read too). */
async function readablePlanIds(db: Kysely<Database>, personId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('plan_roles').select('plan_id').distinct().where('person_id', '=', personId).where('role', 'in', readingRoles).execute();
  return new Set(rows.map((r) => r.plan_id));
}

/** Plan ids a coordinator has opened in a shared conversation. */
export async function plansOpenedIn(db: Kysely<Database>, conversationKey: string): Promise<Set<string>> {
  const rows = await db.selectFrom('overview_conversations').select('plan_id').where('conversation_key', '=', conversationKey).execute();
  return new Set(rows.map((r) => r.plan_id));
}

/**
 * The plans this viewer may see in this place, in plan order, and those they
 * could read privately but not here. Throws PlanAccessError when there is none.
 */
export async function plansVisibleTo(
  db: Kysely<Database>,
  viewer: Viewer,
): Promise<{ visible: string[]; privateOnly: string[] }> {
  const all = await db.selectFrom('plans').select('id').orderBy('organisation').orderBy('name').execute();
  if (viewer.kind === 'operator') return { visible: all.map((p) => p.id), privateOnly: [] };
  const readable = await readablePlanIds(db, viewer.personId);
  const opened = viewer.place.kind === 'shared' ? await plansOpenedIn(db, viewer.place.conversationKey) : undefined;
  const visible = all.filter((p) => readable.has(p.id) && (!opened || opened.has(p.id))).map((p) => p.id);
  const privateOnly = all.filter((p) => readable.has(p.id) && !visible.includes(p.id)).map((p) => p.id);
  if (visible.length === 0) {
    if (privateOnly.length > 0) throw new PlanAccessError('overview_not_linked_here', 'Plan not opened in this conversation', { plans: privateOnly.length });
    throw new PlanAccessError('plan_access_denied', 'Not a reader of any plan');
  }
  return { visible, privateOnly };
}

/** Throws PlanAccessError unless the viewer may see this plan in this place. */
export async function assertMaySeePlan(db: Kysely<Database>, viewer: Viewer, planId: string): Promise<void> {
  if (viewer.kind === 'operator') return;
  const readable = await readablePlanIds(db, viewer.personId);
  if (!readable.has(planId)) throw new PlanAccessError('plan_access_denied', 'Not a reader of the plan');
  if (viewer.place.kind === 'shared' && !(await plansOpenedIn(db, viewer.place.conversationKey)).has(planId)) {
    throw new PlanAccessError('overview_not_linked_here', 'Plan not opened in this conversation', { plans: 1 });
  }
}

/** True when the person coordinates the plan (may open it in shared conversations). */
export async function isPlanCoordinator(db: Kysely<Database>, planId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('plan_roles')
    .select('role')
    .where('plan_id', '=', planId)
    .where('person_id', '=', personId)
    .where('role', '=', 'coordinator')
    .executeTakeFirst();
  return row !== undefined;
}
