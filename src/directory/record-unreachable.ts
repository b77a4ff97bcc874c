import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { findConversation, getConversation, markConversationUnreachable } from './conversations-repository.js';
import { markPersonUnreachable } from './people-repository.js';

export interface RecordUnreachableDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** Why Tillit can no longer write somewhere. */
export type UnreachableReason = 'uninstalled' | 'blocked' | 'conversation_gone';

/**
 * Marks a conversation (and, for a personal chat, its person) unreachable.
 * Nothing is deleted: units, statuses and history stay, and the mark is
 * cleared as soon as the person installs the app again or writes to us.
 */
export async function recordUnreachable(
  deps: RecordUnreachableDeps,
  input: { conversationId?: string; conversationRowId?: string; reason: UnreachableReason },
): Promise<void> {
  const nowIso = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const conversation = input.conversationRowId
      ? await getConversation(trx, input.conversationRowId)
      : input.conversationId
        ? await findConversation(trx, input.conversationId)
        : undefined;
    if (!conversation) return;
    await markConversationUnreachable(trx, conversation.id, input.reason, nowIso, {
      uninstalled: input.reason === 'uninstalled',
    });
    if (conversation.conversationType === 'personal' && conversation.personId) {
      await markPersonUnreachable(trx, conversation.personId, input.reason, nowIso);
    }
  });
}
