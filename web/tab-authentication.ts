import type { Request } from 'express';
import { TabAuthError } from '../src/auth/tab-identity.js';
import type { AppServices } from '../app/app-services.js';

/**
 * Who is asking from a Teams tab: the person whose token (Teams SSO, or the
 * local demo sign-in) the server verified, or undefined when there is no
 * valid token or the person is unknown to Tillit.
 */
export type TabAuthenticator = (req: Request, app: AppServices) => Promise<{ personId: string } | undefined>;

/** The one shared tab sign-in (web/tab-auth.ts), as the dashboard's routes use it. */
export const sharedTabAuthentication: TabAuthenticator = async (req, app) => {
  try {
    const identity = await (await app.tabAuthenticator()).authenticate(req.headers.authorization);
    return identity.person ? { personId: identity.person.id } : undefined;
  } catch (error) {
    if (error instanceof TabAuthError) return undefined;
    throw error;
  }
};
