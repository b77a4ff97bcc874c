import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';
import type { PeopleTable } from '../storage/tables/directory-tables.js';
import { normaliseEmail, type Person, type TeamsIdentity } from './person.js';

function toPerson(row: Selectable<PeopleTable>): Person {
  return {
    id: row.id,
    aadObjectId: row.aad_object_id,
    teamsUserId: row.teams_user_id,
    tenantId: row.tenant_id,
    displayName: row.display_name,
    email: row.email,
    upn: row.upn,
    locale: row.locale,
    preferredLocale: row.preferred_locale,
    timeZone: row.time_zone,
    unreachableAt: row.unreachable_at,
    unreachableReason: row.unreachable_reason,
  };
}

/** Finds a person by Entra object id, Teams user id, e-mail or UPN, in that order. */
export async function findPersonByIdentity(
  db: Kysely<Database>,
  identity: Partial<Pick<TeamsIdentity, 'aadObjectId' | 'teamsUserId' | 'email' | 'upn'>>,
): Promise<Person | undefined> {
  if (identity.aadObjectId) {
    const row = await db.selectFrom('people').selectAll().where('aad_object_id', '=', identity.aadObjectId).executeTakeFirst();
    if (row) return toPerson(row);
  }
  if (identity.teamsUserId) {
    const row = await db.selectFrom('people').selectAll().where('teams_user_id', '=', identity.teamsUserId).executeTakeFirst();
    if (row) return toPerson(row);
  }
  for (const address of [normaliseEmail(identity.email), normaliseEmail(identity.upn)]) {
    if (!address) continue;
    const row = await db
      .selectFrom('people')
      .selectAll()
      .where((eb) => eb.or([eb('email', '=', address), eb('upn', '=', address)]))
      .executeTakeFirst();
    if (row) return toPerson(row);
  }
  return undefined;
}

/** Loads one person by row id. */
export async function getPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** Finds a person by e-mail or UPN (case-insensitive). */
export async function findPersonByEmail(db: Kysely<Database>, email: string): Promise<Person | undefined> {
  return findPersonByIdentity(db, { email });
}

/**
 * Creates or refreshes a person from what Teams says. A person first known
 * only by e-mail (assigned to a unit before installing the app) is matched
 * and completed, so their unit assignments carry over. Contact clears the
 * unreachable mark: they just reached us.
 */
export async function upsertPersonFromTeams(
  db: Kysely<Database>,
  identity: TeamsIdentity,
  nowIso: string,
): Promise<Person> {
  const existing = await findPersonByIdentity(db, identity);
  const email = normaliseEmail(identity.email) ?? normaliseEmail(identity.upn);
  const upn = normaliseEmail(identity.upn);
  if (existing) {
    await db
      .updateTable('people')
      .set({
        aad_object_id: identity.aadObjectId ?? existing.aadObjectId,
        teams_user_id: identity.teamsUserId,
        tenant_id: identity.tenantId ?? existing.tenantId,
        display_name: identity.displayName ?? existing.displayName,
        email: existing.email ?? email,
        upn: upn ?? existing.upn,
        locale: identity.locale ?? existing.locale,
        time_zone: identity.timeZone ?? existing.timeZone,
        unreachable_at: null,
        unreachable_reason: null,
        updated_at: nowIso,
      })
      .where('id', '=', existing.id)
      .execute();
    return (await getPerson(db, existing.id))!;
  }
  const id = newId();
  await db
    .insertInto('people')
    .values({
      id,
      aad_object_id: identity.aadObjectId ?? null,
      teams_user_id: identity.teamsUserId,
      tenant_id: identity.tenantId ?? null,
      display_name: identity.displayName ?? null,
      email,
      upn,
      locale: identity.locale ?? null,
      preferred_locale: null,
      time_zone: identity.timeZone ?? null,
      unreachable_at: null,
      unreachable_reason: null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .execute();
  return (await getPerson(db, id))!;
}

/**
 * Makes sure a person with this e-mail exists (for unit assignment before
 * they have installed the app); returns the existing one when there is one.
 */
export async function ensurePersonByEmail(db: Kysely<Database>, email: string, nowIso: string): Promise<Person> {
  const address = normaliseEmail(email);
  if (!address) throw new Error('ensurePersonByEmail needs an address');
  const existing = await findPersonByEmail(db, address);
  if (existing) return existing;
  const id = newId();
  await db
    .insertInto('people')
    .values({
      id,
      aad_object_id: null,
      teams_user_id: null,
      tenant_id: null,
      display_name: null,
      email: address,
      upn: null,
      locale: null,
      preferred_locale: null,
      time_zone: null,
      unreachable_at: null,
      unreachable_reason: null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  return (await findPersonByEmail(db, address))!;
}

/** Marks a person unreachable (blocked the bot, removed the app). Keeps everything else. */
export async function markPersonUnreachable(
  db: Kysely<Database>,
  personId: string,
  reason: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ unreachable_at: nowIso, unreachable_reason: reason, updated_at: nowIso })
    .where('id', '=', personId)
    .execute();
}

/** Remembers the language a person chose in Tillit. */
export async function setPreferredLocale(db: Kysely<Database>, personId: string, locale: string, nowIso: string): Promise<void> {
  await db.updateTable('people').set({ preferred_locale: locale, updated_at: nowIso }).where('id', '=', personId).execute();
}
