import { findPersonByIdentity } from '../directory/people-repository.js';
import type { ReportDeps } from './report-deps.js';
import { personalRecipients } from './notifications/recipients.js';

/** A configured handler as the case view lists them (for assigning and conflicts of interest). */
export interface HandlerEntry {
  id: string;
  name: string | null;
}

/**
 * The configured handlers with the names Tillit knows — from the directory,
 * else from the audit log (the name in their sign-in token when they last
 * acted) — and how many cannot be reached in Teams.
 */
export async function handlerDirectory(deps: Pick<ReportDeps, 'db' | 'config'>): Promise<{ handlers: HandlerEntry[]; unreachable: number }> {
  const handlers: HandlerEntry[] = [];
  for (const id of deps.config.handlerIds) {
    const person = await findPersonByIdentity(deps.db, { aadObjectId: id });
    const audited = person?.displayName
      ? undefined
      : await deps.db
          .selectFrom('report_audit')
          .select('actor_name')
          .where('actor_id', '=', id)
          .where('actor_name', 'is not', null)
          .orderBy('at', 'desc')
          .executeTakeFirst();
    handlers.push({ id, name: person?.displayName ?? audited?.actor_name ?? null });
  }
  const { unreachable } = await personalRecipients(deps.db, deps.config.handlerIds, { locale: 'sv', followTeamsLocale: false });
  return { handlers, unreachable };
}
