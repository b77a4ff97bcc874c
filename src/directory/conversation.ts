/** Kinds of Teams conversation the bot lives in. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/** A conversation Tillit can write to, with the reference needed to do so. */
export interface StoredConversation {
  id: string;
  conversationId: string;
  conversationType: ConversationType;
  personId: string | null;
  teamId: string | null;
  channelId: string | null;
  tenantId: string | null;
  serviceUrl: string;
  /** Opaque Bot Framework ConversationReference; only bot/ reads inside it. */
  reference: Record<string, unknown>;
  installed: boolean;
  unreachableAt: string | null;
  unreachableReason: string | null;
}

/** What the bot layer reports about a conversation it saw. */
export interface ConversationSighting {
  conversationId: string;
  conversationType: ConversationType;
  teamId?: string;
  channelId?: string;
  tenantId?: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
}

/** Teams sends "personal", "groupChat" or "channel"; anything else is treated as personal. */
export function toConversationType(value: string | undefined): ConversationType {
  return value === 'groupChat' || value === 'channel' ? value : 'personal';
}
