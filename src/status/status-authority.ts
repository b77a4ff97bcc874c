import type { Kysely } from 'kysely';
import { measureOwnerIds, planRolesOf, type PlanRole } from '../plans/plan-repository.js';
import type { RegisteredMeasure } from '../plans/measure.js';
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
export async function statusAuthority(db: Kysely<Database>, measure: RegisteredMeasure, personId: string | null | undefined): Promise<StatusAuthority> {
  return authorityOf(db, measure.planId, await measureOwnerIds(db, measure.id), personId);
}

/** statusAuthority for a measure whose owners are already known: plan roles are read only for a non-owner. */
export async function authorityOf(db: Kysely<Database>, planId: string, ownerIds: string[], personId: string | null | undefined): Promise<StatusAuthority> {
  if (!personId) return { role: null, canRecord: false, canRead: false, ownerIds };
  if (ownerIds.includes(personId)) return { role: 'owner', canRecord: true, canRead: true, ownerIds };
  const roles: PlanRole[] = await planRolesOf(db, planId, personId);
  if (roles.includes('coordinator')) return { role: 'coordinator', canRecord: true, canRead: true, ownerIds };
  if (roles.includes('reader')) return { role: 'reader', canRecord: false, canRead: true, ownerIds };
  return { role: null, canRecord: false, canRead: false, ownerIds };
}
