import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { ConversationSighting, StoredConversation } from './conversation.js';
import { upsertConversation } from './conversations-repository.js';
import type { Person, TeamsIdentity } from './person.js';
import { upsertPersonFromTeams } from './people-repository.js';

export interface RecordContactDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface RecordContactInput {
  conversation: ConversationSighting;
  /** The person who installed the app or wrote; absent for system events. */
  person?: TeamsIdentity;
}

/**
 * Remembers how to reach a person and a conversation: called when the app is
 * installed and when someone writes. A personal chat is linked to its person,
 * so reminders can find them; team and group chats are kept as places to post.
 * A person known only by e-mail is matched here and completed.
 */
export async function recordContact(
  deps: RecordContactDeps,
  input: RecordContactInput,
): Promise<{ person?: Person; conversation: StoredConversation }> {
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const person = input.person ? await upsertPersonFromTeams(trx, input.person, nowIso) : undefined;
    const ownerId = input.conversation.conversationType === 'personal' ? (person?.id ?? null) : null;
    const conversation = await upsertConversation(trx, input.conversation, ownerId, nowIso);
    return { person, conversation };
  });
}
