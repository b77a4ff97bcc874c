import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { recipientZone } from './send-window.js';

/** The zone each person's reminders are timed in (theirs from Teams, else the organisation's). */
export async function personZones(db: Kysely<Database>, personIds: Iterable<string>, organisationZone: string): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  const out = new Map<string, string>(ids.map((id) => [id, organisationZone]));
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('people').select(['id', 'time_zone']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, recipientZone(r.time_zone, organisationZone));
  }
  return out;
}
