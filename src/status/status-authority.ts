import type { Kysely } from 'kysely';
import { measureOwnerIds, planRolesOf } from '../plans/plan-repository.js';
import type { Measure } from '../plans/plan.js';
import type { Database } from '../storage/schema.js';

/** What a person may do with one measure's status, and why. */
export interface StatusAuthority {
  /** owner: in one of the measure's units; coordinator/reader: a role on its plan; null: none. */
  role: 'owner' | 'coordinator' | 'reader' | null;
  canRecord: boolean;
  canRead: boolean;
  /** The people who own the measure (through its units). */
  ownerIds: string[];
}

/**
 * Decides a person's authority over a measure. Owners record for
 * themselves; a coordinator of the plan records on an owner's behalf;
 * readers only read. Being an owner wins over any plan role.
 */
export async function statusAuthority(db: Kysely<Database>, measure: Measure, personId: string | null | undefined): Promise<StatusAuthority> {
  const ownerIds = await measureOwnerIds(db, measure.id);
  if (!personId) return { role: null, canRecord: false, canRead: false, ownerIds };
  if (ownerIds.includes(personId)) return { role: 'owner', canRecord: true, canRead: true, ownerIds };
  const roles = await planRolesOf(db, measure.planId, personId);
  if (roles.includes('coordinator')) return { role: 'coordinator', canRecord: true, canRead: true, ownerIds };
  if (roles.includes('reader')) return { role: 'reader', canRecord: false, canRead: true, ownerIds };
  return { role: null, canRecord: false, canRead: false, ownerIds };
}
