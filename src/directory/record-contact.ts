import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { ConversationSighting, StoredConversation } from './conversation.js';
import { findConversation, upsertConversation } from './conversations-repository.js';
import { normaliseEmail, type Person, type TeamsIdentity } from './person.js';
import { findPersonByIdentity, upsertPersonFromTeams } from './people-repository.js';

export interface RecordContactDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface RecordContactInput {
  conversation: ConversationSighting;
  /** The person who installed the app or wrote; absent for system events. */
  person?: TeamsIdentity;
  /** The stored person for `person` when the caller has just read it (saves the lookup). */
  known?: Person;
}

/** True when the stored conversation already says everything the sighting says. */
function conversationUnchanged(stored: StoredConversation, sighting: ConversationSighting, personId: string | null): boolean {
  return (
    stored.installed &&
    stored.unreachableAt === null &&
    stored.serviceUrl === sighting.serviceUrl &&
    stored.conversationType === sighting.conversationType &&
    (personId === null || stored.personId === personId) &&
    JSON.stringify(stored.reference) === JSON.stringify(sighting.reference)
  );
}

/** True when the stored person already says everything Teams just told us. */
function personUnchanged(stored: Person, seen: TeamsIdentity): boolean {
  const same = (a: string | null, b: string | undefined) => b === undefined || a === b;
  return (
    stored.unreachableAt === null &&
    stored.teamsUserId === seen.teamsUserId &&
    same(stored.aadObjectId, seen.aadObjectId) &&
    same(stored.displayName, seen.displayName) &&
    same(stored.locale, seen.locale) &&
    same(stored.timeZone, seen.timeZone) &&
    (seen.email === undefined || stored.email !== null) &&
    same(stored.upn, normaliseEmail(seen.upn) ?? undefined)
  );
}

/**
 * Remembers how to reach a person and a conversation: called when the app is
 * installed and when someone writes. A personal chat is linked to its person,
 * so reminders can find them; team and group chats are kept as places to post.
 * A person known only by e-mail is matched here and completed. When nothing
 * changed (the usual case for the next message) nothing is written, so an
 * ordinary turn costs two indexed reads.
 */
export async function recordContact(
  deps: RecordContactDeps,
  input: RecordContactInput,
): Promise<{ person?: Person; conversation: StoredConversation }> {
  const known = input.person ? (input.known ?? (await findPersonByIdentity(deps.db, input.person))) : undefined;
  const stored = await findConversation(deps.db, input.conversation.conversationId);
  const ownerId = input.conversation.conversationType === 'personal' ? (known?.id ?? null) : null;
  if (
    stored &&
    (!input.person || (known && personUnchanged(known, input.person))) &&
    conversationUnchanged(stored, input.conversation, ownerId)
  ) {
    return { person: known, conversation: stored };
  }
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const person = input.person ? await upsertPersonFromTeams(trx, input.person, nowIso) : undefined;
    const personId = input.conversation.conversationType === 'personal' ? (person?.id ?? null) : null;
    const conversation = await upsertConversation(trx, input.conversation, personId, nowIso);
    return { person, conversation };
  });
}
