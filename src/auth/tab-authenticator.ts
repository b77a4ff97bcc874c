import type { Kysely } from 'kysely';
import type { TabAuthConfig } from '../config/reports-environment.js';
import { findPersonByIdentity } from '../directory/people-repository.js';
import type { Database } from '../storage/schema.js';
import { createEntraVerifier, type VerifiedClaims } from './entra-token-verifier.js';
import { DemoSignIn } from './demo-sign-in.js';
import { TabAuthError, type TabIdentity } from './tab-identity.js';

/**
 * Turns a tab request's `Authorization: Bearer …` into a verified person.
 * One per server; the case view and the dashboard share it.
 */
export interface TabAuthenticator {
  mode: TabAuthConfig['mode'];
  /** Verifies the header's token and finds the person; throws TabAuthError. */
  authenticate(authorization: string | undefined): Promise<TabIdentity>;
  /** Present only in local mode (no Teams credentials). */
  demoSignIn?: DemoSignIn;
}

function bearer(authorization: string | undefined): string {
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/.exec(authorization?.trim() ?? '');
  if (!match) throw new TabAuthError('tab_unauthenticated', 'No bearer token');
  return match[1]!;
}

/**
 * Builds the authenticator for the configured mode: Teams SSO (Entra JWT
 * against the JWKS, issuer and audience), local demo sign-in, or none.
 */
export async function createTabAuthenticator(config: TabAuthConfig, db: Kysely<Database>): Promise<TabAuthenticator> {
  let verify: (token: string) => Promise<VerifiedClaims>;
  let demoSignIn: DemoSignIn | undefined;
  if (config.mode === 'sso') verify = createEntraVerifier(config);
  else if (config.mode === 'local') {
    demoSignIn = await DemoSignIn.create();
    verify = (token) => demoSignIn!.verify(token);
  } else {
    verify = async () => {
      throw new TabAuthError('tab_auth_unavailable', 'Tab sign-in is not configured');
    };
  }
  return {
    mode: config.mode,
    demoSignIn,
    async authenticate(authorization) {
      const claims = await verify(bearer(authorization));
      // Someone given a role by e-mail who has not yet written to the bot is found by their sign-in name.
      const person = await findPersonByIdentity(db, { aadObjectId: claims.oid, upn: claims.upn ?? undefined });
      return {
        aadObjectId: claims.oid,
        tenantId: claims.tid,
        displayName: claims.name ?? person?.displayName ?? null,
        person,
        via: config.mode === 'local' ? 'local' : 'sso',
      };
    },
  };
}
