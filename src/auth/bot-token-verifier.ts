import { decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey, type JWTPayload, type KeyObject } from 'jose';
import { TillitError } from '../errors.js';
import type { OpenIdKeys, PublishedKey } from './openid-keys.js';

/** The request does not prove it comes from the Bot Framework for this bot; the caller answers 401. */
export class BotAuthError extends TillitError<'unauthenticated_request'> {}

/** Longer Authorization headers are refused unread (real channel tokens are about 1.5 KB). */
export const maxAuthorizationLength = 8192;

/** The issuer of every token the Bot Framework channel service signs for a bot. */
export const botFrameworkIssuer = 'https://api.botframework.com';

export interface BotTokenVerifierOptions {
  appId: string;
  keys: OpenIdKeys;
  /** Clock skew allowed on exp/nbf, as the Bot Framework SDK allows. */
  clockToleranceSeconds?: number;
}

/** What an inbound activity claims about where it came from. */
export interface InboundFacts {
  channelId?: unknown;
  serviceUrl?: unknown;
}

function refuse(reason: string): never {
  throw new BotAuthError('unauthenticated_request', 'Request not from the Bot Framework', { reason });
}

/**
 * Verifies the Bot Framework's JWT on an inbound request the way the SDK
 * does, with every bound Tillit needs: RS256 only (no "none", no HMAC with
 * a public key), a key the Bot Framework publishes and endorses for the
 * activity's channel, issuer api.botframework.com, audience this bot's app
 * id, inside its lifetime, and a `serviceurl` claim equal to the activity's
 * serviceUrl. Key fetching is bounded by OpenIdKeys; when keys cannot be
 * had it throws KeysUnavailableError (503), otherwise BotAuthError (401).
 */
export function createBotTokenVerifier(options: BotTokenVerifierOptions): (authorization: string | undefined, activity: InboundFacts) => Promise<JWTPayload> {
  const imported = new WeakMap<PublishedKey, CryptoKey | KeyObject | Uint8Array>();
  return async (authorization, activity) => {
    if (!authorization) refuse('missing');
    if (authorization.length > maxAuthorizationLength) refuse('oversize');
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization);
    if (!match) refuse('malformed');
    const token = match[1]!;
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      refuse('malformed');
    }
    if (header.alg !== 'RS256') refuse('algorithm');
    if (typeof header.kid !== 'string' || header.kid.length > 256) refuse('kid');
    const published = await options.keys.key(header.kid);
    if (!published) refuse('unknown_key');
    if (typeof activity.channelId === 'string' && !published.endorsements.includes(activity.channelId)) refuse('not_endorsed');
    let key = imported.get(published);
    if (!key) {
      try {
        key = await importJWK({ ...published.jwk, alg: 'RS256' }, 'RS256');
      } catch {
        refuse('unusable_key');
      }
      imported.set(published, key);
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        issuer: botFrameworkIssuer,
        audience: options.appId,
        algorithms: ['RS256'],
        clockTolerance: options.clockToleranceSeconds ?? 300,
        requiredClaims: ['exp'],
      }));
    } catch {
      refuse('verification');
    }
    if (payload.serviceurl !== activity.serviceUrl) refuse('service_url');
    return payload;
  };
}
