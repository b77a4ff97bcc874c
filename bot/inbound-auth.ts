import { createBotTokenVerifier, type InboundFacts } from '../src/auth/bot-token-verifier.js';
import { KeysUnavailableError, OpenIdKeys } from '../src/auth/openid-keys.js';
import type { Config } from '../src/config/load-config.js';

/** Where the Bot Framework publishes the keys it signs requests to bots with (public cloud). */
export const botFrameworkOpenIdMetadataUrl = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

/**
 * Inbound authentication, the same whichever SDK runs: Tillit's own JWT
 * verifier (issuer, audience, keys, endorsements, service URL; key fetching
 * bounded by OpenIdKeys). Neither SDK's own token check is used.
 */
export interface InboundAuth {
  /** Present when an app id is set: every request must carry a valid Bot Framework token. */
  verifier?: ReturnType<typeof createBotTokenVerifier>;
  keys?: OpenIdKeys;
}

/** With an app id every request must prove its sender; without one Tillit runs in local, unauthenticated mode. */
export function createInboundAuth(config: Config): InboundAuth {
  if (!config.bot.authenticated || !config.bot.appId) return {};
  const keys = new OpenIdKeys({ metadataUrl: config.bot.openIdMetadata ?? botFrameworkOpenIdMetadataUrl });
  return { keys, verifier: createBotTokenVerifier({ appId: config.bot.appId, keys }) };
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
