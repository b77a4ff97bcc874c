import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { TabAuthError } from './tab-identity.js';

/** Where Entra's tokens for the tab come from and who they must be for. */
export interface EntraVerifierOptions {
  audiences: readonly string[];
  issuers: readonly string[];
  jwksUrl: string;
  /** When set, the token's `tid` must be this tenant. */
  tenantId?: string;
}

/** The claims Tillit uses from a verified token. */
export interface VerifiedClaims {
  oid: string;
  tid: string | null;
  name: string | null;
  /** The sign-in name (`preferred_username` or `upn`), to find people known only by e-mail. */
  upn?: string | null;
}

/**
 * Verifies Teams SSO tokens: an RS256 JWT signed by a key in the Entra key
 * set (fetched and cached by jose), with the configured issuer and audience,
 * inside its lifetime (one minute of clock skew), naming an object id.
 */
export function createEntraVerifier(options: EntraVerifierOptions): (token: string) => Promise<VerifiedClaims> {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: [...options.issuers],
        audience: [...options.audiences],
        algorithms: ['RS256'],
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || (error instanceof Error && /fetch failed|ECONNREFUSED|Expected 200 OK/.test(error.message))) {
        throw new TabAuthError('tab_keys_unavailable', 'Key set could not be fetched');
      }
      throw new TabAuthError('tab_unauthenticated', 'Token failed verification', { reason: error instanceof errors.JOSEError ? error.code : 'invalid' });
    }
    const oid = typeof payload.oid === 'string' ? payload.oid.toLowerCase() : undefined;
    const tid = typeof payload.tid === 'string' ? payload.tid.toLowerCase() : null;
    if (!oid) throw new TabAuthError('tab_unauthenticated', 'Token has no object id');
    if (options.tenantId && tid !== options.tenantId.toLowerCase()) throw new TabAuthError('tab_unauthenticated', 'Token from another tenant');
    const upn = [payload.preferred_username, payload.upn].find((v): v is string => typeof v === 'string') ?? null;
    return { oid, tid, name: typeof payload.name === 'string' ? payload.name : null, upn };
  };
}
