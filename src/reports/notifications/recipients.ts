import { findConversation, findPersonalConversation } from '../../directory/conversations-repository.js';
import { findPersonByIdentity, getPerson } from '../../directory/people-repository.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import type { ReportDeps } from '../report-deps.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/** Somewhere Tillit can write: a handler's personal chat or the handlers' channel. */
export interface Recipient {
  conversationRowId: string;
  locale: Locale;
  /** The handler's Entra id; absent for the channel. */
  handlerId?: string;
}

/** How to pick a person's language: their choice in Tillit, else (when trusted) their Teams locale, else the organisation's. */
export interface LocalePolicy {
  locale: Locale;
  followTeamsLocale: boolean;
}

function localeOf(person: { preferredLocale: string | null; locale: string | null }, policy: LocalePolicy): Locale {
  return resolveLocale(person.preferredLocale ?? (policy.followTeamsLocale ? person.locale : null), policy.locale);
}

/** The personal chats of the given handlers (Entra ids); those who never installed Tillit are counted as unreachable. */
export async function personalRecipients(
  db: Kysely<Database>,
  handlerIds: readonly string[],
  policy: LocalePolicy,
): Promise<{ recipients: Recipient[]; unreachable: number }> {
  const recipients: Recipient[] = [];
  let unreachable = 0;
  for (const handlerId of [...new Set(handlerIds)]) {
    const person = await findPersonByIdentity(db, { aadObjectId: handlerId });
    const conversation = person ? await findPersonalConversation(db, person.id) : undefined;
    if (!person || !conversation || conversation.unreachableAt) {
      unreachable += 1;
      continue;
    }
    recipients.push({
      conversationRowId: conversation.id,
      locale: localeOf(person, policy),
      handlerId,
    });
  }
  return { recipients, unreachable };
}

/**
 * The handlers' channel, when configured and Tillit has seen it (installed in
 * the team, or mentioned there): exact id first, else a thread in it.
 */
export async function channelRecipient(deps: Pick<ReportDeps, 'db' | 'config'>, locale: Locale): Promise<Recipient | undefined> {
  const channelId = deps.config.handlerChannelId;
  if (!channelId) return undefined;
  const exact = await findConversation(deps.db, channelId);
  const row =
    exact ??
    (await deps.db
      .selectFrom('conversations')
      .select('id')
      .where('conversation_id', 'like', `${channelId};%`)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst());
  return row ? { conversationRowId: row.id, locale } : undefined;
}

/** The named reporter's personal chat. */
export async function reporterRecipient(db: Kysely<Database>, personId: string, policy: LocalePolicy): Promise<Recipient | undefined> {
  const person = await getPerson(db, personId);
  const conversation = person ? await findPersonalConversation(db, person.id) : undefined;
  if (!person || !conversation) return undefined;
  return { conversationRowId: conversation.id, locale: localeOf(person, policy) };
}
