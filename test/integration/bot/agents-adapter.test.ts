import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agentsActivity, TillitAgentsAdapter } from '../../../bot/agents/agents-adapter.js';
import { textMessage } from '../../../bot/chat-turn.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { messageActivity, testUser } from '../../helpers/activities.js';
import { FakeConnector } from '../../helpers/fake-connector.js';

const appId = '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/**
 * The Agents SDK adapter's connector token: asked for on the first request
 * to Teams, with the Bot Framework scope, sent as a bearer token — and never
 * for a turn that sends nothing, nor in local mode. Entra itself cannot be
 * reached here, so the SDK's token provider is replaced by one that counts.
 */
describe('the Agents SDK adapter’s connector token', () => {
  const connector = new FakeConnector();
  const scopes: string[] = [];
  let authenticated: TillitAgentsAdapter;
  let local: TillitAgentsAdapter;

  beforeAll(async () => {
    await connector.start();
    authenticated = new TillitAgentsAdapter(loadConfig({ MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: 'not-sent-anywhere' }));
    authenticated.connectionManager.getTokenProviderFromActivity = (() => ({
      getAccessToken: async (scope: string) => {
        scopes.push(scope);
        return `token-${scopes.length}`;
      },
    })) as never;
    local = new TillitAgentsAdapter(loadConfig({}));
  });
  afterAll(() => connector.stop());
  beforeEach(() => {
    connector.clear();
    scopes.length = 0;
  });

  const reply = (adapter: TillitAgentsAdapter, identity: { aud?: string } | undefined) =>
    adapter.runActivity(agentsActivity(messageActivity(testUser(), 'hej', connector.url)), identity, async (context) => {
      await context.sendActivity(agentsActivity(textMessage('Hej!')));
    });

  it('sends a reply with a bearer token for the Bot Framework', async () => {
    await reply(authenticated, { aud: appId });
    expect(connector.sent()).toHaveLength(1);
    expect(connector.sent()[0]!.authorization).toBe('Bearer token-1');
    expect(scopes).toEqual(['https://api.botframework.com']);
  });

  it('asks for no token in a turn that sends nothing', async () => {
    await authenticated.runActivity(agentsActivity({ ...messageActivity(testUser(), '', connector.url), type: 'typing' }), { aud: appId }, async () => {});
    expect(scopes).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it('sends without a token in local mode', async () => {
    await reply(local, undefined);
    expect(connector.sent()).toHaveLength(1);
    expect(connector.sent()[0]!.authorization).toBeUndefined();
  });
});
