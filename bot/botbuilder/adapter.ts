import {
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  type TurnContext,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Config } from '../../src/config/load-config.js';

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

/**
 * The Bot Framework SDK's adapter. Inbound tokens are checked before it runs
 * (bot/inbound-auth.ts); it only carries turns and sends.
 */
export function createAdapter(config: Config): { adapter: TillitAdapter; sdk: ConfigurationBotFrameworkAuthentication } {
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
  return { adapter: new TillitAdapter(sdk), sdk };
}

/** What the turn needs about its (already verified) sender. */
export async function turnAuthentication(
  adapter: TillitAdapter,
  sdk: ConfigurationBotFrameworkAuthentication,
  activity: Activity,
  appId: string | undefined,
): Promise<TurnAuthentication> {
  if (appId === undefined) return sdk.authenticateRequest(activity, '');
  const claimsIdentity = adapter.identityFor(appId);
  return {
    audience: publicCloud.ToChannelFromBotOAuthScope,
    callerId: publicCloud.CallerId,
    claimsIdentity,
    connectorFactory: sdk.createConnectorFactory(claimsIdentity),
  };
}
