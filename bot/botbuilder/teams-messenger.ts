import http from 'node:http';
import https from 'node:https';
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Kysely } from 'kysely';
import { getConversation } from '../../src/directory/conversations-repository.js';
import type { Messenger, MessageTarget, OutgoingMessage, SendResult } from '../../src/ports/messenger.js';
import type { Database } from '../../src/storage/schema.js';
import { outgoingActivity } from '../chat-turn.js';
import { classifySendError } from '../send-errors.js';

/** Builds the Bot Framework activity for an outgoing message. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  return outgoingActivity(message) as Partial<Activity>;
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: { url: string; agent?: unknown }, next: (request: unknown) => Promise<unknown>): Promise<unknown> }): void;
}

/** Keep-alive agents shared by every proactive send, so a fan-out reuses its connections (and TLS sessions). */
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** The part of the SDK's ConnectorClient a proactive send uses. */
interface ConversationsClient {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }> };
  client?: { pipeline?: PipelineLike };
}

/**
 * Tunes a connector client the SDK created for a proactive turn. Its own
 * retry policy (up to 3 retries on 429 and 5xx, invisible to us) is removed:
 * the caller retries, so Retry-After is honoured across processes and each
 * attempt is paced and counted. And it gets shared keep-alive agents.
 * Best effort: if the SDK's internals change, it simply behaves as before.
 */
function tune(client: ConversationsClient): ConversationsClient {
  const pipeline = client.client?.pipeline;
  if (pipeline) {
    pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    pipeline.addPolicy({
      name: 'tillitSharedAgents',
      sendRequest: (request, next) => {
        request.agent ??= request.url.startsWith('https:') ? agents.https : agents.http;
        return next(request);
      },
    });
  }
  return client;
}

/**
 * The Messenger port over Bot Framework proactive messaging: looks up the
 * stored conversation reference and sends one activity, classifying failures
 * (429, 5xx, 403/404) for the caller instead of retrying here.
 *
 * The first send to a service URL goes through the SDK's documented path
 * (continueConversationAsync), which builds an authenticated connector
 * client; that client is kept (its credentials refresh their own token) and
 * later sends to the same service URL use it directly. A fresh client per
 * message would cost a new connection, TLS handshake and pipeline each time —
 * about half the CPU of a reminder fan-out.
 */
export class TeamsMessenger implements Messenger {
  private readonly clients = new Map<string, ConversationsClient>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly db: Kysely<Database>,
    private readonly appId: string | undefined,
  ) {}

  async send(target: MessageTarget, message: OutgoingMessage): Promise<SendResult> {
    const conversation = await getConversation(this.db, target.conversationRowId);
    if (!conversation) return { ok: false, kind: 'unreachable', status: 404 };
    const reference = conversation.reference as Partial<ConversationReference>;
    const client = reference.serviceUrl ? this.clients.get(reference.serviceUrl) : undefined;
    return client ? this.sendWith(client, reference, message) : this.sendInTurn(reference, message);
  }

  private async sendWith(client: ConversationsClient, reference: Partial<ConversationReference>, message: OutgoingMessage): Promise<SendResult> {
    const activity = TurnContext.applyConversationReference(toActivity(message), reference);
    delete activity.replyToId; // a new message in the chat, not a reply to the one the reference came from
    try {
      const response = await client.conversations.sendToConversation(reference.conversation!.id, activity);
      return { ok: true, activityId: response?.id };
    } catch (error) {
      return classifySendError(error);
    }
  }

  private async sendInTurn(reference: Partial<ConversationReference>, message: OutgoingMessage): Promise<SendResult> {
    let activityId: string | undefined;
    // Caught inside the turn: an error thrown out of it would reach the adapter's
    // onTurnError (which handles chat turns) and the send would look successful.
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (turn) => {
        const client = turn.turnState.get(this.adapter.ConnectorClientKey) as ConversationsClient | undefined;
        if (client && reference.serviceUrl) this.clients.set(reference.serviceUrl, tune(client));
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
