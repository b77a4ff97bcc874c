import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Kysely } from 'kysely';
import { getConversation } from '../src/directory/conversations-repository.js';
import type { Messenger, MessageTarget, OutgoingMessage, SendResult } from '../src/ports/messenger.js';
import type { Database } from '../src/storage/schema.js';
import { classifySendError } from './send-errors.js';

/** Builds the Bot Framework activity for an outgoing message. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  const activity: Partial<Activity> = message.card
    ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card), message.text)
    : MessageFactory.text(message.text ?? '');
  if (message.summary) activity.summary = message.summary;
  return activity;
}

/**
 * The Messenger port over Bot Framework proactive messaging: looks up the
 * stored conversation reference and sends one activity, classifying failures
 * (429, 5xx, 403/404) for the caller instead of retrying here.
 */
export class TeamsMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly db: Kysely<Database>,
    private readonly appId: string | undefined,
  ) {}

  async send(target: MessageTarget, message: OutgoingMessage): Promise<SendResult> {
    const conversation = await getConversation(this.db, target.conversationRowId);
    if (!conversation) return { ok: false, kind: 'unreachable', status: 404 };
    const reference = conversation.reference as Partial<ConversationReference>;
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (turn) => {
        const response = await turn.sendActivity(toActivity(message));
        activityId = response?.id;
      });
      return { ok: true, activityId };
    } catch (error) {
      return classifySendError(error);
    }
  }
}
