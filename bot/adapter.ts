import {
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  type TurnContext,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { createBotTokenVerifier, type InboundFacts } from '../src/auth/bot-token-verifier.js';
import { KeysUnavailableError, OpenIdKeys } from '../src/auth/openid-keys.js';
import type { Config } from '../src/config/load-config.js';

/** Public-cloud Bot Framework endpoints, spelled out so one of them can be overridden in tests. */
const publicCloud = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};

/** What the SDK needs to run a turn whose sender was already proven (or local mode's anonymous one). */
export type TurnAuthentication = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * The SDK's CloudAdapter, told who sent the request instead of finding out
 * itself: Tillit verifies the token first (bounded, see OpenIdKeys), then
 * hands the result to the turn, so the SDK neither fetches keys nor answers
 * the HTTP request (its error bodies and console output stay out).
 */
export class TillitAdapter extends CloudAdapter {
  runActivity(authentication: TurnAuthentication, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }

  /** The identity of a request the Bot Framework sent to this bot (its app id as audience). */
  identityFor(appId: string): TurnAuthentication['claimsIdentity'] {
    return this.createClaimsIdentity(appId);
  }
}

/** Everything inbound authentication needs: the SDK's configuration and, with an app id, the token verifier. */
export interface InboundAuth {
  sdk: ConfigurationBotFrameworkAuthentication;
  /** Present when an app id is set: every request must carry a valid Bot Framework token. */
  verifier?: ReturnType<typeof createBotTokenVerifier>;
  keys?: OpenIdKeys;
}

/**
 * The Bot Framework adapter. With an app id every inbound request must carry
 * a valid Bot Framework JWT (checked by Tillit's own verifier: issuer,
 * audience, keys, endorsements, service URL); without one it runs in local,
 * unauthenticated mode.
 */
export function createAdapter(config: Config): { adapter: TillitAdapter; auth: InboundAuth } {
  const credentials = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword?.reveal() ?? '',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
    MicrosoftAppType: config.bot.appType,
  };
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    ...credentials,
    ...(config.bot.openIdMetadata
      ? { ...publicCloud, ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadata }
      : {}),
  };
  const sdk = new ConfigurationBotFrameworkAuthentication(
    options,
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  const adapter = new TillitAdapter(sdk);
  if (!config.bot.authenticated || !config.bot.appId) return { adapter, auth: { sdk } };
  const keys = new OpenIdKeys({ metadataUrl: config.bot.openIdMetadata ?? publicCloud.ToBotFromChannelOpenIdMetadataUrl });
  return { adapter, auth: { sdk, keys, verifier: createBotTokenVerifier({ appId: config.bot.appId, keys }) } };
}

/** The outcome of checking who sent a request. */
export type SenderVerdict = { status: 200; appId?: string } | { status: 401 } | { status: 503; retryAfterSeconds: number };

/**
 * Proves a request comes from the Bot Framework for this bot: 401 when it
 * does not, 503 with Retry-After when the signing keys cannot be had. In
 * local mode (no app id) every request passes.
 */
export async function verifySender(auth: InboundAuth, activity: InboundFacts, authorization: string | undefined): Promise<SenderVerdict> {
  if (!auth.verifier) return { status: 200 };
  try {
    const claims = await auth.verifier(authorization, activity);
    return { status: 200, appId: String(claims.aud) };
  } catch (error) {
    if (error instanceof KeysUnavailableError) return { status: 503, retryAfterSeconds: error.retryAfterSeconds };
    return { status: 401 };
  }
}

/** What the turn needs about its (already verified) sender. */
export async function turnAuthentication(adapter: TillitAdapter, auth: InboundAuth, activity: Activity, appId: string | undefined): Promise<TurnAuthentication> {
  if (!auth.verifier || appId === undefined) return auth.sdk.authenticateRequest(activity, '');
  const claimsIdentity = adapter.identityFor(appId);
  return {
    audience: publicCloud.ToChannelFromBotOAuthScope,
    callerId: publicCloud.CallerId,
    claimsIdentity,
    connectorFactory: auth.sdk.createConnectorFactory(claimsIdentity),
  };
}
