import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { personNames } from './people-names.js';
import type { StatusUpdate } from './status.js';

/** A history row with the names of who recorded it and for whom, ready for a card. */
export interface StatusEntry extends StatusUpdate {
  recordedByName: string;
  onBehalfOfName: string | null;
}

/** Adds names to status updates (one query for all of them). */
export async function toStatusEntries(db: Kysely<Database>, updates: readonly StatusUpdate[]): Promise<StatusEntry[]> {
  const ids = updates.flatMap((u) => [u.recordedBy, ...(u.onBehalfOf ? [u.onBehalfOf] : [])]);
  const names = ids.length > 0 ? await personNames(db, ids) : new Map<string, string>();
  return withNames(updates, names);
}

/** Adds names already looked up ('–' for anyone missing). */
export function withNames(updates: readonly StatusUpdate[], names: ReadonlyMap<string, string>): StatusEntry[] {
  return updates.map((u) => ({
    ...u,
    recordedByName: names.get(u.recordedBy) ?? '–',
    onBehalfOfName: u.onBehalfOf ? (names.get(u.onBehalfOf) ?? '–') : null,
  }));
}
