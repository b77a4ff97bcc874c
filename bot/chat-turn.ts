import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { sendableCard } from '../cards/sendable-card.js';

/**
 * The SDK-neutral turn. Handlers (routes/, status/, the error surface) see
 * only this: the facts of one inbound activity, as Teams sent them on the
 * wire, and the few things a handler does with a turn (reply, replace a
 * card, look a member up). Which SDK carries the turn — botbuilder or the
 * Microsoft 365 Agents SDK — is known only to bot/botbuilder/ and
 * bot/agents/, which build a ChatTurn from their own turn context.
 */

/** A Teams account as an activity names it. */
export interface ChatAccount {
  id: string;
  name?: string | null;
  aadObjectId?: string | null;
  role?: string | null;
}

/** The facts of an inbound activity that Tillit reads (the envelope checked them; unknown fields pass). */
export interface ChatActivity {
  type: string;
  id?: string | null;
  name?: string | null;
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string | null; tenantId?: string | null; isGroup?: boolean | null; name?: string | null };
  from?: ChatAccount | null;
  recipient?: ChatAccount | null;
  text?: string | null;
  locale?: string | null;
  localTimezone?: string | null;
  replyToId?: string | null;
  action?: string | null;
  value?: unknown;
  entities?: Array<{ type: string } & Record<string, unknown>> | null;
  channelData?: Record<string, unknown> | null;
  membersAdded?: ChatAccount[] | null;
  membersRemoved?: ChatAccount[] | null;
  /** Files and cards sent with a message, unchecked (bot/file-attachment.ts reads them). */
  attachments?: unknown;
}

/** An attachment on an outgoing message. */
export interface ChatAttachment {
  contentType: string;
  content: unknown;
}

/** A message Tillit sends, in the Bot Framework wire shape both SDKs send as is. */
export interface OutgoingActivity {
  type: 'message';
  id?: string;
  text?: string;
  summary?: string;
  attachmentLayout?: 'list';
  attachments?: ChatAttachment[];
  inputHint?: 'acceptingInput';
}

/** A member as Teams' member lookup returns it. */
export interface TeamsMember {
  id?: string;
  name?: string | null;
  aadObjectId?: string | null;
  email?: string | null;
  userPrincipalName?: string | null;
  tenantId?: string | null;
}

/** One turn, whichever SDK carries it. */
export interface ChatTurn {
  readonly activity: Readonly<ChatActivity>;
  /** Sends a new message in the turn's conversation; resolves with its id when Teams gives one. */
  send(message: OutgoingActivity): Promise<string | undefined>;
  /** Replaces an earlier message (its `id`) in place. */
  update(message: OutgoingActivity & { id: string }): Promise<void>;
  /** Teams' member lookup (e-mail, UPN, Entra object id) for someone in the turn's team or conversation. */
  member(userId: string): Promise<TeamsMember>;
}

/** The Adaptive Card attachment content type. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A message carrying one Adaptive Card (as botbuilder's MessageFactory.attachment shaped it). */
export function cardMessage(card: AdaptiveCard | Record<string, unknown>, text?: string): OutgoingActivity {
  return {
    type: 'message',
    attachmentLayout: 'list',
    attachments: [{ contentType: adaptiveCardContentType, content: sendableCard(card as AdaptiveCard) }],
    inputHint: 'acceptingInput',
    ...(text !== undefined ? { text } : {}),
  };
}

/** A plain text message. */
export function textMessage(text: string): OutgoingActivity {
  return { type: 'message', text, inputHint: 'acceptingInput' };
}

/** What an invoke answers: the HTTP status and JSON body of the invoke response. */
export interface InvokeResult {
  status: number;
  body?: unknown;
}

/**
 * The conversation reference a proactive send continues, read from an
 * activity the same way for both SDKs (the Bot Framework's own shape).
 */
export interface ConversationReferenceShape {
  activityId?: string;
  user?: ChatAccount;
  bot?: ChatAccount;
  conversation: ChatActivity['conversation'];
  channelId: string;
  locale?: string;
  serviceUrl: string;
}

export function conversationReferenceOf(activity: Readonly<ChatActivity>): ConversationReferenceShape {
  const copy = <T extends object>(value: T | null | undefined): T | undefined => (value ? { ...value } : undefined);
  return {
    activityId: activity.id ?? undefined,
    user: copy(activity.from),
    bot: copy(activity.recipient),
    conversation: { ...activity.conversation },
    channelId: activity.channelId,
    locale: activity.locale ?? undefined,
    serviceUrl: activity.serviceUrl,
  };
}

/** The wire activity of a proactive message (card and/or text, with its notification summary). */
export function outgoingActivity(message: { text?: string; card?: Record<string, unknown>; summary?: string }): OutgoingActivity {
  const activity = message.card ? cardMessage(message.card, message.text) : textMessage(message.text ?? '');
  if (message.summary) activity.summary = message.summary;
  return activity;
}
