import { toConversationType, type ConversationSighting } from '../src/directory/conversation.js';
import type { TeamsIdentity } from '../src/directory/person.js';
import { resolveLocale, type Locale } from '../src/i18n/locale.js';
import { conversationReferenceOf, type ChatActivity, type ChatTurn } from './chat-turn.js';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
}

function channelData(activity: Partial<ChatActivity>): TeamsChannelData {
  return (activity.channelData ?? {}) as TeamsChannelData;
}

/** The conversation an activity came from, with the reference to write back. */
export function conversationSighting(activity: Readonly<ChatActivity>): ConversationSighting {
  const data = channelData(activity);
  // The id of the activity that happened to carry the reference is useless
  // for proactive sends and would make every stored reference differ.
  const { activityId: _activityId, ...reference } = conversationReferenceOf(activity);
  return {
    conversationId: activity.conversation?.id ?? '',
    conversationType: toConversationType(activity.conversation?.conversationType ?? undefined),
    teamId: data.team?.id,
    channelId: data.channel?.id,
    tenantId: activity.conversation?.tenantId ?? data.tenant?.id,
    serviceUrl: activity.serviceUrl ?? '',
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
  };
}

/** Who sent an activity, as far as the activity itself says. */
export function senderIdentity(activity: Partial<ChatActivity>): TeamsIdentity | undefined {
  const from = activity.from;
  if (!from?.id) return undefined;
  return {
    teamsUserId: from.id,
    aadObjectId: from.aadObjectId || undefined,
    tenantId: activity.conversation?.tenantId ?? channelData(activity).tenant?.id,
    displayName: from.name || undefined,
    locale: activity.locale || undefined,
    timeZone: activity.localTimezone || undefined,
  };
}

/**
 * Completes an identity with e-mail and UPN from Teams (the turn's member lookup).
 * Teams may refuse or be slow; then we keep what the activity said.
 */
export async function completeIdentity(turn: ChatTurn, identity: TeamsIdentity): Promise<TeamsIdentity> {
  try {
    const member = await withTimeout(turn.member(identity.teamsUserId), 5000);
    return {
      ...identity,
      aadObjectId: identity.aadObjectId ?? member.aadObjectId ?? undefined,
      tenantId: identity.tenantId ?? member.tenantId ?? undefined,
      displayName: identity.displayName ?? member.name ?? undefined,
      email: member.email ?? undefined,
      upn: member.userPrincipalName ?? undefined,
    };
  } catch {
    return identity;
  }
}

/**
 * The language to answer in: the sender's Teams locale, else the
 * organisation's. With `followTeams` false it is always the organisation's.
 */
export function activityLocale(activity: Partial<ChatActivity>, fallback: Locale, followTeams = true): Locale {
  return followTeams ? resolveLocale(activity.locale, fallback) : fallback;
}

/** The first word of a display name ("Anna Svensson" → "Anna"). */
export function firstName(displayName: string | null | undefined): string | undefined {
  const name = displayName?.trim();
  return name ? name.split(/\s+/)[0] : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error('failed'));
      },
    );
  });
}
