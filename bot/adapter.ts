import {
  CloudAdapter,
  type Activity,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
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

/**
 * The Bot Framework adapter. With an app id every inbound request must carry
 * a valid Bot Framework JWT (CloudAdapter validates issuer, audience, keys and
 * endorsements); without one it runs in local, unauthenticated mode.
 */
export function createAdapter(config: Config): { adapter: CloudAdapter; auth: ConfigurationBotFrameworkAuthentication } {
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
  const auth = new ConfigurationBotFrameworkAuthentication(
    options,
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  return { adapter: new CloudAdapter(auth), auth };
}

/**
 * Checks a request's Bot Framework token before the adapter sees it. The SDK
 * answers some forgeries (a bad signature) with 500; every failure to prove
 * the sender is a 401 here. Only an unreachable key service is a 503.
 */
export async function authenticateInbound(
  auth: ConfigurationBotFrameworkAuthentication,
  activity: unknown,
  authHeader: string | undefined,
): Promise<200 | 401 | 503> {
  try {
    await auth.authenticateRequest(activity as Activity, authHeader ?? '');
    return 200;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return /Failed to load (openID config|Keys)/.test(message) ? 503 : 401;
  }
}
