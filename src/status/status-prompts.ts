import type { Kysely } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';

/** How long prompts are kept (a reply refers to at most the last week's). */
const promptRetentionMs = 30 * 24 * 3600 * 1000;

/** A status card or reminder shown in a conversation, about these measures. */
export interface StatusPrompt {
  conversationRowId: string;
  personId: string | null;
  activityId: string | null;
  measureIds: string[];
  createdAt: string;
}

/**
 * Remembers that a conversation was shown a status card or reminder about
 * some measures, so a free-text reply ("klar", "försenad till mars") can be
 * tied to them. The reminders feature calls this after each send, with the
 * activity id the Messenger returned.
 */
export async function rememberStatusPrompt(
  db: Kysely<Database>,
  prompt: { conversationRowId: string; personId?: string | null; activityId?: string | null; measureIds: readonly string[]; nowIso: string },
): Promise<void> {
  if (prompt.measureIds.length === 0) return;
  // Only the last week matters to a reply; older prompts of this conversation are dropped as new ones come.
  const expired = new Date(Date.parse(prompt.nowIso) - promptRetentionMs).toISOString();
  await db.deleteFrom('status_prompts').where('conversation_row_id', '=', prompt.conversationRowId).where('created_at', '<', expired).execute();
  await db
    .insertInto('status_prompts')
    .values({
      id: newId(),
      conversation_row_id: prompt.conversationRowId,
      person_id: prompt.personId ?? null,
      activity_id: prompt.activityId ?? null,
      measure_ids_json: JSON.stringify([...new Set(prompt.measureIds)]),
      created_at: prompt.nowIso,
    })
    .execute();
}

/**
 * The prompt a reply refers to: the message it replies to when Teams says
 * so, else (unless `exact`) the latest prompt in the conversation since `sinceIso`.
 */
export async function findStatusPrompt(
  db: Kysely<Database>,
  input: { conversationRowId: string; replyToId?: string | null; sinceIso: string; exact?: boolean },
): Promise<StatusPrompt | undefined> {
  const base = db.selectFrom('status_prompts').selectAll().where('conversation_row_id', '=', input.conversationRowId);
  const row =
    (input.replyToId
      ? await base.where('activity_id', '=', input.replyToId).orderBy('created_at', 'desc').limit(1).executeTakeFirst()
      : undefined) ??
    (input.exact ? undefined : await base.where('created_at', '>=', input.sinceIso).orderBy('created_at', 'desc').limit(1).executeTakeFirst());
  if (!row) return undefined;
  return {
    conversationRowId: row.conversation_row_id,
    personId: row.person_id,
    activityId: row.activity_id,
    measureIds: JSON.parse(row.measure_ids_json) as string[],
    createdAt: row.created_at,
  };
}
