import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';
import type { ConversationsTable } from '../storage/tables/directory-tables.js';
import { toConversationType, type ConversationSighting, type StoredConversation } from './conversation.js';

function toConversation(row: Selectable<ConversationsTable>): StoredConversation {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    conversationType: toConversationType(row.conversation_type),
    personId: row.person_id,
    teamId: row.team_id,
    channelId: row.channel_id,
    tenantId: row.tenant_id,
    serviceUrl: row.service_url,
    reference: JSON.parse(row.reference_json) as Record<string, unknown>,
    installed: row.installed === 1,
    unreachableAt: row.unreachable_at,
    unreachableReason: row.unreachable_reason,
  };
}

/**
 * Stores or refreshes a conversation reference (service URLs change) and
 * marks it installed and reachable again.
 */
export async function upsertConversation(
  db: Kysely<Database>,
  sighting: ConversationSighting,
  personId: string | null,
  nowIso: string,
): Promise<StoredConversation> {
  await db
    .insertInto('conversations')
    .values({
      id: newId(),
      conversation_id: sighting.conversationId,
      conversation_type: sighting.conversationType,
      person_id: personId,
      team_id: sighting.teamId ?? null,
      channel_id: sighting.channelId ?? null,
      tenant_id: sighting.tenantId ?? null,
      service_url: sighting.serviceUrl,
      reference_json: JSON.stringify(sighting.reference),
      installed: 1,
      unreachable_at: null,
      unreachable_reason: null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .onConflict((oc) =>
      oc.column('conversation_id').doUpdateSet((eb) => ({
        conversation_type: eb.ref('excluded.conversation_type'),
        person_id: personId ?? eb.ref('conversations.person_id'),
        team_id: eb.ref('excluded.team_id'),
        channel_id: eb.ref('excluded.channel_id'),
        tenant_id: eb.ref('excluded.tenant_id'),
        service_url: eb.ref('excluded.service_url'),
        reference_json: eb.ref('excluded.reference_json'),
        installed: 1,
        unreachable_at: null,
        unreachable_reason: null,
        updated_at: nowIso,
      })),
    )
    .execute();
  return (await findConversation(db, sighting.conversationId))!;
}

/** Finds a conversation by its Teams conversation id. */
export async function findConversation(db: Kysely<Database>, conversationId: string): Promise<StoredConversation | undefined> {
  const row = await db.selectFrom('conversations').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
  return row ? toConversation(row) : undefined;
}

/** Loads a conversation by row id (what the Messenger port addresses). */
export async function getConversation(db: Kysely<Database>, id: string): Promise<StoredConversation | undefined> {
  const row = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toConversation(row) : undefined;
}

/** The personal chat with a person, if they have installed the app. */
export async function findPersonalConversation(
  db: Kysely<Database>,
  personId: string,
): Promise<StoredConversation | undefined> {
  const row = await db
    .selectFrom('conversations')
    .selectAll()
    .where('person_id', '=', personId)
    .where('conversation_type', '=', 'personal')
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row ? toConversation(row) : undefined;
}

/** Marks a conversation as no longer reachable (uninstalled, blocked, deleted). */
export async function markConversationUnreachable(
  db: Kysely<Database>,
  id: string,
  reason: string,
  nowIso: string,
  options: { uninstalled?: boolean } = {},
): Promise<void> {
  await db
    .updateTable('conversations')
    .set({
      unreachable_at: nowIso,
      unreachable_reason: reason,
      updated_at: nowIso,
      ...(options.uninstalled ? { installed: 0 } : {}),
    })
    .where('id', '=', id)
    .execute();
}
