import { Activity } from '@microsoft/agents-activity';
import { CloudAdapter, ConnectorClient, TurnContext, type AuthConfiguration, type HttpRequestConfig } from '@microsoft/agents-hosting';
import type { Config } from '../../src/config/load-config.js';

/** The claims of a proven sender the SDK needs (audience = this bot's app id); undefined in local mode. */
export type AgentsIdentity = { aud?: string | string[] } & Record<string, unknown>;

/** The Bot Framework's scope for tokens to the connector (what both SDKs ask Entra for). */
const botFrameworkScope = 'https://api.botframework.com';

/**
 * The Microsoft 365 Agents SDK's CloudAdapter, told who sent the request
 * instead of finding out itself: Tillit verifies the token first (bot/
 * inbound-auth.ts, bounded key fetching), then runs the turn here, so the
 * SDK neither checks JWTs nor answers the HTTP request (its error bodies and
 * log output stay out). Its connector clients fetch their token on their
 * first request, not when the turn starts: a turn that sends nothing (a
 * typing activity) never asks Entra for one, as with botbuilder.
 */
export class TillitAgentsAdapter extends CloudAdapter {
  constructor(config: Config) {
    const auth: AuthConfiguration = {
      clientId: config.bot.appId,
      ...(config.bot.appPassword ? { clientSecret: config.bot.appPassword.reveal() } : {}),
      ...(config.bot.tenantId ? { tenantId: config.bot.tenantId } : {}),
      ...(config.bot.appType === 'UserAssignedMSI' ? { authType: 'UserManagedIdentity' } : {}),
    };
    super(auth);
  }

  /** Runs one proven activity through the SDK's middleware to `logic`. */
  async runActivity(activity: Activity, identity: AgentsIdentity | undefined, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity, identity as never);
    this.setConnectorClient(context, await this.createConnectorClientWithIdentity(identity as never, activity));
    await this.runMiddleware(context, logic);
  }

  /**
   * A connector client whose bearer token (none in local mode) is fetched on
   * its first request, and whose request paths carry the turn's conversation
   * and activity ids encoded, as botbuilder's do: the SDK puts them in the
   * path as they are, so an id with "/" or ".." in it would reach another
   * path on the connector.
   */
  protected override async createConnectorClientWithIdentity(identity: AgentsIdentity | undefined, activity: Activity): Promise<ConnectorClient> {
    const client = ConnectorClient.createClientWithToken(activity.serviceUrl ?? '', '');
    const provider = identity?.aud ? this.connectionManager.getTokenProviderFromActivity(identity as never, activity) : undefined;
    const http = client.httpClient;
    const request = http.request.bind(http);
    const conversationId = activity.conversation?.id;
    http.request = (async (config: HttpRequestConfig) => {
      const url = conversationId ? encodeTurnIds(config.url, conversationId, [activity.id, activity.replyToId]) : config.url;
      const headers = provider ? { ...config.headers, Authorization: `Bearer ${await provider.getAccessToken(botFrameworkScope)}` } : config.headers;
      return request({ ...config, url, ...(headers ? { headers } : {}) });
    }) as typeof http.request;
    return client;
  }

  /** The connector client of a turn this adapter runs. */
  connectorOf(context: TurnContext): ConnectorClient {
    return context.turnState.get(this.ConnectorClientKey) as ConnectorClient;
  }
}

/**
 * A connector path with the turn's conversation id (and an activity id
 * after it) percent-encoded; any other path is left as it is (the callers
 * outside the SDK encode their own ids).
 */
export function encodeTurnIds(url: string, conversationId: string, activityIds: ReadonlyArray<string | undefined>): string {
  const prefix = /^\/?v3\/conversations\//.exec(url)?.[0];
  if (!prefix || !url.startsWith(`${prefix}${conversationId}`)) return url;
  let rest = url.slice(prefix.length + conversationId.length);
  for (const id of activityIds) {
    if (id && rest.startsWith(`/activities/${id}`) && (rest.length === `/activities/${id}`.length || rest[`/activities/${id}`.length] === '?')) {
      rest = `/activities/${encodeURIComponent(id)}${rest.slice(`/activities/${id}`.length)}`;
      break;
    }
  }
  return `${prefix}${encodeURIComponent(conversationId)}${rest}`;
}

/**
 * The SDK's Activity from a wire activity. The SDK's own schema is stricter
 * than Teams in places (it refuses an invoke whose name is empty, which
 * botbuilder let through to the unknown-button card); what Tillit's envelope
 * check accepted (bot/activity-envelope.ts) is carried as sent instead, so
 * both SDKs answer the same activities the same way.
 */
export function agentsActivity(wire: object): Activity {
  try {
    return Activity.fromObject(wire);
  } catch {
    const type = (wire as { type?: unknown }).type;
    return Object.assign(new Activity(typeof type === 'string' ? type : 'message'), wire);
  }
}
