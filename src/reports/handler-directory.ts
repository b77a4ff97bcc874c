import { findPersonByIdentity } from '../directory/people-repository.js';
import type { ReportDeps } from './report-deps.js';
import { personalRecipients } from './notifications/recipients.js';

/** A configured handler as the case view lists them (for assigning and conflicts of interest). */
export interface HandlerEntry {
  id: string;
  name: string | null;
}

/** The configured handlers with the names Tillit knows, and how many cannot be reached in Teams. */
export async function handlerDirectory(deps: Pick<ReportDeps, 'db' | 'config'>): Promise<{ handlers: HandlerEntry[]; unreachable: number }> {
  const handlers: HandlerEntry[] = [];
  for (const id of deps.config.handlerIds) {
    const person = await findPersonByIdentity(deps.db, { aadObjectId: id });
    handlers.push({ id, name: person?.displayName ?? null });
  }
  const { unreachable } = await personalRecipients(deps.db, deps.config.handlerIds, 'sv');
  return { handlers, unreachable };
}
