import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
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
 * The connector client's own retry policy (up to 3 retries on 429 and 5xx,
 * invisible to us) is removed for proactive sends: the caller retries, so
 * Retry-After pauses every process and each attempt is paced and counted.
 * Best effort: if the SDK's internals change, its retries simply stay.
 */
function withoutSdkRetries(turn: TurnContext): void {
  const adapter = turn.adapter as { ConnectorClientKey?: symbol };
  const client = adapter.ConnectorClientKey ? turn.turnState.get(adapter.ConnectorClientKey) : undefined;
  const pipeline = (client as { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
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
    // Caught inside the turn: an error thrown out of it would reach the adapter's
    // onTurnError (which handles chat turns) and the send would look successful.
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (turn) => {
        withoutSdkRetries(turn);
        try {
          const response = await turn.sendActivity(toActivity(message));
          activityId = response?.id;
        } catch (error) {
          failure = error ?? new Error('send failed');
        }
      });
    } catch (error) {
      failure = error ?? new Error('send failed');
    }
    return failure === undefined ? { ok: true, activityId } : classifySendError(failure);
  }
}
