import type { Kysely } from 'kysely';
import { ensurePersonByEmail, findPersonByEmail } from '../../directory/people-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { addUnitMember, ensureUnit, findUnit, removeUnitMember, type Unit } from '../units-repository.js';
import { parseEmails } from './emails.js';
import { InvalidEmailError, UnitNotFoundError } from './owner-errors.js';

export interface SetUnitPeopleDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface SetUnitPeopleInput {
  unitName: string;
  emails: readonly string[];
  /** replace: the unit has exactly these people afterwards; add: they join whoever is there; remove: they leave. */
  mode: 'replace' | 'add' | 'remove';
  /** Create the unit when no plan names it yet (otherwise an unknown name is an error, likely a typo). */
  create?: boolean;
}

/**
 * Assigns people (by e-mail) to a unit. People not yet known are created
 * from their address and matched to their Teams identity when they install
 * the app or first write to Tillit. All in one transaction.
 */
export async function setUnitPeople(deps: SetUnitPeopleDeps, input: SetUnitPeopleInput): Promise<{ unit: Unit; added: string[]; removed: number }> {
  const { valid, invalid } = parseEmails(input.emails);
  if (invalid.length > 0) throw new InvalidEmailError(invalid);
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const unit = (await findUnit(trx, input.unitName)) ?? (input.create ? await ensureUnit(trx, input.unitName, nowIso) : undefined);
    if (!unit) throw new UnitNotFoundError('unit_not_found', 'No unit with that name', {});
    const before = await trx.selectFrom('unit_members').select('person_id').where('unit_id', '=', unit.id).execute();
    const keep = new Set<string>();
    const added: string[] = [];
    if (input.mode === 'remove') {
      let removed = 0;
      for (const address of valid) {
        const person = await findPersonByEmail(trx, address);
        if (!person || !before.some((b) => b.person_id === person.id)) continue;
        await removeUnitMember(trx, unit.id, person.id);
        removed += 1;
      }
      return { unit, added: [], removed };
    }
    for (const address of valid) {
      const person = await ensurePersonByEmail(trx, address, nowIso);
      keep.add(person.id);
      if (!before.some((b) => b.person_id === person.id)) added.push(address);
      await addUnitMember(trx, unit.id, person.id, nowIso);
    }
    let removed = 0;
    if (input.mode === 'replace') {
      for (const member of before) {
        if (keep.has(member.person_id)) continue;
        await removeUnitMember(trx, unit.id, member.person_id);
        removed += 1;
      }
    }
    return { unit, added, removed };
  });
}
