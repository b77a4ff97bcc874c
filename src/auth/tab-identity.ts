import type { Person } from '../directory/person.js';
import { TillitError } from '../errors.js';

/**
 * Who is signed in to a tab, as proven by a verified token: Teams SSO (an
 * Entra-issued JWT) or, locally without Teams credentials, the demo sign-in.
 */
export interface TabIdentity {
  /** Entra object id (the token's `oid`), lower case. */
  aadObjectId: string;
  tenantId: string | null;
  /** The name in the token, for display and audit only. */
  displayName: string | null;
  /** The directory entry, when Tillit already knows this person. */
  person: Person | undefined;
  via: 'sso' | 'local';
}

/**
 * Why a tab request was not accepted: no token, a token that failed
 * verification, or tab sign-in not configured. The bot answers 401 (or 503
 * when the key set cannot be fetched).
 */
export class TabAuthError extends TillitError<'tab_unauthenticated' | 'tab_auth_unavailable' | 'tab_keys_unavailable'> {}
