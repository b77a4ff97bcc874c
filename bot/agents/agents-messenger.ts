import type { ConversationReference } from '@microsoft/agents-activity';
import type { ConnectorClient } from '@microsoft/agents-hosting';
import type { Kysely } from 'kysely';
import { getConversation } from '../../src/directory/conversations-repository.js';
import type { Messenger, MessageTarget, OutgoingMessage, SendResult } from '../../src/ports/messenger.js';
import type { Database } from '../../src/storage/schema.js';
import { outgoingActivity, type ConversationReferenceShape } from '../chat-turn.js';
import { classifySendError } from '../send-errors.js';
import { agentsActivity, type AgentsIdentity, type TillitAgentsAdapter } from './agents-adapter.js';

/**
 * A stored conversation reference (the Bot Framework's shape, written the
 * same by both SDKs) in the Agents SDK's words: the bot is its "agent", and
 * a proactive message replies to nothing.
 */
export function agentsReference(stored: Partial<ConversationReferenceShape>): ConversationReference {
  const { bot, activityId: _activityId, ...rest } = stored;
  return { ...rest, ...(bot ? { agent: bot } : {}) } as unknown as ConversationReference;
}

/**
 * The Messenger port over Agents SDK proactive messaging: looks up the
 * stored conversation reference and sends one activity, classifying
 * failures (429 with Retry-After, 5xx, 403/404) for the caller instead of
 * retrying here — the SDK's HTTP client does not retry either.
 *
 * The first send to a service URL continues the conversation through the
 * SDK's documented path (continueConversation), which builds the connector
 * client; that client is kept (its token is fetched per request from the
 * SDK's cached provider) and later sends to the same service URL use it
 * directly, as the botbuilder messenger does.
 */
export class AgentsMessenger implements Messenger {
  private readonly clients = new Map<string, ConnectorClient>();

  constructor(
    private readonly adapter: TillitAgentsAdapter,
    private readonly db: Kysely<Database>,
    private readonly appId: string | undefined,
  ) {}

  async send(target: MessageTarget, message: OutgoingMessage): Promise<SendResult> {
    const conversation = await getConversation(this.db, target.conversationRowId);
    if (!conversation) return { ok: false, kind: 'unreachable', status: 404 };
    const reference = agentsReference(conversation.reference as Partial<ConversationReferenceShape>);
    const client = reference.serviceUrl ? this.clients.get(reference.serviceUrl) : undefined;
    return client ? this.sendWith(client, reference, message) : this.sendInTurn(reference, message);
  }

  private async sendWith(client: ConnectorClient, reference: ConversationReference, message: OutgoingMessage): Promise<SendResult> {
    try {
      const activity = agentsActivity(outgoingActivity(message)).applyConversationReference(reference);
      // The SDK puts the id in the path as it is; encoded, as botbuilder sends it.
      const response = await client.sendToConversation(encodeURIComponent(reference.conversation.id), activity);
      return { ok: true, activityId: response?.id };
    } catch (error) {
      return classifySendError(error);
    }
  }

  private async sendInTurn(reference: ConversationReference, message: OutgoingMessage): Promise<SendResult> {
    let activityId: string | undefined;
    // Caught inside the turn: an error thrown out of it would reach the adapter's onTurnError.
    let failure: unknown;
    // Local mode has no app id: an identity without audience makes the SDK's client anonymous.
    const identity: AgentsIdentity = this.appId ? { aud: this.appId } : {};
    try {
      await this.adapter.continueConversation(identity as never, reference, async (context) => {
        const client = this.adapter.connectorOf(context);
        if (client && reference.serviceUrl) this.clients.set(reference.serviceUrl, client);
        try {
          const response = await context.sendActivity(agentsActivity(outgoingActivity(message)));
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
