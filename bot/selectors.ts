import type { ChatActivity } from './chat-turn.js';

/**
 * Small predicates over activities, each tested on its own. Routes combine
 * them instead of repeating checks inline.
 */

/** A message in a team channel or group chat, where Tillit waits to be @mentioned. */
export function isSharedConversation(activity: Partial<ChatActivity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

/** True when the activity @mentions the bot (its recipient). */
export function mentionsBot(activity: Partial<ChatActivity>): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/** Tillit answers every personal message, but in shared conversations only when mentioned. */
export function isAddressedToBot(activity: Partial<ChatActivity>): boolean {
  return !isSharedConversation(activity) || mentionsBot(activity);
}

/** An Action.Submit from a card arrives as a message whose `value` holds the data. */
export function isCardSubmit(activity: Partial<ChatActivity>): boolean {
  return activity.type === 'message' && typeof activity.value === 'object' && activity.value !== null;
}

/** Reads the verb from Action.Submit data (`{ verb: "…" }`), if any. */
export function submitVerb(activity: Partial<ChatActivity>): string | undefined {
  const value = activity.value as { verb?: unknown } | undefined;
  return typeof value?.verb === 'string' ? value.verb : undefined;
}

/** The message text without the bot's @mention. */
export function textWithoutMention(activity: Partial<ChatActivity>): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; text?: string; mentioned?: { id?: string } };
    if (mention.type === 'mention' && mention.mentioned?.id === activity.recipient?.id && mention.text) {
      text = text.split(mention.text).join(' ');
    }
  }
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}
